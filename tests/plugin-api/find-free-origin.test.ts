import { describe, expect, it } from 'vitest'

import { BOARD_CLEARANCE, findFreeOrigin } from '../../src/plugin-api/find-free-origin'
import { createFigJamEmulator } from '../../src/emulator'

describe('findFreeOrigin', () => {
  it('should use the origin of an empty page', () => {
    expect(findFreeOrigin(createFigJamEmulator().api.currentPage)).toEqual({ x: 0, y: 0 })
  })

  it('should go right of everything on the page, level with its top', async () => {
    const { api } = createFigJamEmulator()
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const sticky = api.createSticky()
    sticky.x = 1000
    sticky.y = 50
    const section = api.createSection()
    section.x = -300
    section.y = -700
    section.resizeWithoutConstraints(500, 400)
    // A node inside a section counts through its section.
    const inner = api.createShapeWithText()
    section.appendChild(inner)
    inner.x = 100
    expect(findFreeOrigin(api.currentPage)).toEqual({ x: 1000 + 240 + BOARD_CLEARANCE, y: -700 })
  })

  it('reads each top-level node\'s box once', () => {
    const emulator = createFigJamEmulator()
    for (let index = 0; index < 5; index += 1) emulator.api.createSticky().x = index * 300
    emulator.resetCounters()
    findFreeOrigin(emulator.api.currentPage)
    expect(emulator.traffic.reads.get('absoluteBoundingBox')).toBe(5)
  })
})
