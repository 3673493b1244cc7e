import type { BoardGrid, Box, Point } from './board-plan'

export interface CellLocation {
  stageId: string
  laneId: string
}

export interface LocateOptions {
  /**
   * Take the nearest column and row when the point falls in a gap or just outside the grid, as a
   * sticky dragged a little off its cell should still count for it. Default false: the point must
   * lie inside a column and a row.
   */
  snap?: boolean
}

/**
 * The stage column and lane row a point falls in: the inverse of the layout, for reading a board
 * back. The point and the grid must use the same coordinates: `plan.grid` is relative to the board
 * section (use `offsetGrid` with the board's position for page coordinates), and `gridFromBoxes`
 * builds one from boxes read off a board, such as REST `absoluteBoundingBox`es.
 * @returns the cell, or null when the point is in no column or no row (and `snap` is off, or the grid is empty).
 */
export function locateCell(grid: BoardGrid, point: Point, options: LocateOptions = {}): CellLocation | null {
  const column = pick(grid.columns, (c) => distance(point.x, c.x, c.width), options.snap === true)
  const row = pick(grid.rows, (r) => distance(point.y, r.y, r.height), options.snap === true)
  if (column === undefined || row === undefined) return null
  return { stageId: column.stageId, laneId: row.laneId }
}

/** The same grid moved by `origin`: board-relative to page coordinates when origin is the board's position. */
export function offsetGrid(grid: BoardGrid, origin: Point): BoardGrid {
  return {
    columns: grid.columns.map((c) => ({ ...c, x: c.x + origin.x })),
    rows: grid.rows.map((r) => ({ ...r, y: r.y + origin.y }))
  }
}

/** A grid from stage-section boxes (the columns) and lane-label boxes (the rows, as tall as the rows they label). */
export function gridFromBoxes(
  stages: readonly { stageId: string; box: Box }[],
  lanes: readonly { laneId: string; box: Box }[]
): BoardGrid {
  return {
    columns: stages.map(({ stageId, box }) => ({ stageId, x: box.x, width: box.width })),
    rows: lanes.map(({ laneId, box }) => ({ laneId, y: box.y, height: box.height }))
  }
}

/** How far a coordinate is from the span [start, start + length]; 0 inside it (edges included). */
function distance(at: number, start: number, length: number): number {
  if (at < start) return start - at
  if (at > start + length) return at - (start + length)
  return 0
}

/** The first span containing the point, or with `snap` the nearest one (the first of equals). */
function pick<T>(spans: readonly T[], distanceOf: (span: T) => number, snap: boolean): T | undefined {
  let best: T | undefined
  let bestDistance = Infinity
  for (const span of spans) {
    const d = distanceOf(span)
    if (d === 0) return span
    if (snap && d < bestDistance) {
      best = span
      bestDistance = d
    }
  }
  return best
}
