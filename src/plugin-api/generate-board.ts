import type { BoardPlan, Point } from '../layout/board-plan'
import { layoutJourney, type LayoutOptions } from '../layout/layout-journey'
import type { Journey } from '../model'
import { type ApplyFailure, type ApplyProgressOptions, applyPlanAsync, type NodeCounts } from './apply-plan'
import { BoardWriteError } from './board-write-error'
import { findFreeOrigin } from './find-free-origin'
import { FontLoader } from './font-loader'
import { layoutFromRealSizesAsync } from './layout-from-real-sizes'
import { MeasuredNodes, MeasureFontsError } from './measured-nodes'

export type { NodeCounts } from './apply-plan'

export interface GenerateBoardOptions extends ApplyProgressOptions {
  layout?: LayoutOptions
  /** Where the journey comes from (`template:car-rental:en`, `import`...): the base of later updates from it. */
  source?: string
}

/** What a generation drew; plain data, so it can be posted to the panel as it is. */
export interface BoardSummary {
  boardId: string
  title: string
  counts: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
}

export interface DrawPlanOptions extends ApplyProgressOptions {
  /** Where the board section's top-left corner goes on the page; default (0, 0). */
  origin?: Point
  /** Where the journey comes from; stored as that source's base (see BoardStore.sourceBases). */
  source?: string
  /** Stickies and texts made and measured for the plan, placed instead of new ones. */
  measured?: MeasuredNodes
}

export interface DrawResult {
  board: SectionNode
  /** The node each plan key became. */
  nodes: Map<string, SceneNode>
  counts: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
}

/** FigJam cuts notifications at 100 characters; titles longer than this are shortened. */
const NOTIFY_TITLE_LENGTH = 40

/**
 * Draws a journey as a new board on the current page: finds free space to the right of whatever is
 * already there, makes the stickies and texts and reads the sizes FigJam gives them, lays the board
 * out from those sizes (FigJam's two passes: layout-from-real-sizes.ts), draws it (drawPlanAsync,
 * placing the measured nodes), selects the board and zooms to it, then commits one undo step and
 * tells the user. If any step fails, nothing is left on the page and the error is rethrown.
 */
export async function generateBoardAsync(api: PluginAPI, journey: Journey, options: GenerateBoardOptions = {}): Promise<BoardSummary> {
  const origin = findFreeOrigin(api.currentPage)
  const measured = new MeasuredNodes(api, new FontLoader(api))
  let plan: BoardPlan
  try {
    plan = await layoutFromRealSizesAsync((measure) => layoutJourney(journey, { ...options.layout, measure }), measured, options)
  } catch (error) {
    measured.removeAll()
    if (error instanceof MeasureFontsError) throw new BoardWriteError(`Could not load the board's fonts (${error.fonts}): ${error.message}`, { cause: error.cause })
    throw new BoardWriteError(`Could not measure the board's texts in FigJam (${messageOf(error)}). Everything drawn so far was removed.`, { cause: error })
  }
  const { layout: _layout, ...drawOptions } = options
  let result: DrawResult
  try {
    result = await drawPlanAsync(api, plan, journey, { ...drawOptions, origin, measured })
  } finally {
    measured.removeUnused()
  }
  try {
    api.currentPage.selection = [result.board]
    api.viewport.scrollAndZoomIntoView([result.board])
    api.commitUndo()
    api.notify(`Drew “${shorten(journey.title)}”: ${result.counts.stickies} stickies in ${journey.stages.length} stages`)
  } catch (error) {
    if (!result.board.removed) result.board.remove()
    throw error
  }
  return { boardId: result.board.id, title: journey.title, counts: result.counts, fonts: result.fonts }
}

/**
 * Draws a plan as a new board: the engine (applyPlanAsync) with no nodes to keep, every node
 * created and written from FigJam's documented defaults. Existing nodes are never touched; if
 * anything fails, everything drawn so far is removed and a BoardWriteError names the plan node it
 * failed on.
 * @param journey stored on the board section, so the board can be read back exactly and updated
 */
export async function drawPlanAsync(api: PluginAPI, plan: BoardPlan, journey: Journey, options: DrawPlanOptions = {}): Promise<DrawResult> {
  const empty = new Map()
  const { source, ...progress } = options
  const store = source === undefined ? { journey } : { journey, sourceBases: { [source]: journey } }
  const result = await applyPlanAsync(api, plan, { bound: empty, reading: empty }, store, { ...progress, fail: drawFailure })
  return { board: result.board, nodes: result.nodes, counts: result.created, fonts: result.fonts }
}

function drawFailure(failure: ApplyFailure): BoardWriteError {
  const message = messageOf(failure.cause)
  if (failure.stage === 'fonts') return new BoardWriteError(`Could not load the board's fonts (${failure.where}): ${message}`, { cause: failure.cause })
  const where = failure.planKey === undefined ? failure.where : `at ${failure.where}`
  return new BoardWriteError(
    `Could not draw the board: failed ${where} after ${failure.created} of ${failure.total} nodes (${message}). ` +
      (failure.failedUndos === 0 ? 'Everything drawn so far was removed.' : `${failure.failedUndos} nodes could not be removed.`),
    { planKey: failure.planKey, cause: failure.cause }
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function shorten(title: string): string {
  return title.length <= NOTIFY_TITLE_LENGTH ? title : `${title.slice(0, NOTIFY_TITLE_LENGTH - 1)}…`
}
