import { countText, DEFAULT_LANGUAGE, fillText, type Language, SANDBOX_CATALOGUES } from '../i18n'
import { type BoardContents, boardContents } from '../layout/board-contents'
import type { BoardPlan, Point } from '../layout/board-plan'
import { type LayoutOptions, layoutJourneyRouted } from '../layout/layout-journey'
import type { BlockedLink } from '../layout/route-links'
import { type Journey, type JourneyEnvelope, problem } from '../model'
import type { ReadWarning } from '../reader/board-reading'
import { type ApplyFailure, type ApplyProgressOptions, applyPlanAsync, type NodeCounts } from './apply-plan'
import { BoardWriteError } from './board-write-error'
import { findFreeOrigin } from './find-free-origin'
import { FontLoader } from './font-loader'
import { generateLinkWarnings } from './generate-link-warnings'
import { measuredLayoutAsync } from './layout-from-real-sizes'
import { MeasuredNodes, MeasureFontsError } from './measured-nodes'

export type { NodeCounts } from './apply-plan'

export interface GenerateBoardOptions extends ApplyProgressOptions {
  layout?: LayoutOptions
  /** Where the journey comes from (`template:car-rental:en`, `import`...): the base of later updates from it. */
  source?: string
  /** The language of the notification and of the error if drawing fails (the panel's); English by default. */
  language?: Language
  /** The file envelope the journey came in (see DrawPlanOptions.envelope). */
  envelope?: JourneyEnvelope
}

/** What a generation drew; plain data, so it can be posted to the panel as it is. */
export interface BoardSummary {
  boardId: string
  title: string
  /** What the board holds in the user's terms (stages, lanes, stickies...), as the panel and the CLI say it. */
  contents: BoardContents
  /** The nodes made, by FigJam type. */
  counts: NodeCounts
  /** Every font loaded, once each. */
  fonts: FontName[]
  /** Links drawn over a sticky, text or another label, the layout having found them no clear way (none on most boards). */
  warnings: ReadWarning[]
}

export interface DrawPlanOptions extends ApplyProgressOptions {
  /** Where the board section's top-left corner goes on the page; default (0, 0). */
  origin?: Point
  /** Where the journey comes from; stored as that source's base (see BoardStore.sourceBases). */
  source?: string
  /** Stickies and texts made and measured for the plan, placed instead of new ones. */
  measured?: MeasuredNodes
  /** The language of the error if drawing fails; English by default. */
  language?: Language
  /** The text heights FigJam reported for the plan, stored on the board (see BoardStore.textHeights). */
  textHeights?: Readonly<Record<string, number>>
  /** The file envelope the journey came in, stored on the board and written back when it is read (see BoardStore.envelope). */
  envelope?: JourneyEnvelope
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
  const page = api.currentPage // asked of FigJam once
  const { plan, blocked, result } = await drawJourneyAsync(api, journey, { ...options, origin: findFreeOrigin(page) })
  const language = options.language ?? DEFAULT_LANGUAGE
  const sandbox = SANDBOX_CATALOGUES[language]
  try {
    page.selection = [result.board]
    api.viewport.scrollAndZoomIntoView([result.board])
    api.commitUndo()
    api.notify(
      fillText(sandbox.drew, {
        title: shorten(journey.title),
        stickies: countText(language, sandbox.drewStickies, result.counts.stickies),
        stages: countText(language, sandbox.drewStages, journey.stages.length)
      })
    )
  } catch (error) {
    if (!result.board.removed) result.board.remove()
    throw error
  }
  const warnings = generateLinkWarnings(plan, blocked, (key) => result.nodes.get(key)?.id)
  return { boardId: result.board.id, title: journey.title, contents: boardContents(plan.nodes), counts: result.counts, fonts: result.fonts, warnings }
}

