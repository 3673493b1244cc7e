import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { lineLocator } from '../../src/formats/line-and-column'

/** The line and column of an offset, counted from the text's start every time. */
function counted(text: string, offset: number): { line: number; column: number } {
  const end = Math.min(Math.max(offset, 0), text.length)
  let line = 1
  let lineStart = 0
  for (let i = 0; i < end; i += 1) {
    const ch = text.charAt(i)
    if (ch === '\n' || (ch === '\r' && text.charAt(i + 1) !== '\n')) {
      line += 1
      lineStart = i + 1
    }
  }
  return { line, column: [...text.slice(lineStart, end)].length + 1 }
}

const texts = fc.array(fc.constantFrom('a', 'é', '😀', '\n', '\r\n', '\r', ' ', 'line'), { maxLength: 80 }).map((parts) => parts.join(''))

describe('lineLocator', () => {
  it('finds every offset’s line and column, whatever order they are asked in (forwards, backwards, far jumps)', () => {
    fc.assert(
      fc.property(texts, fc.array(fc.integer({ min: -2, max: 400 }), { maxLength: 40 }), fc.boolean(), (text, offsets, sorted) => {
        const locate = lineLocator(text)
        const asked = sorted ? [...offsets].sort((a, b) => a - b) : offsets
        for (const offset of asked) expect(locate(offset)).toEqual(counted(text, offset))
      })
    )
  })
})
