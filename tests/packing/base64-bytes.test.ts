import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { base64Bytes } from '../../src/packing/base64-bytes'

function ours(text: string): Uint8Array | 'refused' {
  try {
    return base64Bytes(text)
  } catch {
    return 'refused'
  }
}

/** Whether text is canonical, padded standard base64: Node decodes it and encodes it back the same. */
const isBase64 = (text: string): boolean => Buffer.from(text, 'base64').toString('base64') === text

describe('base64Bytes', () => {
  it('decodes what Node encodes, any length, to exactly the bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(base64Bytes(Buffer.from(bytes).toString('base64'))).toEqual(bytes)
      })
    )
  })

  it('refuses text that is not canonical padded base64 (other characters, missing padding, stray bits) and decodes the rest as Node does', () => {
    const nearBase64 = fc.string({ unit: fc.constantFrom(...'AQgw+/=9z-_ \n'), maxLength: 16 })
    fc.assert(
      fc.property(nearBase64, (text) => {
        expect(ours(text)).toEqual(isBase64(text) ? new Uint8Array(Buffer.from(text, 'base64')) : 'refused')
      })
    )
  })
})
