import * as z from 'zod/mini'

import type { BoardGrid } from './board-plan'
import { cellKey } from './cell-key'
import type { CellRoom } from './pack-cell'
import type { LinkRoom } from './widen-for-links'

const room = z.number().check(z.gte(0))
const CellRoomSchema = z.object({ columns: z.optional(z.array(room)), rows: z.optional(z.array(room)), drops: z.optional(z.array(room)) })

/**
 * Room for links as a board stores it: by stage id (before its column), lane id (before its row),
 * below the last row, and by cellKey inside cells; zeros left out. Ids, not places, so the room
 * stays with its column, row or cell when the data adds, removes or reorders stages and lanes.
 */
export const StoredLinkRoomSchema = z.object({
  columns: z.optional(z.record(z.string(), room)),
  rows: z.optional(z.record(z.string(), room)),
  below: z.optional(room),
  cells: z.optional(z.record(z.string(), CellRoomSchema))
})
export type StoredLinkRoom = z.infer<typeof StoredLinkRoomSchema>

/** The room of a board laid out on `grid`, by ids, zeros left out. */
export function linkRoomByIds(linkRoom: LinkRoom, grid: BoardGrid): StoredLinkRoom {
  const byId = (ids: readonly string[], sizes: readonly (number | undefined)[]): Record<string, number> | undefined => {
    const entries = ids.flatMap((id, index) => ((sizes[index] ?? 0) > 0 ? [[id, sizes[index] as number] as const] : []))
    return entries.length === 0 ? undefined : Object.fromEntries(entries)
  }
  const columns = byId(
    grid.columns.map((column) => column.stageId),
    linkRoom.columns
  )
  const rows = byId(
    grid.rows.map((row) => row.laneId),
    linkRoom.rows
  )
  const below = linkRoom.rows[grid.rows.length] ?? 0
  const cells = [...linkRoom.cells].flatMap(([key, cell]) => {
    const kept = Object.entries({ columns: dense(cell.columns), rows: dense(cell.rows), drops: dense(cell.drops) }).filter(([, sizes]) => sizes.some((size) => size > 0))
    return kept.length === 0 ? [] : [[key, Object.fromEntries(kept)] as const]
  })
  return {
    ...(columns === undefined ? {} : { columns }),
    ...(rows === undefined ? {} : { rows }),
    ...(below > 0 ? { below } : {}),
    ...(cells.length === 0 ? {} : { cells: Object.fromEntries(cells.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) })
  }
}

/** Stored room placed on the columns and rows of `grid`; room for stages, lanes and cells no longer there is dropped. */
export function linkRoomOnGrid(stored: StoredLinkRoom, grid: BoardGrid): LinkRoom {
  const onGrid = new Set(grid.columns.flatMap((column) => grid.rows.map((row) => cellKey(column.stageId, row.laneId))))
  const cells = new Map<string, CellRoom>()
  for (const [key, cell] of Object.entries(stored.cells ?? {})) {
    if (onGrid.has(key)) cells.set(key, { columns: cell.columns ?? [], rows: cell.rows ?? [], drops: cell.drops ?? [] })
  }
  return {
    columns: grid.columns.map((column) => stored.columns?.[column.stageId] ?? 0),
    rows: [...grid.rows.map((row) => stored.rows?.[row.laneId] ?? 0), stored.below ?? 0],
    cells
  }
}

/** Whether stored room adds nothing anywhere. */
export function isNoStoredLinkRoom(stored: StoredLinkRoom): boolean {
  return stored.columns === undefined && stored.rows === undefined && stored.below === undefined && stored.cells === undefined
}

/** Two rooms added up, gap by gap. */
export function addLinkRooms(a: LinkRoom, b: LinkRoom): LinkRoom {
  const cells = new Map(a.cells)
  for (const [key, cell] of b.cells) {
    const before = cells.get(key)
    cells.set(key, before === undefined ? cell : { columns: sum(before.columns, cell.columns), rows: sum(before.rows, cell.rows), drops: sum(before.drops, cell.drops) })
  }
  return { columns: sum(a.columns, b.columns), rows: sum(a.rows, b.rows), cells }
}

function sum(a: readonly number[], b: readonly number[]): number[] {
  return Array.from({ length: Math.max(a.length, b.length) }, (_, index) => (a[index] ?? 0) + (b[index] ?? 0))
}

/** Room with the holes a sparse array leaves (gaps no link asked for) as zeros. */
function dense(sizes: readonly number[]): number[] {
  return Array.from(sizes, (size) => size ?? 0)
}
