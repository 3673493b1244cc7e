import type { BoardSummary, SyncResult } from '../../src/messages'
import { listText } from '../../src/i18n'
import { syncCountsText } from '../../src/sync/sync-counts-text'
import type { PanelText } from '../i18n/panel-text'

/** The kinds of node a drawn board counts, stickies first. */
const NOUNS: readonly (keyof BoardSummary['counts'])[] = ['stickies', 'sections', 'connectors', 'shapes', 'texts']

/** "63 stickies, 8 sections and 1 connector": the non-zero counts of a drawn board, stickies first. */
export function formatCounts(counts: BoardSummary['counts'], { t, count, language }: PanelText): string {
  const parts = NOUNS.filter((key) => counts[key] > 0).map((key) => count(t.counts[key], counts[key]))
  return parts.length === 0 ? t.counts.nothingDrawn : listText(language, parts)
}

/** What an update did, in the panel's language (see syncCountsText). */
export function formatSyncCounts(result: Pick<SyncResult, 'changeSet' | 'counts'>, { t, language }: PanelText): string {
  return syncCountsText(result, t.counts, language)
}
