import { fail, type Journey, ok, type Result, validateJourney } from '../model'
import type { Resolutions } from '../sync/change-set'
import { type MergeResult, mergeJourneys } from '../sync/merge-journeys'
import { readSyncState, type SyncState } from '../sync/read-sync-state'
import type { LiveBoard } from './live-board'
import { readLiveBoardAsync } from './read-live-board'

export interface PreparedSync {
  /** The new journey, validated. */
  data: Journey
  /** The page as read, once: what the review shows and the update applies against. */
  live: LiveBoard
  state: SyncState
  merge: MergeResult
}

/**
 * What previewing and applying a sync share: the new journey validated, the page read, the board
 * found, and the three-way merge. Reads the page; changes nothing.
 * @param board the board section's id or name, or the id of a node on it; the first board drawn by Journeyboard when undefined
 * @param source where the new journey comes from; the merge's base is what that source said last
 */
export async function prepareSyncAsync(api: PluginAPI, board: string | undefined, newJourney: Journey, resolutions: Resolutions, source?: string): Promise<Result<PreparedSync>> {
  const data = validateJourney(newJourney)
  if (!data.ok) return fail(data.problems.map((p) => ({ ...p, path: p.path === '' ? 'journey' : `journey.${p.path}` })))
  const live = await readLiveBoardAsync(api, 'page')
  if (!live.ok) return live
  const state = readSyncState(live.value.snapshot, board, source)
  if (!state.ok) return state
  return ok({ data: data.value, live: live.value, state: state.value, merge: mergeWith(state.value, data.value, resolutions) })
}

/**
 * A review's reading merged again with the resolutions chosen since: what an update applies when
 * the review's reading is still good (the board is not read again).
 * @returns undefined when the review was of another board or other data
 */
export function reuseReview(review: PreparedSync, boardId: string, newJourney: Journey, resolutions: Resolutions): PreparedSync | undefined {
  if (review.state.boardId !== boardId || JSON.stringify(review.data) !== JSON.stringify(newJourney)) return undefined
  return { ...review, merge: mergeWith(review.state, review.data, resolutions) }
}

function mergeWith(state: SyncState, data: Journey, resolutions: Resolutions): MergeResult {
  return mergeJourneys(state.reading.journey, data, state.base, { attachedByHand: state.attachedByHand, sectionsByHand: state.sectionsByHand, marked: state.marked, resolutions })
}
