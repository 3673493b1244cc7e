import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { base91Bytes } from '../../src/packing/base91-bytes'
import { base91Text } from '../../src/packing/base91-text'

/** The alphabet: printable ASCII but for the space, the double quote, the apostrophe and the backslash. */
const ALPHABET = [...Array(94).keys()].map((offset) => String.fromCharCode(33 + offset)).filter((character) => !`"'\\`.includes(character))

describe('base91Bytes', () => {
  it('reads each of its 91 characters, which all stand in a string literal without an escape', () => {
    expect(ALPHABET).toHaveLength(91)
    // Each character as the low digit of a pair and as a lone last one: one the decoder lacked would throw.
    for (const character of ALPHABET) expect(() => base91Bytes(`${character}A${character}`), character).not.toThrow()
  })

  it('gives back exactly the bytes the build encoded, any length, from text in its alphabet alone', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = base91Text(bytes)
        expect([...text].every((character) => ALPHABET.includes(character))).toBe(true)
        expect(base91Bytes(text)).toEqual(bytes)
      })
    )
  })

  it('takes fewer characters than base64 for anything but a few bytes: at most 16 for every 13 bytes, and one more', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base91Text(bytes).length).toBeLessThanOrEqual(Math.ceil((bytes.length * 16) / 13) + 1)
      })
    )
  })

  it('reads each pair of characters as basE91 does: the first the low digit, 14 bits where the low 13 are below 89, else 13', () => {
    const pair = (value: number): string => ALPHABET[value % 91]! + ALPHABET[Math.floor(value / 91)]!
    // 0x2005 takes 14 bits (its low 13, 5, are below 89), then 0x1234 13 (its low 13 are not): 27 bits, three whole bytes.
    expect([...base91Bytes(pair(0x2005) + pair(0x1234))]).toEqual([0x05, 0x20, 0x8d])
    // 0x1234 alone: 13 bits, one byte, and five bits that a lone last character (3) tops up to the last byte.
    expect([...base91Bytes(pair(0x1234))]).toEqual([0x34])
    expect([...base91Bytes(pair(0x1234) + ALPHABET[3]!)]).toEqual([0x34, 0x12 | (3 << 5)])
  })

  it('refuses any character outside its alphabet, naming where', () => {
    for (const character of [' ', '"', "'", '\\', '\n', 'é', '\u007f']) {
      expect(() => base91Bytes(`AB${character}C`)).toThrow('packed text is not basE91 at character 2')
    }
  })
})
