import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

describe('paints', () => {
  it('stores a frozen copy: mutating the array the plugin passed changes nothing', () => {
    const { api } = createFigJamEmulator()
    const section = api.createSection()
    const fills: SolidPaint[] = [{ type: 'SOLID', color: { r: 0.5, g: 0.5, b: 0.5 } }]
    section.fills = fills
    fills.push({ type: 'SOLID', color: { r: 0, g: 0, b: 0 } })
    expect(section.fills).toHaveLength(1)
    const stored = section.fills[0] as SolidPaint
    expect(Object.isFrozen(stored) && Object.isFrozen(stored.color)).toBe(true)
  })

  it('fills in visible, opacity and blendMode as Figma does', () => {
    const { api } = createFigJamEmulator()
    const section = api.createSection()
    section.strokes = [{ type: 'SOLID', color: { r: 1, g: 0, b: 0 }, opacity: 0.5 }]
    expect(section.strokes).toEqual([{ type: 'SOLID', color: { r: 1, g: 0, b: 0 }, opacity: 0.5, visible: true, blendMode: 'NORMAL' }])
  })

  it('rejects 0-255 colours, an alpha channel and non-arrays', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => {
      sticky.fills = [{ type: 'SOLID', color: { r: 255, g: 226, b: 153 } }]
    }).toThrow(/fills\[0\]\.color\.r: expected a number between 0 and 1/)
    expect(() => {
      sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } as RGB }]
    }).toThrow(/Unrecognized key\(s\) in object: 'a'/)
    expect(() => {
      sticky.fills = { type: 'SOLID', color: { r: 1, g: 1, b: 1 } } as unknown as Paint[]
    }).toThrow(/array of paints/)
  })
})
