import { type BoardContents, boardContents } from '../layout/board-contents'
import type { LayoutOptions } from '../layout/layout-journey'
import { fail, type Journey, type JourneyEnvelope, ok, type Problem, problem, type Result } from '../model'
import type { ReadWarning } from '../reader'
import { IdTable } from '../reader/id-table'
import { decodeBoardTag } from '../plugin-data/board-tags'
import { LAYOUT_VERSION } from '../layout/layout-metrics'
import type { ChangeSet, Resolutions } from '../sync/change-set'
import { CONFLICT_PROBLEM_CODES, conflictProblems } from '../sync/conflict-problems'
import { bindBoardSync, type BoardSyncPlan, currentArrangement, layoutBoardSync } from '../sync/plan-board-sync'
import type { SyncState } from '../sync/read-sync-state'
import { type ApplyFailure, type ApplyProgressOptions, applyPlanAsync } from './apply-plan'
import type { ChangedSinceReading } from './check-unchanged'
import { FontLoader } from './font-loader'
import { heightsOnBoard, textHeightsToStore } from './heights-on-board'
import { measuredLayoutAsync } from './layout-from-real-sizes'
import type { LiveBoard, LiveNode } from './live-board'
import { MeasuredNodes, MeasureFontsError } from './measured-nodes'
import { type PreparedSync, prepareSyncAsync, reuseReview } from './prepare-sync'
import { BoardSyncError } from './sync-board-error'

export interface SyncBoardOptions extends ApplyProgressOptions {
  layout?: LayoutOptions
  /**
   * The review this update follows (syncPreviewAsync's `review`): its reading is used instead of
   * reading the board again, and only what the update changes is checked against the board first.
   */
  reviewed?: PreparedSync
  /** Where the new journey comes from (`template:car-rental:en`, `import`...); see BoardStore.sourceBases. */
  source?: string
  /** The file envelope the new journey came in; without one, the board keeps the envelope it stores. */
  envelope?: JourneyEnvelope
  /** False when the caller commits the undo step itself (the self-check: all it does is one step); default true. */
  commitUndo?: boolean
}

export interface SyncCounts {
  /** Nodes drawn anew (everything, legend swatches and score badges too). */
  created: number
  /** Kept nodes (same id) brought in line with the new layout, changed or not. */
  kept: number
  removed: number
  /** Nodes people made that moved with their cell or sticky. */
  moved: number
  /** Stickies, connectors and sections people made that the map took in as items, links and stages (among `kept`). */
  adopted: number
  /** What the nodes created and removed stood for, in the terms people map in (the rest are no one's count). */
  contentsAdded: BoardContents
  contentsRemoved: BoardContents
}

/** What a sync did; plain data, so it can be posted to the panel as it is. */
export interface SyncSummary {
  boardId: string
  /** What changed, with the resolutions applied. */
  changeSet: ChangeSet
  /** The journey the board shows now (stored on it). */
  journey: Journey
  counts: SyncCounts
  /** Nodes the sync meant to remove but could not (already gone, for one): remove them by hand. */
  notRemoved: { nodeId: string; message: string }[]
  warnings: ReadWarning[]
}

/** Whether a problem from syncBoardAsync says the board changed between the review and the update. */
export function isChangedSinceReviewProblem(found: Problem): boolean {
  return found.code === 'changed-since-review'
}

/** Whether a problem from syncBoardAsync is a conflict that has no resolution. */
export function isUnresolvedConflictProblem(found: Problem): boolean {
  return found.code !== undefined && CONFLICT_PROBLEM_CODES.has(found.code)
}

