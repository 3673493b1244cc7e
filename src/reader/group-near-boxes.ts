import { unionBoxes } from '../geometry'
import type { SnapshotBox } from './board-snapshot'
import { boxGap } from './box-gap'
import { BoxGrid } from './box-grid'

/**
 * A box covering more cells than this is compared with every other box instead of being put in each
 * cell it covers, so one huge box costs a pass over the boxes, not a pass over millions of cells.
 */
export const MAX_CELLS_PER_BOX = 4096

/**
 * The boxes grouped: boxes no further than `gap` apart (in a chain) are one group, and groups whose
 * bounding boxes overlap or touch are one group, until no two do. Gives each box its group's
 * number: the index of the group's first box. `gap` is more than 0.
 *
 * Boxes are put in the cells of a square grid whose cells' diagonal is under `gap`, so every box in
 * a cell is within `gap` of every other there and they join without being compared; a box can only
 * be within `gap` of boxes in the cells up to two away, and two cells' boxes are compared only
 * while their groups are still apart. A page of separate stickies in one column then costs about
 * as much as the same stickies spread out, instead of every sticky against every other.
 */
export function groupNearBoxes(boxes: readonly SnapshotBox[], gap: number): number[] {
  const parent = boxes.map((_, i) => i)
  const find = (i: number): number => {
    // Path halving: each step points a box at its grandparent.
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!
    return i
  }
  const join = (a: number, b: number): boolean => {
    const ra = find(a)
    const rb = find(b)
    if (ra === rb) return false
    // The smaller index stays the root, so a group's number is its first box.
    if (ra < rb) parent[rb] = ra
    else parent[ra] = rb
    return true
  }
  joinNear(boxes, gap, find, join)
  // With no two boxes near, every group is one box, and no two such groups touch (see joinOverlappingGroups).
  if (parent.some((root, i) => root !== i)) joinOverlappingGroups(boxes, gap, find, join)
  return boxes.map((_, i) => find(i))
}

/**
 * The cells a closed box reaches into, as [first column, last column, first row, last row]; none
 * for a box too big for that, or whose cells cannot be counted one by one: a hand-made node's box
 * may be Infinity or NaN, or so far out that adding 1 to its cell's number gives the same number.
 */
