import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { estimateTextWidth } from '../../../src/render/text/estimate-text-width'
import { fitText } from '../../../src/render/text/fit-text'

const options = { maxFontSize: 24, minFontSize: 12, fontWeight: 500 }

describe('fitText', () => {
  it('keeps short text at the largest size', () => {
    const fitted = fitText('Book', 200, 200, options)
    expect(fitted).toMatchObject({ lines: ['Book'], fontSize: 24, truncated: false })
  })

  it('shrinks longer text until it fits the box', () => {
    const long = 'Compare prices and read reviews of several rental companies before choosing the cheapest car with free cancellation'
    const fitted = fitText(long, 200, 200, options)
    expect(fitted.fontSize).toBeLessThan(24)
    expect(fitted.truncated).toBe(false)
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(200)
  })

  it('ends with an ellipsis when even the smallest size overflows', () => {
    const fitted = fitText('word '.repeat(400), 200, 100, options)
    expect(fitted.fontSize).toBe(12)
    expect(fitted.truncated).toBe(true)
    expect(fitted.lines.at(-1)?.endsWith('\u2026')).toBe(true)
    expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(100)
  })

  it('never lets a line run wider than the box or the block taller than it (when a line fits at all)', () => {
    fc.assert(
      fc.property(fc.lorem({ maxCount: 60 }), fc.integer({ min: 80, max: 400 }), fc.integer({ min: 20, max: 400 }), (text, width, height) => {
        const fitted = fitText(text, width, height, options)
        for (const line of fitted.lines) expect(estimateTextWidth(line, fitted.fontSize, 500)).toBeLessThanOrEqual(width)
        expect(fitted.lines.length * fitted.lineHeight).toBeLessThanOrEqual(height)
      })
    )
  })
})
