/**
 * A cell's stickies as a grid, row by row in input order: sticky i is in sticky column i % columns
 * and sticky row i / columns (rounded down). The grid, not a point for every sticky: a big board
 * packs thousands of stickies, and their points lived from the first cell measured to the last
 * placed (see stickyOffsetX and stickyOffsetY).
 */
export interface PackedCell {
  width: number
  height: number
  /** How many stickies a row holds. */
  columns: number
  /** Left of each sticky column, relative to the cell's left. */
  columnX: number[]
  /** Top of each sticky row, relative to the cell's top, before a column's drop. */
  rowY: number[]
  /** How much lower each sticky column starts than the first (CellRoom.drops). */
  drops: readonly number[]
}

/** The left of sticky `index`, relative to the cell's left. */
export function stickyOffsetX(cell: PackedCell, index: number): number {
  return cell.columnX[index % cell.columns] ?? 0
}

/** The top of sticky `index`, relative to the cell's top. */
export function stickyOffsetY(cell: PackedCell, index: number): number {
  return (cell.rowY[Math.floor(index / cell.columns)] ?? 0) + (cell.drops[index % cell.columns] ?? 0)
}

/** Room added inside a cell for links. */
export interface CellRoom {
  /** Before each of its sticky columns (before the first: from the cell's left edge). */
  columns: readonly number[]
  /** Before each of its sticky rows (before the first: from the cell's top). */
  rows: readonly number[]
  /** How much lower each sticky column starts than the first, so two stickies side by side are not level. */
  drops: readonly number[]
}

const NO_ROOM: CellRoom = { columns: [], rows: [], drops: [] }

/**
 * Places a cell's stickies in a grid, row by row in their journey order: about as many columns as
 * rows (at most `maxColumns`), each column as wide as its widest sticky, each row as tall as its
 * tallest, with `gap` between, and `room` more where links need it. Nothing overlaps, whatever the
 * mix of square, wide and grown stickies.
 */
export function packCell(sizes: readonly { width: number; height: number }[], maxColumns: number, gap: number, room: CellRoom = NO_ROOM): PackedCell {
  if (sizes.length === 0) return { width: 0, height: 0, columns: 1, columnX: [], rowY: [], drops: NO_ROOM.drops }
  const columns = Math.max(1, Math.min(maxColumns, Math.ceil(Math.sqrt(sizes.length))))
  const rows = Math.ceil(sizes.length / columns)
  const columnWidths = new Array<number>(columns).fill(0)
  const rowHeights = new Array<number>(rows).fill(0)
  // Loops rather than callbacks: callbacks made afresh on every call lose their optimised code at
  // each full collection (see keepShape), and a board packs thousands of cells.
  for (let index = 0; index < sizes.length; index++) {
    const size = sizes[index] as { width: number; height: number }
    const column = index % columns
    const row = Math.floor(index / columns)
    columnWidths[column] = Math.max(columnWidths[column] ?? 0, size.width)
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, size.height)
  }
  const columnX = offsetsOf(columnWidths, gap, room.columns)
  const rowY = offsetsOf(rowHeights, gap, room.rows)
  let deepest = 0
  for (let column = 0; column < columnWidths.length; column++) deepest = Math.max(deepest, room.drops[column] ?? 0)
  return { width: total(columnWidths, gap, room.columns), height: total(rowHeights, gap, room.rows) + deepest, columns, columnX, rowY, drops: room.drops }
}

function offsetsOf(lengths: readonly number[], gap: number, room: readonly number[]): number[] {
  const offsets: number[] = []
  let at = 0
  for (let index = 0; index < lengths.length; index++) {
    at += room[index] ?? 0
    offsets.push(at)
    at += (lengths[index] as number) + gap
  }
  return offsets
}

function total(lengths: readonly number[], gap: number, room: readonly number[]): number {
  let added = 0
  for (let index = 0; index < lengths.length; index++) added += room[index] ?? 0
  let sum = 0
  for (const length of lengths) sum += length
  return sum + gap * Math.max(0, lengths.length - 1) + added
}
