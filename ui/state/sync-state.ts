import type { FileEnvelope, ParsedMainToUi, SyncResult } from '../../src/messages'
import type { Journey, Problem } from '../../src/model'
import type { ReadWarning } from '../../src/reader/board-reading'
import type { ChangeSet, Resolution, Resolutions } from '../../src/sync/change-set'

/** A change set on screen, with the choices made so far. */
export interface SyncReview {
  boardId: string
  boardName: string
  journey: Journey
  /** Where the journey comes from (see the `source` of the sync messages). */
  source?: string | undefined
  /** The file envelope the journey came in, for the board to keep (see the `envelope` of the sync messages). */
  envelope?: FileEnvelope | undefined
  changeSet: ChangeSet
  warnings: ReadWarning[]
  /** By conflict id, and by kept-removal id (`data` removes it after all). */
  resolutions: Resolutions
}

/**
 * Where updating a board stands: compare (the sandbox reads the board and diffs), review (the user
 * settles conflicts), apply, result. A failure keeps the review it came from, so going back loses
 * no choice.
 */
export type SyncState =
  | { status: 'idle' }
  | { status: 'comparing'; requestId: string; journey: Journey; source?: string | undefined; envelope?: FileEnvelope | undefined; resolutions: Resolutions }
  | { status: 'review'; review: SyncReview }
  | { status: 'applying'; requestId: string; review: SyncReview; done: number; total: number }
  | { status: 'done'; boardName: string; result: SyncResult }
  | { status: 'failed'; message: string; problem?: Problem | undefined; problems: Problem[]; review: SyncReview | undefined }

export type SyncAction =
  /** `resolutions`: choices from an earlier review of the same board, kept where they still apply. */
  | { type: 'compare'; requestId: string; journey: Journey; source?: string | undefined; envelope?: FileEnvelope | undefined; resolutions?: Resolutions }
  | { type: 'resolve'; id: string; resolution: Resolution | undefined }
  | { type: 'resolve-all'; resolution: Resolution }
  | { type: 'apply'; requestId: string }
  | { type: 'back' }
  | { type: 'close' }
  | { type: 'message'; message: ParsedMainToUi }

export function syncStateReducer(state: SyncState, action: SyncAction): SyncState {
  switch (action.type) {
    case 'compare':
      return { status: 'comparing', requestId: action.requestId, journey: action.journey, source: action.source, envelope: action.envelope, resolutions: action.resolutions ?? {} }
    case 'resolve': {
      if (state.status !== 'review') return state
      const resolutions = { ...state.review.resolutions }
      if (action.resolution === undefined) delete resolutions[action.id]
      else resolutions[action.id] = action.resolution
      return { status: 'review', review: { ...state.review, resolutions } }
    }
    case 'resolve-all': {
      if (state.status !== 'review') return state
      const resolutions = { ...state.review.resolutions }
      for (const conflict of state.review.changeSet.conflicts) {
        if (conflict.choices.includes(action.resolution)) resolutions[conflict.id] = action.resolution
      }
      return { status: 'review', review: { ...state.review, resolutions } }
    }
    case 'apply':
      if (state.status !== 'review' || openConflicts(state.review).length > 0) return state
      return { status: 'applying', requestId: action.requestId, review: state.review, done: 0, total: 0 }
    case 'back':
      return state.status === 'failed' && state.review !== undefined ? { status: 'review', review: state.review } : state
    case 'close':
      // Comparing only reads, so it may be left (its late answer is then ignored); writing may not.
      return state.status === 'applying' ? state : { status: 'idle' }
    case 'message':
      return onMessage(state, action.message)
  }
}

function onMessage(state: SyncState, message: ParsedMainToUi): SyncState {
  if (!('requestId' in message)) return state
  if (state.status === 'comparing' && message.requestId === state.requestId) {
    if (message.type === 'sync-preview-result') {
      const { boardId, boardName, changeSet, warnings } = message
      // The answer does not repeat the journey: the one sent is the one applied.
      return { status: 'review', review: { boardId, boardName, journey: state.journey, source: state.source, envelope: state.envelope, changeSet, warnings, resolutions: stillValid(state.resolutions, changeSet) } }
    }
    if (message.type === 'error') return { status: 'failed', message: message.message, problem: message.problem, problems: message.problems, review: undefined }
  }
  if (state.status === 'applying' && message.requestId === state.requestId) {
    if (message.type === 'progress') return { ...state, done: message.done, total: message.total }
    if (message.type === 'synced') return { status: 'done', boardName: state.review.boardName, result: message.summary }
    if (message.type === 'error') return { status: 'failed', message: message.message, problem: message.problem, problems: message.problems, review: state.review }
  }
  return state
}

/** The choices that still mean something in a new change set: same id, a choice it offers. */
function stillValid(resolutions: Resolutions, changeSet: ChangeSet): Resolutions {
  const offered = new Map<string, readonly Resolution[]>([
    ...changeSet.conflicts.map((conflict) => [conflict.id, conflict.choices] as const),
    ...changeSet.keptRemovals.map((kept) => [kept.id, ['data'] as const] as const)
  ])
  return Object.fromEntries(Object.entries(resolutions).filter(([id, choice]) => offered.get(id)?.includes(choice) === true))
}

/** The review an update stands on: the one being settled or applied, or the one a failure came from. */
export function syncReviewOf(state: SyncState): SyncReview | undefined {
  return state.status === 'review' || state.status === 'applying' || state.status === 'failed' ? state.review : undefined
}

/** Conflicts still waiting for a choice: the update cannot go ahead while there are any. */
export function openConflicts(review: SyncReview): string[] {
  return review.changeSet.conflicts.filter((conflict) => review.resolutions[conflict.id] === undefined).map((conflict) => conflict.id)
}

/** True when applying would change nothing on the board. */
export function nothingToChange(changeSet: ChangeSet): boolean {
  return changeSet.changes.length === 0 && changeSet.conflicts.length === 0 && changeSet.keptRemovals.length === 0
}
