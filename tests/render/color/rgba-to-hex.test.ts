import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { rgbaToHex } from '../../../src/render/color/rgba-to-hex'
import { rgba } from '../rest-board-fixtures'

describe('rgbaToHex', () => {
  it('gives back the exact FigJam palette hex for colours written as byte / 255', () => {
    for (const hex of ['#FFE299', '#A8DAFF', '#B3EFBD', '#F5FBFF', '#1E1E1E', '#3DADFF', '#FFFFFF', '#000000']) {
      expect(rgbaToHex(rgba(hex))).toBe(hex)
    }
  })

  it('round-trips every byte triple', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), (r, g, b) => {
        const hex = `#${[r, g, b].map((c) => c.toString(16).toUpperCase().padStart(2, '0')).join('')}`
        expect(rgbaToHex({ r: r / 255, g: g / 255, b: b / 255 })).toBe(hex)
      })
    )
  })

  it('rounds rounded decimals to the nearest byte and clamps out-of-range channels', () => {
    expect(rgbaToHex({ r: 0.659, g: 0.855, b: 1 })).toBe('#A8DAFF')
    expect(rgbaToHex({ r: -0.5, g: 1.5, b: 0.5 })).toBe('#00FF80')
  })
})
