import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { estimateTextWidth } from '../../../src/render/text/estimate-text-width'
import { wrapText } from '../../../src/render/text/wrap-text'

const words = fc.array(fc.stringMatching(/^[A-Za-z0-9éü,.!?'&-]{1,14}$/), { minLength: 1, maxLength: 30 })

describe('wrapText', () => {
  it('keeps text that fits on one line', () => {
    expect(wrapText('Pick up the car', 500, 16)).toEqual(['Pick up the car'])
  })

  it('wraps at spaces so that no line is wider than the limit', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 60, max: 400 }), (list, width) => {
        const lines = wrapText(list.join(' '), width, 16)
        for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(width)
      })
    )
  })

  it('loses no character and keeps the order (words may only be split, never dropped)', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 20, max: 400 }), (list, width) => {
        const lines = wrapText(list.join(' '), width, 16)
        expect(lines.join('').replace(/ /g, '')).toBe(list.join(''))
      })
    )
  })

  it('keeps explicit line breaks, including empty lines', () => {
    expect(wrapText('one\ntwo\r\n\nthree', 500, 16)).toEqual(['one', 'two', '', 'three'])
  })

  it('breaks a word longer than the line between characters', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 80, 16)
    expect(lines.length).toBeGreaterThan(1)
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious')
    for (const line of lines) expect(estimateTextWidth(line, 16)).toBeLessThanOrEqual(80)
  })

  it('wraps unspaced Chinese text by characters', () => {
    const lines = wrapText('在线比较租车价格然后预订', 100, 20)
    expect(lines).toEqual(['在线比较租', '车价格然后', '预订'])
  })
})