/**
 * Measures, lays out and draws a journey as a new board at `origin`, selecting nothing and
 * committing no undo step (the caller decides both): FigJam's two passes (the texts made and
 * measured, the layout placed from the heights FigJam reported), then drawPlanAsync placing the
 * measured nodes. If anything fails, nothing it made is left on the page.
 * @returns the board drawn, the plan it was drawn from and the links that plan could not keep clear
 */
export async function drawJourneyAsync(
  api: PluginAPI,
  journey: Journey,
  options: GenerateBoardOptions & { origin: Point }
): Promise<{ plan: BoardPlan; blocked: BlockedLink[]; result: DrawResult }> {
  const measured = new MeasuredNodes(api, new FontLoader(api), { inSections: true })
  let plan: BoardPlan
  let blocked: BlockedLink[]
  let textHeights: Record<string, number>
  try {
    const laidOut = await measuredLayoutAsync((measure) => layoutJourneyRouted(journey, { ...options.layout, measure }), measured, options)
    ;({ plan, blocked } = laidOut.layout)
    textHeights = laidOut.textHeights
  } catch (error) {
    measured.removeAll()
    const say = SANDBOX_CATALOGUES[options.language ?? DEFAULT_LANGUAGE]
    if (error instanceof MeasureFontsError) {
      const values = { fonts: error.fonts, error: error.message }
      throw new BoardWriteError(fillText(say.fontsFailed, values), { cause: error.cause, problem: problem('board', 'draw-fonts-failed', values) })
    }
    const values = { error: messageOf(error) }
    throw new BoardWriteError(fillText(say.measureFailed, values), { cause: error, problem: problem('board', 'draw-measure-failed', values) })
  }
  const { layout: _layout, ...drawOptions } = options
  try {
    return { plan, blocked, result: await drawPlanAsync(api, plan, journey, { ...drawOptions, measured, textHeights }) }
  } finally {
    measured.removeUnused()
  }
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
  const { source, language = DEFAULT_LANGUAGE, textHeights, envelope, ...progress } = options
  const store = {
    journey,
    ...(source === undefined ? {} : { sourceBases: { [source]: journey } }),
    ...(textHeights === undefined ? {} : { textHeights }),
    ...(envelope === undefined || Object.keys(envelope).length === 0 ? {} : { envelope })
  }
  const result = await applyPlanAsync(api, plan, { bound: empty, reading: empty }, store, { ...progress, fail: (failure) => drawFailure(failure, language) })
  return { board: result.board, nodes: result.nodes, counts: result.created, fonts: result.fonts }
}

/** The error a failed drawing throws, in the language the user reads; FigJam's own reason and the failing node stay as FigJam and the plan name them. */
function drawFailure(failure: ApplyFailure, language: Language): BoardWriteError {
  const say = SANDBOX_CATALOGUES[language]
  const error = messageOf(failure.cause)
  if (failure.stage === 'fonts') {
    const values = { fonts: failure.where, error }
    return new BoardWriteError(fillText(say.fontsFailed, values), { cause: failure.cause, problem: problem('board', 'draw-fonts-failed', values) })
  }
  const where = failure.planKey === undefined ? failure.where : fillText(say.atNode, { node: failure.where })
  const failed = fillText(say.drawFailed, { where, created: failure.created, total: failure.total, error })
  const cleanup = failure.failedUndos === 0 ? say.allRemoved : countText(language, say.notAllRemoved, failure.failedUndos)
  const values = { where: failure.where, created: failure.created, total: failure.total, error }
  const said = failure.failedUndos === 0 ? problem('board', 'draw-failed', values) : problem('board', 'draw-failed-not-removed', { ...values, n: failure.failedUndos })
  return new BoardWriteError(`${failed} ${cleanup}`, { planKey: failure.planKey, cause: failure.cause, problem: said })
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function shorten(title: string): string {
  return title.length <= NOTIFY_TITLE_LENGTH ? title : `${title.slice(0, NOTIFY_TITLE_LENGTH - 1)}…`
}
