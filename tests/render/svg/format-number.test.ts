import { describe, expect, it } from 'vitest'

import { formatNumber } from '../../../src/render/svg/format-number'

describe('formatNumber', () => {
  it('keeps at most two decimals, no trailing zeros and never -0', () => {
    expect(formatNumber(1.23456)).toBe('1.23')
    expect(formatNumber(2.5)).toBe('2.5')
    expect(formatNumber(240)).toBe('240')
    expect(formatNumber(-0.001)).toBe('0')
    expect(formatNumber(-12.346)).toBe('-12.35')
  })
})
