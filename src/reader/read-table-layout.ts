import type { Stage } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { stickyAnchor } from './board-geometry'
import { type CellItem, type HandMadeLayout, labelName, labelText } from './hand-made-layout'
import { IdAllocator, slugId } from './id-allocator'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

/** Cell edges closer than this (px) are one grid line: REST boxes carry rounding. */
const EDGE_TOLERANCE = 2

export interface TableGrid {
  table: SnapshotNode
  /** Row by row, left to right; a missing cell is undefined. */
  cells: (SnapshotNode | undefined)[][]
  rowEdges: number[]
  columnEdges: number[]
}

/** A table's cells as a grid, from their boxes (REST gives no row or column numbers). Undefined for a table without cells. */
export function tableGrid(index: SnapshotIndex, table: SnapshotNode): TableGrid | undefined {
  const cells = index.childrenOf(table).filter((n) => n.type === 'TABLE_CELL')
  if (cells.length === 0) return undefined
  const rowEdges = edges(cells.map((c) => c.box.y))
  const columnEdges = edges(cells.map((c) => c.box.x))
  const grid: (SnapshotNode | undefined)[][] = rowEdges.map(() => columnEdges.map(() => undefined))
  for (const cell of cells) {
    const r = nearestIndex(rowEdges, cell.box.y)
    const c = nearestIndex(columnEdges, cell.box.x)
    const row = grid[r]
    if (row !== undefined && row[c] === undefined) row[c] = cell
  }
  return { table, cells: grid, rowEdges, columnEdges }
}

/**
 * A FigJam table used as the map: the first row names the stages, the first column the lanes, and
 * each other cell holds one statement (an item). Stickies dropped over a cell are items of that cell
 * too. With several tables, the one with the most cells.
 */
export function readTableLayout(index: SnapshotIndex, log: WarningLog, tables: readonly SnapshotNode[]): HandMadeLayout | undefined {
  const grids = tables.flatMap((t) => tableGrid(index, t) ?? [])
  const size = (g: TableGrid): number => g.cells.length * (g.cells[0]?.length ?? 0)
  const grid = [...grids].sort((a, b) => size(b) - size(a))[0]
  if (grid === undefined || grid.cells.length < 2 || (grid.cells[0]?.length ?? 0) < 2) return undefined
  const used = new Set<string>([grid.table.id])
  for (const other of tables) {
    if (other.id === grid.table.id) continue
    used.add(other.id)
    log.notRead(other.id, 'second-table', { node: other })
  }

  const header = grid.cells[0] ?? []
  const ids = new IdAllocator()
  const stages: Stage[] = []
  const stageOfColumn = new Map<number, string>()
  header.forEach((cell, c) => {
    if (c === 0) return
    const name = cell === undefined || labelText(cell) === '' ? `Stage ${c}` : labelName(cell)
    const id = ids.allocate(slugId(name, `stage-${c}`))
    stages.push({ id, name, description: '' })
    stageOfColumn.set(c, id)
  })

  const laneLabels: HandMadeLayout['laneLabels'] = []
  const laneOfRow = new Map<number, number>()
  const cellItems: CellItem[] = []
  grid.cells.forEach((row, r) => {
    if (r === 0) return
    const label = row[0]
    laneOfRow.set(r, laneLabels.length)
    // A row without a label cell still holds a lane: it is named after its position.
    laneLabels.push({ node: label ?? grid.table, name: label === undefined || labelText(label) === '' ? `Lane ${r}` : labelName(label) })
    row.forEach((cell, c) => {
      if (c === 0 || cell === undefined || labelText(cell) === '') return
      const stageId = stageOfColumn.get(c)
      if (stageId !== undefined) cellItems.push({ node: cell, table: grid.table, row: r, column: c, stageId, laneIndex: laneOfRow.get(r) ?? 0 })
    })
  })

  const box = grid.table.box
  const within = (edgesOf: readonly number[], end: number, at: number): number | undefined => {
    if (at < (edgesOf[0] ?? 0) || at > end) return undefined
    let found = 0
    edgesOf.forEach((edge, i) => {
      if (at >= edge) found = i
    })
    return found
  }
  const cellAt = (node: SnapshotNode): { r: number; c: number } | undefined => {
    const at = stickyAnchor(node)
    const r = within(grid.rowEdges, box.y + box.height, at.y)
    const c = within(grid.columnEdges, box.x + box.width, at.x)
    return r === undefined || c === undefined || r === 0 || c === 0 ? undefined : { r, c }
  }
  return {
    kind: 'table',
    stages,
    laneLabels,
    used,
    area: box,
    cellItems,
    outside: 'outside-table',
    stageHolding: () => undefined,
    stageOf(node) {
      const cell = cellAt(node)
      const stageId = cell === undefined ? undefined : stageOfColumn.get(cell.c)
      return stageId === undefined ? undefined : { value: stageId, by: 'table-cell', confidence: 1 }
    },
    laneOf(node) {
      const cell = cellAt(node)
      const lane = cell === undefined ? undefined : laneOfRow.get(cell.r)
      return lane === undefined ? undefined : { value: lane, by: 'table-cell', confidence: 1 }
    }
  }
}

/** The distinct values, sorted, counting values within EDGE_TOLERANCE as one. */
function edges(values: readonly number[]): number[] {
  const sorted = [...values].sort((a, b) => a - b)
  const out: number[] = []
  for (const v of sorted) {
    const last = out[out.length - 1]
    if (last === undefined || v - last > EDGE_TOLERANCE) out.push(v)
  }
  return out
}

function nearestIndex(values: readonly number[], at: number): number {
  let best = 0
  values.forEach((v, i) => {
    if (Math.abs(v - at) < Math.abs((values[best] ?? 0) - at)) best = i
  })
  return best
}
