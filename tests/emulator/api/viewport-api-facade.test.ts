import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

describe('figma.viewport', () => {
  it('records the nodes scrollAndZoomIntoView was given and centres on them', () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    const a = api.createSticky()
    const b = api.createSticky()
    b.x = 760
    api.viewport.scrollAndZoomIntoView([a, b])
    expect(emulator.viewportScrolls).toEqual([[a.id, b.id]])
    expect(api.viewport.center).toEqual({ x: 500, y: 120 })
    const bounds = api.viewport.bounds
    expect(bounds.x).toBeLessThanOrEqual(0)
    expect(bounds.x + bounds.width).toBeGreaterThanOrEqual(1000)
  })

  it('lets the plugin set centre and zoom', () => {
    const { api } = createFigJamEmulator()
    api.viewport.center = { x: 10, y: 20 }
    api.viewport.zoom = 2
    expect(api.viewport.center).toEqual({ x: 10, y: 20 })
    expect(api.viewport.zoom).toBe(2)
    expect(() => {
      api.viewport.zoom = 0
    }).toThrow(TypeError)
  })
})
