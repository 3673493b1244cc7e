import type { BoardSummary, SyncResult } from '../../src/messages'
import { plural } from './describe-journey'

const NOUNS: Readonly<Record<keyof BoardSummary['counts'], [string, string]>> = {
  stickies: ['sticky', 'stickies'],
  sections: ['section', 'sections'],
  connectors: ['connector', 'connectors'],
  shapes: ['shape', 'shapes'],
  texts: ['text', 'texts']
}

/** "63 stickies, 8 sections, 1 connector": the non-zero counts of a drawn board, stickies first. */
export function formatCounts(counts: BoardSummary['counts']): string {
  const parts = (Object.keys(NOUNS) as (keyof typeof NOUNS)[])
    .filter((key) => counts[key] > 0)
    .map((key) => `${counts[key]} ${NOUNS[key][counts[key] === 1 ? 0 : 1]}`)
  return parts.length === 0 ? 'nothing was drawn' : parts.join(', ')
}

/**
 * "117 changes from the data made, 2 edits on the board kept; 4 stickies added, 2 removed": what
 * an update did, in the changes people reviewed first, then in what appeared and went on the board.
 */
export function formatSyncCounts({ changeSet, counts }: Pick<SyncResult, 'changeSet' | 'counts'>): string {
  const made = changeSet.changes.length
  const parts = [made === 0 ? 'nothing from the data to change' : `${plural(made, 'change')} from the data made`]
  if (changeSet.boardEdits.length > 0) parts.push(`${plural(changeSet.boardEdits.length, 'edit')} on the board kept`)
  const nodes: string[] = []
  if (counts.created > 0) nodes.push(`${plural(counts.created, 'node')} added`)
  if (counts.removed > 0) nodes.push(`${plural(counts.removed, 'node')} removed`)
  if (counts.moved > 0) nodes.push(`${counts.moved} made by hand moved with their cells`)
  if (counts.adopted > 0) nodes.push(`${counts.adopted} made by hand taken into the map`)
  return nodes.length === 0 ? parts.join(', ') : `${parts.join(', ')}; ${nodes.join(', ')}`
}