function cellsOf(box: SnapshotBox, size: number): [number, number, number, number] | undefined {
  const x0 = Math.floor(box.x / size)
  const x1 = Math.floor((box.x + box.width) / size)
  const y0 = Math.floor(box.y / size)
  const y1 = Math.floor((box.y + box.height) / size)
  if (!countable(x0, x1) || !countable(y0, y1) || (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_BOX) return undefined
  return [x0, x1, y0, y1]
}

/** Puts each box (the `count` indices `idAt` gives) into the cells it reaches into; gives back the boxes that have none (see cellsOf). */
function fillGrid(grid: BoxGrid, count: number, idAt: (k: number) => number, boxOf: (i: number) => SnapshotBox, size: number): number[] {
  const big: number[] = []
  for (let k = 0; k < count; k += 1) {
    const i = idAt(k)
    const box = boxOf(i)
    // As cellsOf, without a list made for every box.
    const x0 = Math.floor(box.x / size)
    const x1 = Math.floor((box.x + box.width) / size)
    const y0 = Math.floor(box.y / size)
    const y1 = Math.floor((box.y + box.height) / size)
    if (!countable(x0, x1) || !countable(y0, y1) || (x1 - x0 + 1) * (y1 - y0 + 1) > MAX_CELLS_PER_BOX) {
      big.push(i)
      continue
    }
    for (let x = x0; x <= x1; x += 1) for (let y = y0; y <= y1; y += 1) grid.add(x, y, i)
  }
  return big
}

/** Cell numbers a loop can step through from `first` to `last`. */
function countable(first: number, last: number): boolean {
  return Number.isSafeInteger(first) && Number.isSafeInteger(last)
}

/**
 * Joins the boxes no further than `gap` apart. Two points in one cell are at most the cell's
 * diagonal apart, so a cell's boxes join outright; two points up to `gap` apart lie in cells at
 * most two apart on each axis, since a cell is wider than half of `gap`.
 */
function joinNear(boxes: readonly SnapshotBox[], gap: number, find: (i: number) => number, join: (a: number, b: number) => boolean): void {
  const size = nearCellSize(gap)
  const grid = new BoxGrid(boxes.length)
  const big = fillGrid(grid, boxes.length, (k) => k, (i) => boxes[i]!, size)
  for (let cell = 0; cell < grid.cellCount; cell += 1) {
    const first = grid.valueOf(grid.firstEntry(cell))
    for (let e = grid.nextEntry(grid.firstEntry(cell)); e >= 0; e = grid.nextEntry(e)) join(first, grid.valueOf(e))
  }
  for (let cell = 0; cell < grid.cellCount; cell += 1) {
    const x = grid.columnOf(cell)
    const y = grid.rowOf(cell)
    // Each pair of cells up to two apart once: the cells after this one, row by row.
    for (let dy = 0; dy <= 2; dy += 1) {
      for (let dx = dy === 0 ? 1 : -2; dx <= 2; dx += 1) {
        const other = grid.cellAt(x + dx, y + dy)
        if (other >= 0 && find(grid.valueOf(grid.firstEntry(cell))) !== find(grid.valueOf(grid.firstEntry(other)))) joinFirstNear(boxes, grid, cell, other, gap, join)
      }
    }
  }
  for (const i of big) {
    for (let j = 0; j < boxes.length; j += 1) {
      if (find(i) !== find(j) && boxGap(boxes[i]!, boxes[j]!) <= gap) join(i, j)
    }
  }
}

/**
 * A cell's side as a share of `gap`: under 1/√2, so its diagonal is under `gap` (with room for
 * rounding), and over 1/2, so two points `gap` apart are never more than two cells apart.
 */
const CELL_SHARE_OF_GAP = 0.7

function nearCellSize(gap: number): number {
  return gap * CELL_SHARE_OF_GAP
}

/** Joins the two cells' groups by the first pair of boxes near enough, if any. */
function joinFirstNear(boxes: readonly SnapshotBox[], grid: BoxGrid, cell: number, other: number, gap: number, join: (a: number, b: number) => boolean): void {
  for (let e = grid.firstEntry(cell); e >= 0; e = grid.nextEntry(e)) {
    const i = grid.valueOf(e)
    for (let f = grid.firstEntry(other); f >= 0; f = grid.nextEntry(f)) {
      const j = grid.valueOf(f)
      if (boxGap(boxes[i]!, boxes[j]!) <= gap) {
        join(i, j)
        return
      }
    }
  }
}

/**
 * Joins the groups whose bounding boxes overlap or touch, until none do. A join grows a box, which
 * may then reach another, so rounds repeat until one joins nothing (the groups that come out do not
 * depend on the order the joins are made in: a join never parts boxes that touched).
 *
 * A group of one box is further than `gap` from every box of every other group (joinNear joined
 * every pair no further apart), so two such groups never touch: only groups of several boxes go
 * into the grid, and a group of one box looks into the cells it reaches for them. A page of
 * separate stickies then makes no grid here at all.
 */
function joinOverlappingGroups(boxes: readonly SnapshotBox[], gap: number, find: (i: number) => number, join: (a: number, b: number) => boolean): void {
  const size = nearCellSize(gap)
  for (let joined = true; joined; ) {
    joined = false
    // Each group's box and number of boxes at its root's index; the roots in the order their groups first appear.
    const groupBoxes: SnapshotBox[] = []
    const counts: number[] = []
    const roots: number[] = []
    boxes.forEach((box, i) => {
      const root = find(i)
      const sofar = groupBoxes[root]
      if (sofar === undefined) roots.push(root)
      groupBoxes[root] = sofar === undefined ? box : (unionBoxes([sofar, box]) as SnapshotBox)
      counts[root] = (counts[root] ?? 0) + 1
    })
    const grown = roots.filter((root) => counts[root]! > 1)
    if (roots.length < 2 || grown.length === 0) return
    const grid = new BoxGrid(grown.length)
    const big = fillGrid(grid, grown.length, (k) => grown[k]!, (root) => groupBoxes[root]!, size)
    const touching = (a: number, b: number): void => {
      if (find(a) !== find(b) && boxGap(groupBoxes[a]!, groupBoxes[b]!) === 0 && join(a, b)) joined = true
    }
    for (let cell = 0; cell < grid.cellCount; cell += 1) {
      for (let e = grid.firstEntry(cell); e >= 0; e = grid.nextEntry(e)) {
        for (let f = grid.nextEntry(e); f >= 0; f = grid.nextEntry(f)) touching(grid.valueOf(e), grid.valueOf(f))
      }
    }
    for (const i of big) for (const j of roots) if (i !== j) touching(i, j)
    for (const single of roots) {
      if (counts[single] !== 1) continue
      const cells = cellsOf(groupBoxes[single]!, size)
      if (cells === undefined) {
        for (const j of grown) touching(single, j)
        continue
      }
      const [x0, x1, y0, y1] = cells
      for (let x = x0; x <= x1; x += 1) {
        for (let y = y0; y <= y1; y += 1) {
          const cell = grid.cellAt(x, y)
          if (cell >= 0) for (let e = grid.firstEntry(cell); e >= 0; e = grid.nextEntry(e)) touching(single, grid.valueOf(e))
        }
      }
    }
  }
}
