import type { BoardSummary, SyncResult } from '../../src/messages'
import { boardContentsText } from '../../src/layout/board-contents-text'
import { syncCountsText } from '../../src/sync/sync-counts-text'
import type { PanelText } from '../i18n/panel-text'

/** "7 stages, 9 lanes, 101 stickies and 14 emotion points": what a drawn board holds, in the panel's language. */
export function formatCounts(contents: BoardSummary['contents'], { t, language }: PanelText): string {
  return boardContentsText(contents, t.journey, language)
}

/** What an update did, in the panel's language (see syncCountsText). */
export function formatSyncCounts(result: Pick<SyncResult, 'changeSet' | 'counts'>, { t, language }: PanelText): string {
  return syncCountsText(result, t, language)
}
