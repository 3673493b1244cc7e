import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type PackedCell, packCell, stickyOffsetX, stickyOffsetY } from '../../src/layout'

/** Room links may ask for inside a cell: before sticky columns and rows, and lower sticky columns. */
const extras = fc.array(fc.nat({ max: 600 }), { maxLength: 4 })
const roomArbitrary = fc.record({ columns: extras, rows: extras, drops: extras })

/** The top-left of each of a packed cell's first `count` stickies. */
function offsetsOf(cell: PackedCell, count: number): { x: number; y: number }[] {
  return Array.from({ length: count }, (_, i) => ({ x: stickyOffsetX(cell, i), y: stickyOffsetY(cell, i) }))
}

describe('packCell', () => {
  it('should be empty without stickies', () => {
    expect(packCell([], 3, 32)).toMatchObject({ width: 0, height: 0, columnX: [], rowY: [] })
  })

  it('should lay stickies out in rows, columns as wide as their widest, rows as tall as their tallest', () => {
    const cell = packCell(
      [
        { width: 240, height: 240 },
        { width: 416, height: 300 },
        { width: 240, height: 500 }
      ],
      3,
      32
    )
    // Three stickies make two columns and two rows.
    expect(offsetsOf(cell, 3)).toEqual([
      { x: 0, y: 0 },
      { x: 272, y: 0 },
      { x: 0, y: 332 }
    ])
    expect(cell).toMatchObject({ width: 240 + 32 + 416, height: 300 + 32 + 500 })
  })

  it('should never overlap two stickies and keep all within the cell', () => {
    const size = fc.record({ width: fc.constantFrom(240, 416), height: fc.integer({ min: 240, max: 900 }) })
    fc.assert(
      fc.property(fc.array(size, { maxLength: 20 }), fc.integer({ min: 1, max: 4 }), fc.option(roomArbitrary, { nil: undefined }), (sizes, columns, room) => {
        const cell = packCell(sizes, columns, 32, room)
        const offsets = offsetsOf(cell, sizes.length)
        const boxes = sizes.map((s, i) => ({ ...offsets[i]!, ...s }))
        for (const [i, a] of boxes.entries()) {
          expect(a.x + a.width).toBeLessThanOrEqual(cell.width)
          expect(a.y + a.height).toBeLessThanOrEqual(cell.height)
          for (const b of boxes.slice(i + 1)) {
            const apart = a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y
            expect(apart).toBe(true)
          }
        }
        expect(new Set(offsets.map((o) => o.x)).size).toBeLessThanOrEqual(columns)
      })
    )
  })

  it('should add room before sticky columns and rows and lower a sticky column, as links ask', () => {
    const square = { width: 240, height: 240 }
    const cell = packCell([square, square, square, square], 3, 32, { columns: [0, 100], rows: [10, 50], drops: [0, 200] })
    expect(offsetsOf(cell, 4)).toEqual([
      { x: 0, y: 10 },
      { x: 372, y: 210 },
      { x: 0, y: 332 },
      { x: 372, y: 532 }
    ])
    expect(cell).toMatchObject({ width: 240 + 100 + 32 + 240, height: 10 + 240 + 50 + 32 + 240 + 200 })
  })
})
