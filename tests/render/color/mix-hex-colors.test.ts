import { describe, expect, it } from 'vitest'

import { isDarkColor } from '../../../src/render/color/is-dark-color'
import { mixHexColors } from '../../../src/render/color/mix-hex-colors'

describe('mixHexColors', () => {
  it('returns the ends at 0 and 1 and the midpoint at 0.5', () => {
    expect(mixHexColors('#FFFFFF', '#000000', 0)).toBe('#FFFFFF')
    expect(mixHexColors('#FFFFFF', '#000000', 1)).toBe('#000000')
    expect(mixHexColors('#FF0000', '#0000FF', 0.5)).toBe('#800080')
  })
})

describe('isDarkColor', () => {
  it('calls FigJam strong shape colours dark and sticky pastels light', () => {
    expect(isDarkColor('#1E1E1E')).toBe(true)
    expect(isDarkColor('#3DADFF')).toBe(true)
    expect(isDarkColor('#874FFF')).toBe(true)
    expect(isDarkColor('#FFE299')).toBe(false)
    expect(isDarkColor('#A8DAFF')).toBe(false)
    expect(isDarkColor('#FFC943')).toBe(false)
  })
})
