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

  it('wraps unspaced Chinese text between words, never inside one', () => {
    // Five ideographs fit a line; a character wrapper would give 在线比较租 | 车价格然后 | 预订.
    const lines = wrapText('在线比较租车价格然后预订', 100, 20)
    expect(lines.join('')).toBe('在线比较租车价格然后预订')
    for (const line of lines) expect(estimateTextWidth(line, 20)).toBeLessThanOrEqual(100)
    for (const word of ['在线', '比较', '价格', '然后', '预订']) expect(lines.some((line) => line.includes(word))).toBe(true)
  })

  it('keeps Chinese closing punctuation off the start of a line and opening punctuation off its end', () => {
    const text = '航空公司的“机票+租车”套餐替我们选定了租车公司，我们去哪儿？'
    for (const width of [60, 80, 100, 140, 200]) {
      const lines = wrapText(text, width, 20)
      expect(lines.join('')).toBe(text)
      for (const line of lines.slice(1)) expect(/^[，。、：；！？”）]/.test(line)).toBe(false)
      for (const line of lines.slice(0, -1)) expect(/[“（]$/.test(line)).toBe(false)
    }
  })

  it('loses no character of mixed Chinese, Latin and Russian text at any width', () => {
    const mixed = fc.array(fc.constantFrom('租车', '公司', 'GPS', '，', '。', 'Точки', 'контакта', ' ', '（', '）', '30', '分钟'), { maxLength: 30 })
    fc.assert(
      fc.property(mixed, fc.integer({ min: 20, max: 300 }), (parts, width) => {
        const text = parts.join('')
        const lines = wrapText(text, width, 16)
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
      })
    )
  })
})
