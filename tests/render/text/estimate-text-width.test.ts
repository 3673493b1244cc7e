import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { estimateTextWidth } from '../../../src/render/text/estimate-text-width'

describe('estimateTextWidth', () => {
  it('is zero for no text and grows with every printable character', () => {
    expect(estimateTextWidth('', 16)).toBe(0)
    fc.assert(
      fc.property(fc.string(), fc.string({ minLength: 1 }).filter((s) => /^[ -~]+$/.test(s)), (text, more) => {
        expect(estimateTextWidth(text + more, 16)).toBeGreaterThan(estimateTextWidth(text, 16))
      })
    )
  })

  it('scales linearly with the font size', () => {
    const at16 = estimateTextWidth('Pick up the car', 16)
    expect(estimateTextWidth('Pick up the car', 24)).toBeCloseTo(at16 * 1.5, 6)
  })

  it('sets narrow letters narrower than wide ones, bold wider than regular, CJK at a full em', () => {
    expect(estimateTextWidth('iiii', 16)).toBeLessThan(estimateTextWidth('MMMM', 16))
    expect(estimateTextWidth('Booking', 16, 700)).toBeGreaterThan(estimateTextWidth('Booking', 16, 400))
    expect(estimateTextWidth('汽车', 20)).toBeCloseTo(40, 6)
  })

  it('measures accented letters like their base letter and combining marks as nothing', () => {
    expect(estimateTextWidth('é', 16)).toBeCloseTo(estimateTextWidth('e', 16), 6)
    expect(estimateTextWidth('e\u0301', 16)).toBeCloseTo(estimateTextWidth('e', 16), 6)
  })

  it('leans wide of a plain Helvetica-class estimate, so Inter text is not squeezed', () => {
    // 'n' is 556/1000 em in Helvetica-class faces; Inter sets it wider.
    expect(estimateTextWidth('n', 100)).toBeGreaterThan(55.6)
  })
})
