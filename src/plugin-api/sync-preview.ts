import { type Journey, ok, type Result } from '../model'
import type { ReadWarning } from '../reader'
import type { ChangeSet, Resolutions } from '../sync/change-set'
import { type PreparedSync, prepareSyncAsync } from './prepare-sync'

/** What syncing a board would do, before anything is done. */
export interface SyncPreview {
  boardId: string
  /** The change set, with any resolutions given already applied. */
  changeSet: ChangeSet
  /** The journey the board would show (unresolved conflicts keep the board's side). */
  journey: Journey
  warnings: ReadWarning[]
  /** The reading the review rests on, for the update that follows it (syncBoardAsync `reviewed`); never posted. */
  review: PreparedSync
}

/**
 * The change set for updating a board from new data, as syncBoardAsync would apply it: for showing
 * before the user picks resolutions. Reads the page; changes nothing.
 * @param board the board section's id or name; the first board drawn by Journeyboard when undefined
 */
export async function syncPreviewAsync(api: PluginAPI, board: string | undefined, newJourney: Journey, resolutions: Resolutions = {}, source?: string): Promise<Result<SyncPreview>> {
  const prepared = await prepareSyncAsync(api, board, newJourney, resolutions, source)
  if (!prepared.ok) return prepared
  const { state, merge } = prepared.value
  return ok({ boardId: state.boardId, changeSet: merge.changeSet, journey: merge.journey, warnings: state.warnings, review: prepared.value })
}
