import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { splitUtf8 } from '../../src/plugin-data/split-utf8'

const bytes = (text: string): number => new TextEncoder().encode(text).length

describe('splitUtf8', () => {
  it('should cut at the byte limit without splitting a character', () => {
    expect(splitUtf8('abcdef', 4)).toEqual(['abcd', 'ef'])
    expect(splitUtf8('ææææ', 5)).toEqual(['ææ', 'ææ'])
    expect(splitUtf8('a🚗b', 4)).toEqual(['a', '🚗', 'b'])
    expect(splitUtf8('', 10)).toEqual([''])
  })

  it('should give pieces that join back to the text, each within the limit and whole', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), fc.integer({ min: 4, max: 64 }), (text, max) => {
        const pieces = splitUtf8(text, max)
        expect(pieces.join('')).toBe(text)
        for (const piece of pieces) {
          expect(bytes(piece)).toBeLessThanOrEqual(max)
          // No piece starts with the second half of a surrogate pair.
          expect(/^[\uDC00-\uDFFF]/.test(piece) && /[\uD800-\uDBFF]$/.test(text.slice(0, text.indexOf(piece)))).toBe(false)
        }
      })
    )
  })

  it('should refuse a limit too small for a character', () => {
    expect(() => splitUtf8('abc', 3)).toThrow(RangeError)
  })
})
