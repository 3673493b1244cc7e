import type { Point } from './board-plan'

export interface PackedCell {
  width: number
  height: number
  /** Top-left of each sticky, relative to the cell's top-left, in input order. */
  offsets: Point[]
}

/**
 * Places a cell's stickies in a grid, row by row in their journey order: about as many columns as
 * rows (at most `maxColumns`), each column as wide as its widest sticky, each row as tall as its
 * tallest, with `gap` between. Nothing overlaps, whatever the mix of square, wide and grown stickies.
 */
export function packCell(sizes: readonly { width: number; height: number }[], maxColumns: number, gap: number): PackedCell {
  if (sizes.length === 0) return { width: 0, height: 0, offsets: [] }
  const columns = Math.max(1, Math.min(maxColumns, Math.ceil(Math.sqrt(sizes.length))))
  const rows = Math.ceil(sizes.length / columns)
  const columnWidths = new Array<number>(columns).fill(0)
  const rowHeights = new Array<number>(rows).fill(0)
  sizes.forEach((size, index) => {
    const column = index % columns
    const row = Math.floor(index / columns)
    columnWidths[column] = Math.max(columnWidths[column] ?? 0, size.width)
    rowHeights[row] = Math.max(rowHeights[row] ?? 0, size.height)
  })
  const columnX = offsetsOf(columnWidths, gap)
  const rowY = offsetsOf(rowHeights, gap)
  const offsets = sizes.map((_, index) => ({
    x: columnX[index % columns] ?? 0,
    y: rowY[Math.floor(index / columns)] ?? 0
  }))
  return { width: total(columnWidths, gap), height: total(rowHeights, gap), offsets }
}

function offsetsOf(lengths: readonly number[], gap: number): number[] {
  const offsets: number[] = []
  let at = 0
  for (const length of lengths) {
    offsets.push(at)
    at += length + gap
  }
  return offsets
}

function total(lengths: readonly number[], gap: number): number {
  return lengths.reduce((sum, length) => sum + length, 0) + gap * Math.max(0, lengths.length - 1)
}
