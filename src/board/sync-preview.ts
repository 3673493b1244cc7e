import { fail, type Journey, ok, type Result, validateJourney } from '../model'
import type { ReadWarning } from '../reader'
import type { ChangeSet, Resolutions } from '../sync/change-set'
import { mergeJourneys } from '../sync/merge-journeys'
import { readSyncState } from '../sync/read-sync-state'
import { snapshotBoardAsync } from './snapshot-board'

/** What syncing a board would do, before anything is done. */
export interface SyncPreview {
  boardId: string
  /** The change set, with any resolutions given already applied. */
  changeSet: ChangeSet
  /** The journey the board would show (unresolved conflicts keep the board's side). */
  journey: Journey
  warnings: ReadWarning[]
}

/**
 * The change set for updating a board from new data, as syncBoardAsync would apply it: for showing
 * before the user picks resolutions. Reads the page; changes nothing.
 * @param board the board section's id or name; the first board drawn by Journeyboard when undefined
 */
export async function syncPreviewAsync(api: PluginAPI, board: string | undefined, newJourney: Journey, resolutions: Resolutions = {}): Promise<Result<SyncPreview>> {
  const data = validateJourney(newJourney)
  if (!data.ok) return fail(data.problems.map((p) => ({ path: p.path === '' ? 'journey' : `journey.${p.path}`, message: p.message })))
  const snapshot = await snapshotBoardAsync(api, 'page')
  if (!snapshot.ok) return snapshot
  const state = readSyncState(snapshot.value, board)
  if (!state.ok) return state
  const merge = mergeJourneys(state.value.reading.journey, data.value, state.value.base, {
    attachedByHand: state.value.attachedByHand,
    marked: state.value.marked,
    resolutions
  })
  return ok({ boardId: state.value.boardId, changeSet: merge.changeSet, journey: merge.journey, warnings: state.value.warnings })
}
