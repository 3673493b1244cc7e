import type { BoardSummary, SyncResult } from '../../src/messages'

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

/** "4 nodes created, 57 kept, 2 removed": what an update did to the board's nodes. */
export function formatSyncCounts(counts: SyncResult['counts']): string {
  const parts = [
    `${counts.created} ${counts.created === 1 ? 'node' : 'nodes'} created`,
    `${counts.kept} kept`,
    `${counts.removed} removed`
  ]
  if (counts.moved > 0) parts.push(`${counts.moved} made by hand moved with their cells`)
  if (counts.adopted > 0) parts.push(`${counts.adopted} made by hand taken into the map`)
  return parts.join(', ')
}
