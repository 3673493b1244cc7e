import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { utf8Text } from '../../src/packing/utf8-text'

/** Whether bytes are UTF-8: Node's decoder replaces anything else, so re-encoding would differ. */
const isUtf8 = (bytes: Uint8Array): boolean => Buffer.from(Buffer.from(bytes).toString('utf8'), 'utf8').equals(bytes)

function ours(bytes: Uint8Array): string | 'refused' {
  try {
    return utf8Text(bytes)
  } catch {
    return 'refused'
  }
}

/** Bytes near UTF-8: lead and continuation bytes of every kind, so malformed sequences of every sort come up. */
const nearUtf8 = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 0x7f }), fc.integer({ min: 0x80, max: 0xbf }), fc.integer({ min: 0xc0, max: 0xff }), fc.constantFrom(0xe0, 0xed, 0xf0, 0xf4, 0xa0, 0x9f, 0x90, 0x8f)), { maxLength: 40 })
  .map((bytes) => Uint8Array.from(bytes))

describe('utf8Text', () => {
  it('decodes any text Node encodes (every plane, lone surrogates as Node writes them) as Buffer.toString does', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 120 }), (text) => {
        const bytes = Buffer.from(text, 'utf8')
        expect(utf8Text(bytes)).toBe(bytes.toString('utf8'))
      })
    )
  })

  it('decodes long texts across its chunks (Chinese, Russian, emoji)', () => {
    const text = '用户旅程地图 Карта пути клиента 🚗🏠 '.repeat(2000)
    expect(utf8Text(Buffer.from(text, 'utf8'))).toBe(text)
  })

  it('refuses exactly the bytes that are not UTF-8 (overlong, surrogates, past U+10FFFF, stray or missing continuation bytes), and agrees with Buffer.toString on the rest', () => {
    fc.assert(
      fc.property(fc.oneof(nearUtf8, fc.uint8Array({ maxLength: 40 })), (bytes) => {
        expect(ours(bytes)).toBe(isUtf8(bytes) ? Buffer.from(bytes).toString('utf8') : 'refused')
      })
    )
    for (const bad of [[0xc0, 0x80], [0xe0, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf8], [0x80], [0xe2, 0x82]]) {
      expect(ours(Uint8Array.from(bad))).toBe('refused')
    }
  })
})
