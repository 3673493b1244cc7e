import type * as z from 'zod/mini'

import type { ItemSchema } from '../model'

/** An item as a template writes it, before the schema fills in defaults. */
export type ItemInput = z.input<typeof ItemSchema>

/** A sticky with more than text: a score, a flag, a channel, an owner (written like the text)... */
export type CellEntry<T> = Omit<ItemInput, 'id' | 'stageId' | 'laneId' | 'text' | 'owner'> & { text: T; owner?: T }

/** Either just the text of a sticky or the text with its extra fields. */
export type Cell<T> = T | CellEntry<T>

/** An item whose text and owner may still be waiting for a locale to be picked. */
export type TemplateItem<T> = Omit<ItemInput, 'text' | 'owner'> & { text: T; owner?: T }

function isEntry<T>(cell: Cell<T>): cell is CellEntry<T> {
  return typeof cell === 'object' && cell !== null && 'text' in cell
}

/**
 * Builds one stage's items lane by lane, so a template reads like the board it draws.
 * Ids are `<stage>-<stem>-<n>` (`plan-thought-1`): readable, and stable as long as new stickies
 * are appended to a cell rather than inserted before existing ones.
 */
export function stageItems<T, L extends string>(
  stageId: string,
  stems: Readonly<Record<L, string>>,
  cells: Partial<Record<L, readonly Cell<T>[]>>
): TemplateItem<T>[] {
  const items: TemplateItem<T>[] = []
  for (const laneId of Object.keys(stems) as L[]) {
    const cellList = cells[laneId] ?? []
    cellList.forEach((cell, index) => {
      const id = `${stageId}-${stems[laneId]}-${index + 1}`
      items.push(isEntry(cell) ? { ...cell, id, stageId, laneId } : { id, stageId, laneId, text: cell })
    })
  }
  return items
}
