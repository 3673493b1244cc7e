import { describe, expect, it } from 'vitest'

import { ellipsizeText } from '../../../src/render/text/ellipsize-text'
import { estimateTextWidth } from '../../../src/render/text/estimate-text-width'

describe('ellipsizeText', () => {
  it('leaves text that fits alone', () => {
    expect(ellipsizeText('Book', 200, 16)).toBe('Book')
  })

  it('cuts text that does not fit and ends it with an ellipsis, within the width', () => {
    const cut = ellipsizeText('Researching rental companies', 120, 16)
    expect(cut.endsWith('\u2026')).toBe(true)
    expect('Researching rental companies'.startsWith(cut.slice(0, -1).trimEnd())).toBe(true)
    expect(estimateTextWidth(cut, 16)).toBeLessThanOrEqual(120)
  })

  it('gives just the ellipsis when nothing else fits, and never splits an astral character', () => {
    expect(ellipsizeText('Booking', 1, 16)).toBe('\u2026')
    expect(ellipsizeText('🚗🚗🚗🚗🚗🚗', 50, 16)).toMatch(/^(🚗)+\u2026$/u)
  })
})
