import { type Catalogue, countText, fillText, type Language, listText } from '../i18n'

/** What an update did, as its summary counts it. */
export interface SyncCounts {
  changeSet: { changes: readonly unknown[]; boardEdits: readonly unknown[] }
  counts: { created: number; removed: number; moved: number; adopted: number }
}

/**
 * "117 changes from the data made and 2 edits on the board kept; 4 nodes added and 2 nodes
 * removed": what an update did, in the changes people reviewed first (a text rewritten in place
 * adds and removes no node), then what appeared and went on the board, only what there was. The
 * panel says it in its language, the command line in English.
 */
export function syncCountsText({ changeSet, counts }: SyncCounts, words: Catalogue['panel']['counts'], language: Language): string {
  const made = changeSet.changes.length
  const parts = [made === 0 ? words.nothingToChange : countText(language, words.changesMade, made)]
  if (changeSet.boardEdits.length > 0) parts.push(countText(language, words.editsKept, changeSet.boardEdits.length))
  const nodes: string[] = []
  if (counts.created > 0) nodes.push(countText(language, words.nodesAdded, counts.created))
  if (counts.removed > 0) nodes.push(countText(language, words.nodesRemoved, counts.removed))
  if (counts.moved > 0) nodes.push(countText(language, words.moved, counts.moved))
  if (counts.adopted > 0) nodes.push(countText(language, words.adopted, counts.adopted))
  const done = listText(language, parts, 'clauses')
  return nodes.length === 0 ? done : fillText(words.madeThenNodes, { made: done, nodes: listText(language, nodes, 'clauses') })
}
