import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { DEFAULT_TEXT_CALIBRATION, TextMetrics } from '../../../src/emulator/model/text-metrics'

const words = fc.array(fc.stringMatching(/^[a-z]{0,25}$/), { maxLength: 30 }).map((w) => w.join(' '))
const metrics = new TextMetrics()
/** At 10 px type a narrow glyph is 5 px wide by default: `chars` characters fit in 5 x chars px. */
const wrap = (text: string, chars: number): string[] => metrics.wrapLines(text, 10, chars * 5)

describe('text metrics', () => {
  it('never puts more than the width on a line, and loses no characters', () => {
    fc.assert(
      fc.property(words, fc.integer({ min: 1, max: 40 }), (text, max) => {
        const lines = wrap(text, max)
        expect(lines.every((line) => line.length <= max)).toBe(true)
        expect(lines.join('').replace(/ /g, '')).toBe(text.replace(/ /g, ''))
      })
    )
  })

  it('needs at least as many lines for longer text', () => {
    fc.assert(
      fc.property(words, words, fc.integer({ min: 4, max: 40 }), (a, b, max) => {
        expect(wrap(`${a} ${b}`, max).length).toBeGreaterThanOrEqual(wrap(a, max).length)
      })
    )
  })

  it('wraps at spaces and splits only words longer than a line', () => {
    expect(wrap('one two three', 7)).toEqual(['one two', 'three'])
    expect(wrap('abcdefghij', 4)).toEqual(['abcd', 'efgh', 'ij'])
    expect(wrap('a\n\nb', 10)).toEqual(['a', '', 'b'])
    expect(metrics.measure('ab\nabcd', 10)).toEqual({ width: 20, height: 25 })
  })

  it('counts ideographs, kana, hangul and emoji a full em wide', () => {
    expect(metrics.lineWidth('ab', 10)).toBe(10)
    expect(metrics.lineWidth('旅行', 10)).toBe(20)
    expect(metrics.lineWidth('여행🙂', 10)).toBe(30)
  })

  it('measures what Unicode calls East Asian Wide or Fullwidth a full em, and nothing else (UAX #11)', () => {
    // Wide: the katakana prolonged sound mark and middle dot (script Common), ideographic
    // punctuation, fullwidth letters and the yen sign, an extension-B ideograph.
    expect(metrics.lineWidth('ー・、。', 10)).toBe(40)
    expect(metrics.lineWidth('ＡＢ！￥', 10)).toBe(40)
    expect(metrics.lineWidth('𠀋', 10)).toBe(10)
    // Narrow: halfwidth katakana, the copyright and trademark signs, Latin, Cyrillic.
    expect(metrics.lineWidth('ｱｲｳ', 10)).toBe(15)
    expect(metrics.lineWidth('©™', 10)).toBe(10)
    expect(metrics.lineWidth('éж', 10)).toBe(10)
    // A combining accent and a variation selector take no room of their own.
    expect(metrics.lineWidth('e\u0301', 10)).toBe(5)
    expect(metrics.lineWidth('✓\uFE0E', 10)).toBe(5)
  })

  it('wraps text without spaces between any two wide characters, a full em each', () => {
    expect(wrap('旅行の計画を立てる', 8)).toEqual(['旅行の計', '画を立て', 'る'])
  })

  it('takes its numbers from a calibration, and the sticky heights FigJam reported as they are', async () => {
    const font = { family: 'Inter', style: 'Medium' }
    const calibration = {
      ...DEFAULT_TEXT_CALIBRATION,
      charWidthEm: 0.6,
      lineHeightEm: 1.5,
      stickies: [{ text: 'Measured in FigJam', font, fontSize: 24, wide: false, height: 251 }]
    }
    const calibrated = new TextMetrics(calibration)
    expect(calibrated.lineWidth('abcde', 10)).toBe(30)
    expect(calibrated.lineHeight(10)).toBe(15)
    const emulator = createFigJamEmulator({ textCalibration: calibration })
    await emulator.api.loadFontAsync(font)
    const sticky = emulator.api.createSticky()
    sticky.text.characters = 'Measured in FigJam'
    expect(sticky.height).toBe(251)
    sticky.isWideWidth = true
    expect(sticky.height).toBe(240)
  })
})
