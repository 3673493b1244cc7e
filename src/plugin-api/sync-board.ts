import type { LayoutOptions } from '../layout/layout-journey'
import { fail, type Journey, ok, type Problem, type Result } from '../model'
import type { ReadWarning } from '../reader'
import type { ChangeSet, Resolutions } from '../sync/change-set'
import { encodeDataBase, isDataBaseKey } from '../plugin-data/data-base-entries'
import { describeConflict } from '../sync/format-change-set'
import { type BoardSyncPlan, planBoardSync } from '../sync/plan-board-sync'
import { encodeBoardData, JOURNEY_PARTS_KEY, LAYOUT_VERSION_KEY } from '../plugin-data/board-tags'
import { prepareSyncAsync } from './prepare-sync'
import { BoardSyncError } from './sync-board-error'
import { SyncJournal } from './sync-journal'
import { createPlanNode, fontKey, placeIn, type SyncWriteContext, updatePlanNode, writeEntries } from './sync-write-node'
import { DEFAULT_CHUNK_SIZE } from './write-board'

export interface SyncBoardOptions {
  /** Nodes written between two yields; default DEFAULT_CHUNK_SIZE. */
  chunkSize?: number
  /** Gives the editor a turn between chunks, so a big board does not freeze FigJam. */
  yieldAsync?: () => Promise<void>
  /** Called after every chunk with the steps done so far and the total. */
  onProgress?: (done: number, total: number) => void
  layout?: LayoutOptions
}

