import { describe, expect, it } from 'vitest'

import { type BoardGrid, gridFromBoxes, locateCell, offsetGrid } from '../../src/layout'

const grid: BoardGrid = {
  columns: [
    { stageId: 'a', x: 100, width: 200 },
    { stageId: 'b', x: 350, width: 200 }
  ],
  rows: [
    { laneId: 'x', y: 50, height: 100 },
    { laneId: 'y', y: 180, height: 100 }
  ]
}

describe('locateCell', () => {
  it('should find the column and row a point is in', () => {
    expect(locateCell(grid, { x: 150, y: 60 })).toEqual({ stageId: 'a', laneId: 'x' })
    expect(locateCell(grid, { x: 549, y: 279 })).toEqual({ stageId: 'b', laneId: 'y' })
  })

  it('should find nothing in a gap or outside the grid unless asked to snap', () => {
    expect(locateCell(grid, { x: 320, y: 60 })).toBeNull()
    expect(locateCell(grid, { x: 150, y: 165 })).toBeNull()
    expect(locateCell(grid, { x: 5000, y: 5000 })).toBeNull()
    expect(locateCell(grid, { x: 320, y: 60 }, { snap: true })).toEqual({ stageId: 'a', laneId: 'x' })
    expect(locateCell(grid, { x: 340, y: 170 }, { snap: true })).toEqual({ stageId: 'b', laneId: 'y' })
    expect(locateCell(grid, { x: 5000, y: -10 }, { snap: true })).toEqual({ stageId: 'b', laneId: 'x' })
  })

  it('should find nothing on an empty grid, even snapping', () => {
    expect(locateCell({ columns: [], rows: [] }, { x: 0, y: 0 }, { snap: true })).toBeNull()
  })

  it('should work in page coordinates after offsetting a board-relative grid', () => {
    const page = offsetGrid(grid, { x: 1000, y: -500 })
    expect(locateCell(page, { x: 1150, y: -440 })).toEqual({ stageId: 'a', laneId: 'x' })
    expect(locateCell(page, { x: 150, y: 60 })).toBeNull()
  })

  it('should build the same grid from section and lane-label boxes', () => {
    const built = gridFromBoxes(
      grid.columns.map((c) => ({ stageId: c.stageId, box: { x: c.x, y: 0, width: c.width, height: 999 } })),
      grid.rows.map((r) => ({ laneId: r.laneId, box: { x: 0, y: r.y, width: 280, height: r.height } }))
    )
    expect(built).toEqual(grid)
  })
})
