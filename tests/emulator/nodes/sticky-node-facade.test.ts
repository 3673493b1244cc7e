import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, DEFAULT_TEXT_CALIBRATION, loadRestFile } from '../../../src/emulator'
import { EMULATOR_USER } from '../../../src/emulator/model/emulator-defaults'
import { readyEmulatorAsync, solid } from '../emulator-fixtures'

describe('StickyNode', () => {
  it('starts 240 x 240 on the current page with Inter Medium text', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(sticky.type).toBe('STICKY')
    expect([sticky.width, sticky.height]).toEqual([240, 240])
    expect(sticky.parent).toBe(api.currentPage)
    expect(api.currentPage.children).toEqual([sticky])
    expect(sticky.text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
    expect(sticky.isWideWidth).toBe(false)
  })

  it('is 416 wide when isWideWidth is set, and square again when cleared', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    sticky.isWideWidth = true
    expect([sticky.width, sticky.height]).toEqual([416, 240])
    sticky.isWideWidth = false
    expect(sticky.width).toBe(240)
  })

  it('has no resize, and width and height are read-only', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky() as StickyNode & { resize?: unknown }
    expect('resize' in sticky).toBe(false)
    expect(() => (sticky as unknown as { resize(w: number, h: number): void }).resize(300, 300)).toThrow(TypeError)
    expect(() => {
      ;(sticky as unknown as { width: number }).width = 300
    }).toThrow(/no setter for property "width"/)
    expect(() => {
      ;(sticky as unknown as { height: number }).height = 300
    }).toThrow(/no setter for property "height"/)
    expect([sticky.width, sticky.height]).toEqual([240, 240])
  })

  it('refuses properties it does not have (text goes through sticky.text)', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => {
      ;(sticky as unknown as { characters: string }).characters = 'hi'
    }).toThrow(/not extensible/)
  })

  it('grows taller with its text but keeps its width', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    sticky.text.characters = 'Short note'
    expect(sticky.height).toBe(240)
    sticky.text.characters = 'word '.repeat(60)
    expect(sticky.width).toBe(240)
    expect(sticky.height).toBeGreaterThan(240)
    const square = sticky.height
    sticky.isWideWidth = true
    expect(sticky.width).toBe(416)
    expect(sticky.height).toBeLessThan(square)
    sticky.text.characters = ''
    expect(sticky.height).toBe(240)
  })

  it('measures text deterministically: six 24 px lines fit, the seventh grows the sticky by one line', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    const perLine = 'x'.repeat(16)
    sticky.text.characters = Array.from({ length: 6 }, () => perLine).join('\n')
    expect(sticky.height).toBe(240)
    sticky.text.characters = Array.from({ length: 7 }, () => perLine).join('\n')
    expect(sticky.height).toBe(2 * DEFAULT_TEXT_CALIBRATION.stickyPadding + 7 * 24 * DEFAULT_TEXT_CALIBRATION.lineHeightEm)
  })

  it('takes colours as reassigned, frozen paint arrays', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    sticky.fills = [solid(0.66, 0.85, 1)]
    expect(Object.isFrozen(sticky.fills)).toBe(true)
    expect(() => (sticky.fills as Paint[]).push(solid(0, 0, 0))).toThrow(TypeError)
    expect(sticky.fills).toEqual([{ type: 'SOLID', color: { r: 0.66, g: 0.85, b: 1 }, opacity: 1, visible: true, blendMode: 'NORMAL' }])
  })

  it('shows its author by default and lets the plugin hide it', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(sticky.authorVisible).toBe(true)
    expect(sticky.authorName).toBe(EMULATOR_USER.name)
    sticky.authorVisible = false
    expect(sticky.authorVisible).toBe(false)
  })

  it('turns around its top-left through relativeTransform: x and y stay, the bounding box holds the turned corners, and REST keeps the turn', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const sticky = api.createSticky()
    sticky.relativeTransform = [
      [0, 1, 100],
      [-1, 0, 200]
    ]
    expect([sticky.x, sticky.y, sticky.width, sticky.height]).toEqual([100, 200, 240, 240])
    const box = sticky.absoluteBoundingBox as Rect
    // A quarter turn counter-clockwise on a page whose y grows downwards: the sticky now lies above its corner.
    expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([100, -40, 240, 240])
    expect(() => {
      sticky.relativeTransform = [
        [2, 0, 0],
        [0, 2, 0]
      ]
    }).toThrow(/only move and turn/)

    const tenDegrees = (10 * Math.PI) / 180
    sticky.relativeTransform = [
      [Math.cos(tenDegrees), Math.sin(tenDegrees), 100],
      [-Math.sin(tenDegrees), Math.cos(tenDegrees), 200]
    ]
    const reopened = loadRestFile(emulator.toRestFile())
    const again = reopened.api.currentPage.children[0] as StickyNode
    expect([again.x, again.y, again.width, again.height]).toEqual([100, 200, 240, 240])
    expect(again.relativeTransform[1][0]).toBeCloseTo(-Math.sin(tenDegrees))
    expect(again.absoluteBoundingBox).toEqual(sticky.absoluteBoundingBox)
  })

  it('refuses to turn a section or a connector, which FigJam does not document', () => {
    const { api } = createFigJamEmulator()
    const section = api.createSection()
    expect(() => {
      section.relativeTransform = [
        [0, 1, 0],
        [-1, 0, 0]
      ]
    }).toThrow(/does not turn SECTION/)
  })
})
