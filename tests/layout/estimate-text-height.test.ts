import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  charsPerLine,
  countWrappedLines,
  estimateStickySize,
  estimateTextHeight,
  lineHeightFor,
  STICKY_CHARS_PER_LINE,
  STICKY_FONT_SIZE,
  STICKY_LINE_HEIGHT,
  STICKY_SIZE,
  STICKY_TEXT_PADDING,
  STICKY_WIDE_WIDTH,
  textUnits
} from '../../src/layout'

describe('countWrappedLines', () => {
  it('should fill lines word by word', () => {
    expect(countWrappedLines('aaa bbb ccc', 7)).toBe(2)
    expect(countWrappedLines('aaa bbb ccc', 11)).toBe(1)
    expect(countWrappedLines('aaa bbb ccc', 3)).toBe(3)
  })

  it('should start a new line at every line break and count empty paragraphs', () => {
    expect(countWrappedLines('a\nb', 80)).toBe(2)
    expect(countWrappedLines('a\n\nb', 80)).toBe(3)
    expect(countWrappedLines('a\r\nb', 80)).toBe(2)
    expect(countWrappedLines('', 80)).toBe(1)
  })

  it('should break a word longer than a line across as many lines as it needs', () => {
    expect(countWrappedLines('x'.repeat(25), 10)).toBe(3)
    expect(countWrappedLines(`ab ${'x'.repeat(25)} cd`, 10)).toBe(4)
  })

  it('should count ideographs and emoji as two narrow characters', () => {
    expect(textUnits('abc')).toBe(3)
    expect(textUnits('长途')).toBe(4)
    expect(textUnits('🙂')).toBe(2)
    expect(countWrappedLines('长途旅行很累', 6)).toBe(2)
  })

  it('should never need fewer lines when the line gets shorter', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.integer({ min: 1, max: 60 }), (text, perLine) => {
        expect(countWrappedLines(text, perLine)).toBeGreaterThanOrEqual(countWrappedLines(text, perLine + 1))
      })
    )
  })

  it('should count as a greedy wrapper over the text split into paragraphs and words does', () => {
    // The plain reading of the rule, splitting the text; countWrappedLines counts without splitting.
    const splitCount = (text: string, perLine: number): number => {
      let lines = 0
      for (const paragraph of text.split(/\r\n|\r|\n/)) {
        let used = 0
        lines += 1
        for (const word of paragraph.split(/[ \t]+/).filter((w) => w !== '')) {
          const units = textUnits(word)
          if (used > 0 && used + 1 + units <= perLine) used += 1 + units
          else {
            const extra = Math.ceil(units / perLine) - 1
            lines += (used > 0 ? 1 : 0) + extra
            used = units - extra * perLine
          }
        }
      }
      return lines
    }
    const text = fc.array(fc.oneof(fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '长', '😀', '\ud800', 'a', 'word'), fc.string({ maxLength: 8 })), { maxLength: 60 }).map((parts) => parts.join(''))
    fc.assert(
      fc.property(text, fc.integer({ min: 1, max: 30 }), (t, perLine) => {
        expect(countWrappedLines(t, perLine)).toBe(splitCount(t, perLine))
      })
    )
  })
})

describe('estimateTextHeight', () => {
  it('should be the wrapped lines times the line height plus the padding', () => {
    const box = { width: 240, fontSize: 18, padding: 24 }
    expect(charsPerLine(box)).toBe(Math.floor(192 / (18 * 0.6)))
    expect(lineHeightFor(18)).toBe(26)
    expect(estimateTextHeight('one line', box)).toBe(26 + 48)
    expect(estimateTextHeight('one\ntwo\nthree', box)).toBe(3 * 26 + 48)
  })
})

describe('estimateStickySize', () => {
  it('should fit 17 characters a line on a square sticky and 34 on a wide one, in 26 px lines', () => {
    expect(STICKY_CHARS_PER_LINE).toEqual({ square: 17, wide: 34 })
    expect(STICKY_LINE_HEIGHT).toBe(26)
  })

  it('should keep short text on a square sticky', () => {
    expect(estimateStickySize('Where are we going?')).toEqual({ width: STICKY_SIZE, height: STICKY_SIZE, wide: false })
    expect(estimateStickySize('')).toEqual({ width: STICKY_SIZE, height: STICKY_SIZE, wide: false })
  })

  it('should move text that overflows the square to a wide sticky, and grow it as far as the text needs', () => {
    const squareLines = Math.floor((STICKY_SIZE - 2 * STICKY_TEXT_PADDING) / lineHeightFor(STICKY_FONT_SIZE))
    const perLine = charsPerLine({ width: STICKY_SIZE, fontSize: STICKY_FONT_SIZE, padding: STICKY_TEXT_PADDING })
    // Four-letter words: as many per line as fit with their spaces.
    const wordsPerLine = Math.floor((perLine + 1) / 5)
    const words = (n: number): string => Array.from({ length: n }, () => 'word').join(' ')
    expect(estimateStickySize(words(squareLines * wordsPerLine)).wide).toBe(false)
    expect(estimateStickySize(words(squareLines * wordsPerLine + 1))).toEqual({ wide: true, width: STICKY_WIDE_WIDTH, height: STICKY_SIZE })
    const long = estimateStickySize('lorem ipsum dolor '.repeat(80))
    expect(long.wide).toBe(true)
    expect(long.height).toBeGreaterThan(STICKY_SIZE)
  })

  it('should grow monotonically: more text never makes a shorter sticky', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.string({ maxLength: 100 }), (text, more) => {
        const a = estimateStickySize(text)
        const b = estimateStickySize(`${text}\n${more}`)
        expect(b.width * 10_000 + b.height).toBeGreaterThanOrEqual(a.width * 10_000 + a.height)
      })
    )
  })
})