/**
 * Updates a board the plugin drew from changed data without losing anyone's work. It reads the
 * board back (people's edits included), merges it three ways with the new data (change-set.ts),
 * and applies only that: the layout of the merged journey is recomputed so columns and rows reflow
 * and nothing overlaps, and every node on the board keeps its id (so connectors, stamps and
 * comments stay attached) and is moved, resized and rewritten to the new plan. New items get new
 * stickies; only what the merge removes is removed. Stickies and connectors people made by hand
 * stay, in their cells, and become part of the map (tagged as the items and links they read as).
 * The stored journey and the base for the next sync are updated on the board section.
 *
 * Shows nothing itself. The update is one undo step (commitUndo once, at the end; none when it
 * changed nothing, and then it loads no font either). If anything fails
 * before the removals, every change is undone in reverse and a BoardSyncError says so; removals
 * come last because a removed node cannot be brought back with its id, and one that fails there is
 * reported in `notRemoved`.
 *
 * @param resolutions a choice for every conflict (see ResolutionSchema), by conflict id
 * @returns what changed, or the problems: no board, an invalid journey, conflicts without a resolution
 *   (one problem per field each, path = conflict id, with the board's and the data's values; see conflictProblems)
 */
export async function syncBoardAsync(
  api: PluginAPI,
  boardId: string,
  newJourney: Journey,
  resolutions: Resolutions = {},
  options: SyncBoardOptions = {}
): Promise<Result<SyncSummary>> {
  // A review of a board deleted since is no review: reading the page says the board is gone.
  const reviewedBoard = options.reviewed?.live.nodes.get(boardId)?.handle
  const reused = options.reviewed === undefined || reviewedBoard === undefined || reviewedBoard.removed ? undefined : reuseReview(options.reviewed, boardId, newJourney, resolutions)
  const prepared = reused === undefined ? await prepareSyncAsync(api, boardId, newJourney, resolutions, options.source) : ok(reused)
  if (!prepared.ok) return prepared
  const { data, live, state, merge } = prepared.value
  const open = merge.changeSet.conflicts.filter((conflict) => conflict.resolution === undefined)
  if (open.length > 0) return fail(open.flatMap((conflict) => conflictProblems(conflict, merge.changeSet.names)))

  const drawnBy = drawnByLayout(live, state.boardId)
  // FigJam's two passes: the texts are measured in FigJam and the layout placed from those sizes.
  const measured = new MeasuredNodes(api, new FontLoader(api))
  let plan: BoardSyncPlan
  let textHeights: Readonly<Record<string, number>>
  const storedHeights = state.textHeights
  try {
    // Each measuring pass lays the board out again; what the last one laid out is bound to the nodes once.
    const current = currentArrangement(state)
    const measuredLayout = await measuredLayoutAsync((measure) => layoutBoardSync(state, merge, current, { ...options.layout, measure }), measured, {
      ...options,
      already: heightsOnBoard(state, drawnBy === LAYOUT_VERSION, storedHeights)
    })
    plan = bindBoardSync(state, merge, data, current, measuredLayout.layout, options.source)
    textHeights = textHeightsToStore(storedHeights, measuredLayout.textHeights)
  } catch (error) {
    // Measuring only added nodes: removing them puts the board back as it was.
    measured.removeAll()
    if (error instanceof MeasureFontsError) {
      throw new BoardSyncError(problem('board', 'sync-fonts-failed', { fonts: error.fonts, error: error.message }), { restored: true, cause: error.cause })
    }
    throw new BoardSyncError(problem('board', 'sync-measure-failed', { error: error instanceof Error ? error.message : String(error) }), { restored: true, cause: error })
  }
  const { layout: _layout, reviewed: _reviewed, source: _source, envelope, ...progress } = options
  let applied: Awaited<ReturnType<typeof applyBoardSyncAsync>>
  try {
    applied = await applyBoardSyncAsync(api, plan, live, state.index, { ...progress, verify: reused !== undefined, drawnBy }, measured, textHeights, envelope ?? state.envelope)
  } catch (error) {
    measured.removeAll()
    if (error instanceof ChangedSinceReview) return fail([problem('board', 'changed-since-review', { change: error.changed.change, node: error.changed.node })])
    throw error
  }
  return ok({
    boardId: plan.boardId,
    changeSet: merge.changeSet,
    journey: merge.journey,
    counts: applied.counts,
    notRemoved: applied.notRemoved,
    warnings: [...state.warnings, ...plan.warnings]
  })
}

