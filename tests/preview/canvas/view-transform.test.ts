import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { fitBox, FIT_MAX_ZOOM, MAX_ZOOM, MIN_ZOOM, panBy, toBoard, toScreen, type ViewTransform, zoomAt } from '../../../src/preview/canvas/view-transform'

const coordinate = fc.double({ min: -1e5, max: 1e5, noNaN: true })
const point = fc.record({ x: coordinate, y: coordinate })
const view = fc.record({ x: coordinate, y: coordinate, zoom: fc.double({ min: MIN_ZOOM, max: MAX_ZOOM, noNaN: true }) })
const factor = fc.double({ min: 0.01, max: 100, noNaN: true })

function close(a: { x: number; y: number }, b: { x: number; y: number }): void {
  expect(a.x).toBeCloseTo(b.x, 4)
  expect(a.y).toBeCloseTo(b.y, 4)
}

describe('view transform', () => {
  it('maps board to screen and back to the same point', () => {
    fc.assert(fc.property(view, point, (v, p) => close(toBoard(v, toScreen(v, p)), p)))
  })

  it('zooms about the cursor: the board point under it stays under it, and the zoom stays in range', () => {
    fc.assert(
      fc.property(view, point, factor, (v, cursor, f) => {
        const next = zoomAt(v, cursor, f)
        expect(next.zoom).toBeGreaterThanOrEqual(MIN_ZOOM)
        expect(next.zoom).toBeLessThanOrEqual(MAX_ZOOM)
        close(toScreen(next, toBoard(v, cursor)), cursor)
      })
    )
  })

  it('pans by screen pixels at any zoom', () => {
    const v: ViewTransform = { x: 10, y: 20, zoom: 0.5 }
    expect(toScreen(panBy(v, 30, -40), { x: 100, y: 100 })).toEqual({ x: 90, y: 30 })
  })

  it('fits a box inside the free part of the screen, centred, never past 100 %', () => {
    const size = fc.record({ width: fc.integer({ min: 300, max: 4000 }), height: fc.integer({ min: 300, max: 4000 }) })
    const box = fc.record({ x: coordinate, y: coordinate, width: fc.double({ min: 1, max: 1e5, noNaN: true }), height: fc.double({ min: 1, max: 1e5, noNaN: true }) })
    const insets = { top: 48, right: 48, bottom: 96, left: 48 }
    fc.assert(
      fc.property(box, size, (b, s) => {
        const v = fitBox(b, s, insets)
        expect(v.zoom).toBeLessThanOrEqual(FIT_MAX_ZOOM)
        const topLeft = toScreen(v, b)
        const bottomRight = toScreen(v, { x: b.x + b.width, y: b.y + b.height })
        if (v.zoom > MIN_ZOOM) {
          expect(topLeft.x).toBeGreaterThanOrEqual(insets.left - 1e-6)
          expect(topLeft.y).toBeGreaterThanOrEqual(insets.top - 1e-6)
          expect(bottomRight.x).toBeLessThanOrEqual(s.width - insets.right + 1e-6)
          expect(bottomRight.y).toBeLessThanOrEqual(s.height - insets.bottom + 1e-6)
        }
        close({ x: (topLeft.x + bottomRight.x) / 2, y: (topLeft.y + bottomRight.y) / 2 }, { x: insets.left + (s.width - insets.left - insets.right) / 2, y: insets.top + (s.height - insets.top - insets.bottom) / 2 })
      })
    )
  })
})
