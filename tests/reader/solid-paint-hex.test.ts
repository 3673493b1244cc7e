import { describe, expect, it } from 'vitest'

import { solidPaintHex } from '../../src/reader/solid-paint-hex'

describe('solidPaintHex', () => {
  it('spells the first visible solid paint, passing over hidden and other paints', () => {
    const gradient = { type: 'GRADIENT_LINEAR' }
    const hidden = { type: 'SOLID', visible: false, color: { r: 1, g: 0, b: 0 } }
    const orange = { type: 'SOLID', color: { r: 1, g: 128 / 255, b: 0 } }
    expect(solidPaintHex([gradient, hidden, orange])).toBe('#FF8000')
    expect(solidPaintHex([gradient, hidden])).toBeUndefined()
    expect(solidPaintHex(undefined)).toBeUndefined()
  })

  it('spells a colour the same each time, and black apart from a channel that is no number', () => {
    const black = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }]
    const broken = [{ type: 'SOLID', color: { r: Number.NaN, g: 1, b: 0 } }]
    expect(solidPaintHex(black)).toBe('#000000')
    expect(solidPaintHex(broken)).toBe('#NANFF00')
    expect(solidPaintHex(broken)).toBe('#NANFF00')
    expect(solidPaintHex(black)).toBe('#000000')
    // Channels past 0..1 are held to it.
    expect(solidPaintHex([{ type: 'SOLID', color: { r: 2, g: -1, b: 0.5 } }])).toBe('#FF0080')
  })
})