/** Carries a sync plan out through the engine, against the nodes as the one reading found them. */
async function applyBoardSyncAsync(
  api: PluginAPI,
  plan: BoardSyncPlan,
  live: LiveBoard,
  index: SyncState['index'],
  options: ApplyProgressOptions & { verify: boolean; commitUndo?: boolean; drawnBy: number | undefined },
  measured: MeasuredNodes,
  textHeights: Readonly<Record<string, number>>,
  envelope: JourneyEnvelope
): Promise<{ counts: SyncCounts; notRemoved: SyncSummary['notRemoved'] }> {
  const liveNode = (id: string): LiveNode => {
    const node = live.nodes.get(id)
    if (node === undefined) throw new BoardSyncError(problem('board', 'sync-node-left', { node: id }), { restored: true, cause: undefined })
    return node
  }
  // Spread over Maps of a few thousand keys (see IdTable): a big board binds thousands of nodes.
  const existing = Object.entries(plan.existing)
  const bound = new IdTable<LiveNode>(existing.length)
  for (const [key, id] of existing) bound.set(key, liveNode(id))
  const result = await applyPlanAsync(
    api,
    plan.plan,
    {
      bound,
      reading: live.nodes,
      index,
      adopted: new Set(plan.adopted),
      ...(options.drawnBy === undefined ? {} : { drawnBy: options.drawnBy }),
      keepFill: new Set(plan.keepFill),
      links: plan.links,
      moved: plan.moved.map((move) => ({ node: liveNode(move.nodeId), parent: move.parent, x: move.x, y: move.y })),
      removed: plan.removed.flatMap(({ nodeId }) => {
        const node = live.nodes.get(nodeId)
        return node === undefined ? [] : [node]
      }),
      verify: options.verify
    },
    {
      journey: plan.stored.journey,
      sourceBases: plan.stored.sourceBases,
      textHeights,
      envelope,
      linkRoom: plan.stored.linkRoom,
      ...(plan.stored.dataBase === undefined ? {} : { dataBase: plan.stored.dataBase })
    },
    { ...options, fail: syncFailure, measured }
  )
  measured.removeUnused()
  // One undo step for what changed; an update that changed nothing makes no step of nothing to undo.
  if (options.commitUndo !== false && (result.changed || measured.madeAny)) api.commitUndo()
  return {
    counts: {
      created: plan.created.length,
      kept: Object.keys(plan.existing).length,
      removed: plan.removed.length - result.notRemoved.length,
      moved: plan.moved.length,
      adopted: plan.adopted.length,
      contentsAdded: boardContents(plan.created),
      // What could not be removed (rare: already gone) was not.
      contentsRemoved: boardContents(plan.removed.filter(({ nodeId }) => !result.notRemoved.some((left) => left.nodeId === nodeId)))
    },
    notRemoved: result.notRemoved
  }
}

/** The layout version the board section says drew it, when it says. */
function drawnByLayout(live: LiveBoard, boardId: string): number | undefined {
  const board = live.nodes.get(boardId)
  const decoded = board === undefined ? undefined : decodeBoardTag(board.snap.data)
  return decoded?.ok === true ? decoded.value.layoutVersion : undefined
}

/** The board no longer is as the review read it; nothing was changed. */
class ChangedSinceReview extends Error {
  constructor(readonly changed: ChangedSinceReading) {
    super(`${changed.change} ${changed.node}`)
  }
}

function syncFailure(failure: ApplyFailure): Error {
  const message = failure.cause instanceof Error ? failure.cause.message : String(failure.cause)
  if (failure.stage === 'changed') return new ChangedSinceReview(failure.changed)
  if (failure.stage === 'fonts') {
    return new BoardSyncError(problem('board', 'sync-fonts-failed', { fonts: failure.where, error: message }), { restored: true, cause: failure.cause })
  }
  const failed = failure.failedUndos === 0 ? problem('board', 'sync-failed', { where: failure.where, error: message }) : problem('board', 'sync-failed-not-undone', { where: failure.where, error: message, n: failure.failedUndos })
  return new BoardSyncError(failed, { restored: failure.failedUndos === 0, cause: failure.cause })
}
