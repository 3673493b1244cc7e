import type { BoardSummary, SyncResult } from '../../src/messages'
import { listText } from '../../src/i18n'
import type { PanelText } from '../i18n/panel-text'

/** The kinds of node a drawn board counts, stickies first. */
const NOUNS: readonly (keyof BoardSummary['counts'])[] = ['stickies', 'sections', 'connectors', 'shapes', 'texts']

/** "63 stickies, 8 sections and 1 connector": the non-zero counts of a drawn board, stickies first. */
export function formatCounts(counts: BoardSummary['counts'], { t, count, language }: PanelText): string {
  const parts = NOUNS.filter((key) => counts[key] > 0).map((key) => count(t.counts[key], counts[key]))
  return parts.length === 0 ? t.counts.nothingDrawn : listText(language, parts)
}

/**
 * "117 changes from the data made and 2 edits on the board kept; 4 nodes added and 2 nodes removed": what
 * an update did, in the changes people reviewed first, then in what appeared and went on the board.
 */
export function formatSyncCounts({ changeSet, counts }: Pick<SyncResult, 'changeSet' | 'counts'>, text: PanelText): string {
  const { t, count, fill, language } = text
  const made = changeSet.changes.length
  const parts = [made === 0 ? t.counts.nothingToChange : count(t.counts.changesMade, made)]
  if (changeSet.boardEdits.length > 0) parts.push(count(t.counts.editsKept, changeSet.boardEdits.length))
  const nodes: string[] = []
  if (counts.created > 0) nodes.push(count(t.counts.nodesAdded, counts.created))
  if (counts.removed > 0) nodes.push(count(t.counts.nodesRemoved, counts.removed))
  if (counts.moved > 0) nodes.push(fill(t.counts.moved, { n: counts.moved }))
  if (counts.adopted > 0) nodes.push(fill(t.counts.adopted, { n: counts.adopted }))
  const done = listText(language, parts, 'clauses')
  return nodes.length === 0 ? done : fill(t.counts.madeThenNodes, { made: done, nodes: listText(language, nodes, 'clauses') })
}
