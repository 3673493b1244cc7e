import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { measureText, wrapLines } from '../../../src/emulator/model/text-metrics'

const words = fc.array(fc.stringMatching(/^[a-z]{0,25}$/), { maxLength: 30 }).map((w) => w.join(' '))

describe('text metrics', () => {
  it('never puts more than the budget on a line, and loses no characters', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const lines = wrapLines(text, max)
        expect(lines.every((line) => line.length <= max)).toBe(true)
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
      })
    )
  })

  it('needs at least as many lines for longer text', () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 4, max: 40 }), (a, b, max) => {
        expect(wrapLines(`${a} ${b}`, max).length).toBeGreaterThanOrEqual(wrapLines(a, max).length)
      })
    )
  })

  it('wraps at spaces and splits only words longer than a line', () => {
    expect(wrapLines('one two three', 7)).toEqual(['one two', 'three'])
    expect(wrapLines('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
    expect(wrapLines('a\n\nb', 10)).toEqual(['a', '', 'b'])
    expect(measureText('ab\nabcd', 10)).toEqual({ width: 20, height: 25 })
  })
})
