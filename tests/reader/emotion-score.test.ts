import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { EMOTION_BAND_HEIGHT, EMOTION_POINT_SIZE, formatScore } from '../../src/layout'
import { pointOffsetFor, scoreFromPoint, scoreFromText } from '../../src/reader/emotion-score'

const usual = { min: -2, max: 2, per: 'stage' as const }
const travel = EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE

describe('scoreFromPoint', () => {
  it('keeps the exact score of a point that was not moved, on any scale', () => {
    const scales = fc
      .tuple(fc.integer({ min: -50, max: 50 }), fc.integer({ min: 1, max: 100 }))
      .map(([min, width]) => ({ min, max: min + width, per: 'stage' as const }))
    fc.assert(
      fc.property(scales, fc.double({ min: 0, max: 1, noNaN: true }), (scale, at) => {
        const score = scale.min + at * (scale.max - scale.min)
        expect(scoreFromPoint(pointOffsetFor(score, scale), scale, score)).toBe(score)
      })
    )
  })

  it('reads a dragged point to the nearest whole point, clamped to the scale', () => {
    expect(scoreFromPoint(0, usual, 0)).toBe(2)
    expect(scoreFromPoint(travel, usual, 0)).toBe(-2)
    expect(scoreFromPoint(travel / 2 + 20, usual, 2)).toBe(0)
    expect(scoreFromPoint(-500, usual, 0)).toBe(2)
    expect(scoreFromPoint(5000, usual, undefined)).toBe(-2)
  })

  it('reads finer steps on small scales', () => {
    const small = { min: 0, max: 1, per: 'stage' as const }
    expect(scoreFromPoint(travel / 4, small, 0)).toBe(0.75)
  })
})

describe('scoreFromText', () => {
  it('keeps the exact score when the badge still shows it', () => {
    expect(scoreFromText(formatScore(1.2345, usual), usual, 1.2345)).toBe(1.2345)
    // A board in Danish, French or Russian writes the decimal comma, and every language the minus sign U+2212.
    const comma = { decimal: ',', minus: '\u2212' }
    expect(scoreFromText(formatScore(0.005, usual, comma), usual, 0.005)).toBe(0.005)
    expect(scoreFromText(formatScore(1.2345, usual, comma), usual, 1.2345)).toBe(1.2345)
    expect(formatScore(-1.2345, usual, comma)).toBe('\u22121,23')
    expect(scoreFromText(formatScore(-1.2345, usual, comma), usual, -1.2345)).toBe(-1.2345)
    expect(scoreFromText(formatScore(-1.2345, usual, { decimal: '.', minus: '\u2212' }), usual, -1.2345)).toBe(-1.2345)
  })

  it('reads a retyped badge, with a sign, a decimal comma or a minus sign, clamped to the scale', () => {
    expect(scoreFromText('+1', usual, -2)).toBe(1)
    expect(scoreFromText(' -0,5 ', usual, 0)).toBe(-0.5)
    expect(scoreFromText('−1', usual, 0)).toBe(-1)
    expect(scoreFromText('7', usual, 0)).toBe(2)
    expect(scoreFromText('great', usual, 0)).toBeUndefined()
  })

  it('reads full-width digits and signs, as Chinese input methods type them', () => {
    expect(scoreFromText('＋２', usual, 0)).toBe(2)
    expect(scoreFromText('－１．５', usual, 0)).toBe(-1.5)
    expect(scoreFromText('１，５', usual, 0)).toBe(1.5)
  })
})