export interface SyncCounts {
  created: number
  /** Kept nodes (same id) brought in line with the new layout, changed or not. */
  kept: number
  removed: number
  /** Nodes people made that moved with their cell or sticky. */
  moved: number
  /** Stickies, connectors and sections people made that the map took in as items, links and stages (among `kept`). */
  adopted: number
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

const NEEDS_RESOLUTION = 'needs a resolution'

/** Whether a problem from syncBoardAsync is a conflict that has no resolution. */
export function isUnresolvedConflictProblem(problem: Problem): boolean {
  return problem.message.startsWith(NEEDS_RESOLUTION)
}

const defaultYieldAsync = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

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
 * Shows nothing itself. The update is one undo step (commitUndo once, at the end). If anything fails
 * before the removals, every change is undone in reverse and a BoardSyncError says so; removals
 * come last because a removed node cannot be brought back with its id, and one that fails there is
 * reported in `notRemoved`.
 *
 * @param resolutions a choice for every conflict (see ResolutionSchema), by conflict id
 * @returns what changed, or the problems: no board, an invalid journey, conflicts without a resolution
 *   (one problem each, path = conflict id, saying board vs data)
 */
export async function syncBoardAsync(
  api: PluginAPI,
  boardId: string,
  newJourney: Journey,
  resolutions: Resolutions = {},
  options: SyncBoardOptions = {}
): Promise<Result<SyncSummary>> {
  const prepared = await prepareSyncAsync(api, boardId, newJourney, resolutions)
  if (!prepared.ok) return prepared
  const { data, state, merge } = prepared.value
  const open = merge.changeSet.conflicts.filter((conflict) => conflict.resolution === undefined)
  if (open.length > 0) return fail(open.map((conflict) => ({ path: conflict.id, message: `${NEEDS_RESOLUTION} (board, data or keep-both): ${describeConflict(conflict, merge.changeSet.names)}` })))

  const plan = planBoardSync(state, merge, data, options.layout)
  const applied = await applyBoardSyncAsync(api, plan, options)
  return ok({
    boardId: plan.boardId,
    changeSet: merge.changeSet,
    journey: merge.journey,
    counts: applied.counts,
    notRemoved: applied.notRemoved,
    warnings: state.warnings
  })
}

/** Carries a sync plan out through the Plugin API (see syncBoardAsync for the guarantees). */
async function applyBoardSyncAsync(api: PluginAPI, plan: BoardSyncPlan, options: SyncBoardOptions): Promise<{ counts: SyncCounts; notRemoved: SyncSummary['notRemoved'] }> {
  const chunkSize = Math.max(1, Math.floor(options.chunkSize ?? DEFAULT_CHUNK_SIZE))
  const yieldAsync = options.yieldAsync ?? defaultYieldAsync
  const live = new Map<string, SceneNode>(api.currentPage.findAll().map((node) => [node.id, node]))
  const liveNode = (id: string): SceneNode => {
    const node = live.get(id)
    if (node === undefined) throw new BoardSyncError(`node ${id} left the board while it was being updated: nothing was changed`, { restored: true, cause: undefined })
    return node
  }
  const nodes = new Map<string, SceneNode>()
  for (const [key, id] of Object.entries(plan.existing)) nodes.set(key, liveNode(id))
  const moving = plan.moved.map((move) => ({ move, node: liveNode(move.nodeId) }))
  const loaded = await loadFontsAsync(api, plan, [...nodes.values()])

  const journal = new SyncJournal()
  const ctx: SyncWriteContext = { api, recorder: journal, nodes, loaded }
  const keepFill = new Set(plan.keepFill)
  const total = plan.plan.nodes.length + moving.length + plan.removed.length
  let done = 0
  const stepAsync = async (): Promise<void> => {
    done += 1
    if (done % chunkSize !== 0) return
    options.onProgress?.(done, total)
    await yieldAsync()
  }
  let current = 'before the first change'
  try {
    for (const spec of plan.plan.nodes) {
      current = `${spec.kind} "${spec.key}"`
      const node = nodes.get(spec.key)
      if (node === undefined) {
        nodes.set(spec.key, createPlanNode(ctx, spec, (fresh) => journal.done(() => {
          if (!fresh.removed) fresh.remove()
        })))
      } else {
        updatePlanNode(ctx, node, spec, { keepFill: keepFill.has(spec.key), link: plan.links[spec.key] })
      }
      await stepAsync()
    }
    for (const { move, node } of moving) {
      current = `moving ${node.type.toLowerCase()} ${node.id}`
      const parent = nodes.get(move.parent)
      if (parent === undefined || parent.type !== 'SECTION') throw new Error(`"${move.parent}" is not a section of the board`)
      placeIn(journal, node, parent, move.x, move.y)
      await stepAsync()
    }
    current = 'storing the journey on the board'
    const board = nodes.get('board')
    if (board === undefined) throw new Error('the plan has no board section')
    writeEntries(
      journal,
      board,
      { ...encodeBoardData(plan.plan.layoutVersion, plan.stored.journey), ...encodeDataBase(plan.stored.dataBase) },
      (key) => key === LAYOUT_VERSION_KEY || key === JOURNEY_PARTS_KEY || /^journey\.(0|[1-9][0-9]*)$/.test(key) || isDataBaseKey(key)
    )
  } catch (error) {
    const failed = journal.rollback()
    const message = error instanceof Error ? error.message : String(error)
    throw new BoardSyncError(
      `Could not update the board: failed at ${current} (${message}). ` +
        (failed === 0 ? 'Everything was put back as it was.' : `${failed} changes could not be undone.`),
      { restored: failed === 0, cause: error }
    )
  }

  // Last, because a removed node cannot come back: a section takes what is still inside it along.
  const notRemoved: SyncSummary['notRemoved'] = []
  for (const { nodeId } of plan.removed) {
    const node = live.get(nodeId)
    try {
      if (node !== undefined && !node.removed) node.remove()
    } catch (error) {
      notRemoved.push({ nodeId, message: error instanceof Error ? error.message : String(error) })
    }
    await stepAsync()
  }
  options.onProgress?.(total, total)
  api.commitUndo()
  return {
    counts: {
      created: plan.created.length,
      kept: Object.keys(plan.existing).length,
      removed: plan.removed.length - notRemoved.length,
      moved: moving.length,
      adopted: plan.adopted.length
    },
    notRemoved
  }
}

/**
 * Loads the plan's fonts (they must load) and the fonts of kept nodes with text (undoing a text
 * change needs a node's own font; one that will not load only matters if its text changes).
 */
async function loadFontsAsync(api: PluginAPI, plan: BoardSyncPlan, kept: readonly SceneNode[]): Promise<Set<string>> {
  const loaded = new Set<string>()
  try {
    await Promise.all(plan.plan.fonts.map((font) => api.loadFontAsync({ family: font.family, style: font.style })))
  } catch (error) {
    const names = plan.plan.fonts.map((font) => `${font.family} ${font.style}`).join(', ')
    throw new BoardSyncError(`Could not load the board's fonts (${names}): ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`, { restored: true, cause: error })
  }
  for (const font of plan.plan.fonts) loaded.add(fontKey(font))
  const own = new Map<string, FontName>()
  for (const node of kept) {
    const font = node.type === 'TEXT' ? node.fontName : 'text' in node ? node.text.fontName : undefined
    if (font !== undefined && typeof font !== 'symbol' && font.family !== '' && !loaded.has(fontKey(font))) own.set(fontKey(font), font)
  }
  const results = await Promise.allSettled([...own.values()].map((font) => api.loadFontAsync(font)))
  ;[...own.keys()].forEach((key, index) => {
    if (results[index]?.status === 'fulfilled') loaded.add(key)
  })
  return loaded
}
