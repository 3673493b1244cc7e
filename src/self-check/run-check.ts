import type { CheckStep, CheckStepCode, Diagnostics } from '../diagnostics/diagnostics'
import { boxesOverlap } from '../geometry/polyline-crosses-box'
import { HEADING_FONT } from '../layout/layout-metrics'
import type { Journey } from '../model'
import { defaultYieldAsync } from '../plugin-api/apply-plan'
import { boxOf, freeOriginBeside } from '../plugin-api/find-free-origin'
import { FontLoader } from '../plugin-api/font-loader'
import { drawJourneyAsync } from '../plugin-api/generate-board'
import { syncBoardAsync } from '../plugin-api/sync-board'
import { sameValue } from '../sync/same-value'
import { type CheckBoard, checkColours, checkConnectors, checkPluginData, readCheckBoardAsync } from './board-checks'
import { checkJourney, checkSamples, templateJourney, withItemText } from './check-journey'
import { runStepAsync, SKIPPED, type StepOutcome } from './check-step'
import { measureShapeSampleAsync, measureStickySamplesAsync, measureTextSamplesAsync } from './measure-samples'
import { probeAssumptionsAsync } from './probe-assumptions'
import { probeExportAsync } from './probe-export'
import { probeUndoAsync } from './probe-undo'

export interface CheckOptions {
  /** Gives the editor a turn between chunks of work; default a zero timeout, as Generate. */
  yieldAsync?: () => Promise<void>
  /** Told each step's result as it comes. */
  onStep?: (step: CheckStep) => void
}

/**
 * "Check Journeyboard in this file": runs what the plugin relies on FigJam for, in this file, and
 * reports what FigJam did. It asks FigJam what the emulator only assumes (probe-assumptions.ts);
 * measures sample stickies, texts and a shape; probes undo and the REST
 * export Generate measures with (node ids, children's order); draws a small test board beside
 * everything on the page (Generate's own path); checks the connectors, colours and plugin data FigJam kept; reads the board back, updates it, formats a sticky as a
 * person would and updates again, checking each result. Then it removes everything it drew and
 * commits one undo step, so the file is as it was. Each step is a result with a code; a failing
 * step never stops the rest.
 */
export async function runCheckAsync(api: PluginAPI, options: CheckOptions = {}): Promise<Diagnostics> {
  const yieldAsync = options.yieldAsync ?? defaultYieldAsync
  const steps: CheckStep[] = []
  const diagnostics: Diagnostics = {
    format: 'journeyboard-diagnostics',
    version: 2,
    environment: { apiVersion: String(api.apiVersion), editorType: String(api.editorType), command: String(api.command ?? '') },
    steps,
    assumptions: [],
    stickies: [],
    texts: [],
    shapes: [],
    connectors: [],
    colours: [],
    pluginData: null,
    undo: null
  }
  const step = async (code: CheckStepCode, run: () => Promise<StepOutcome> | StepOutcome): Promise<boolean> => {
    const result = await runStepAsync(code, run)
    steps.push(result)
    options.onStep?.(result)
    return result.passed
  }
  // The page as the check found it, each node read once: what it must leave as it was, and the
  // boxes its samples and its board keep clear of.
  const found = api.currentPage.children.map((node) => ({ id: node.id, box: boxOf(node) }))
  const before = found.map((node) => node.id)
  const side = freeOriginBeside(found.map((node) => node.box))
  const fonts = new FontLoader(api)
  const measure = { yieldAsync }
  let board: CheckBoard | undefined

  try {
    await step('environment', () => ({
      passed: api.editorType === 'figjam',
      observed: { ...diagnostics.environment }
    }))
    // First, before the check has done anything an undo could take back.
    await step('undo', async () => {
      const probe = await probeUndoAsync(api, side, yieldAsync)
      diagnostics.undo = probe.undo
      return probe.outcome
    })
    // Before any font is loaded: the first probe moves a sticky whose font this run has not loaded.
    await step('assumptions', async () => {
      const probe = await probeAssumptionsAsync(api, fonts, side)
      diagnostics.assumptions = probe.answers
      return probe.outcome
    })
    await step('sticky-heights', async () => {
      const { outcome, samples } = await measureStickySamplesAsync(api, fonts, measure)
      diagnostics.stickies = samples
      return outcome
    })
    await step('text-heights', async () => {
      const { outcome, samples } = await measureTextSamplesAsync(api, fonts, measure)
      diagnostics.texts = samples
      return outcome
    })
    await step('shape-text-fit', async () => {
      const { outcome, sample } = await measureShapeSampleAsync(api, fonts, side, measure)
      diagnostics.shapes = [sample]
      return outcome
    })
    // Before the board: Generate measures its stickies with the export this step checks.
    await step('export', () => probeExportAsync(api, fonts, side))
    await step('draw', async () => {
      const journey = checkJourney()
      // Beside the page as found: every sample before this step removed what it made.
      const { plan, result } = await drawJourneyAsync(api, journey, { origin: side, yieldAsync })
      board = { plan, drawn: result, journey }
      const box = { x: result.board.x, y: result.board.y, width: result.board.width, height: result.board.height }
      const clear = found.every((node) => node.box === null || !boxesOverlap(box, node.box))
      const complete = plan.nodes.every((spec) => result.nodes.has(spec.key))
      return { passed: complete && clear, observed: { nodes: result.nodes.size, planned: plan.nodes.length, clearOfPage: clear, x: box.x, y: box.y } }
    })
    await step('connectors', () => {
      if (board === undefined) return SKIPPED
      const { outcome, samples } = checkConnectors(board)
      diagnostics.connectors = samples
      return outcome
    })
    await step('colours', () => {
      if (board === undefined) return SKIPPED
      const { outcome, samples } = checkColours(board)
      diagnostics.colours = samples
      return outcome
    })
    await step('plugin-data', () => {
      if (board === undefined) return SKIPPED
      const probeText = checkSamples()
        .filter((sample) => !sample.name.startsWith('en'))
        .map((sample) => sample.text)
        .join(' ')
      const { outcome, pluginData } = checkPluginData(board, probeText)
      diagnostics.pluginData = pluginData
      return outcome
    })
    let items = new Map<string, string>()
    await step('read-back', async () => {
      if (board === undefined) return SKIPPED
      const read = await readCheckBoardAsync(api, board.drawn.board.id)
      items = read.items
      const same = read.journey !== undefined && sameValue(read.journey, board.journey)
      return { passed: same && items.size === board.journey.items.length, observed: { same, items: items.size } }
    })
    // Stickies the updates work on: the first item gets new text; the next two are formatted, the
    // third then rewritten, so both a formatted sticky left alone and one rewritten are seen.
    const targets = board === undefined ? [] : board.journey.items.filter((item) => item.score === undefined).slice(0, 3)
    const retext = translatedTexts()
    await step('update', async () => {
      const first = targets[0]
      if (board === undefined || first === undefined) return SKIPPED
      return updateAsync(api, board, withItemText(board.journey, first.id, retext.get(first.id) ?? `${first.text}!`), first.id, yieldAsync)
    })
    await step('formatted-update', async () => {
      const [, kept, rewritten] = targets
      if (board === undefined || kept === undefined || rewritten === undefined) return SKIPPED
      const stickies = await formatStickiesAsync(api, fonts, [items.get(kept.id), items.get(rewritten.id)])
      const next = withItemText(board.journey, rewritten.id, retext.get(rewritten.id) ?? `${rewritten.text}!`)
      const outcome = await updateAsync(api, board, next, rewritten.id, yieldAsync)
      const keptSticky = stickies[0]
      const formattingKept =
        keptSticky !== undefined &&
        !keptSticky.removed &&
        keptSticky.text.characters === kept.text &&
        sameValue(keptSticky.text.getRangeFontName(0, boldLength(kept.text)), { family: HEADING_FONT.family, style: HEADING_FONT.style })
      return { passed: outcome.passed && formattingKept, observed: { ...outcome.observed, formattingKept } }
    })
  } finally {
    await step('clean-up', () => {
      const drawn = board?.drawn.board
      if (drawn !== undefined && !drawn.removed) drawn.remove()
      const after = api.currentPage.children.map((node) => node.id)
      const asBefore = after.length === before.length && after.every((id, index) => id === before[index])
      return { passed: asBefore, observed: { nodesBefore: before.length, nodesAfter: after.length } }
    })
    // Everything above is one undo step; the file is as it was, so the step changes nothing.
    api.commitUndo()
  }
  return diagnostics
}

/** Updates the board to `next` (Update's own path, no undo step of its own) and reads it back. */
async function updateAsync(api: PluginAPI, board: CheckBoard, next: Journey, changedId: string, yieldAsync: () => Promise<void>): Promise<StepOutcome> {
  const synced = await syncBoardAsync(api, board.drawn.board.id, next, {}, { yieldAsync, commitUndo: false })
  if (!synced.ok) return { passed: false, observed: { problems: synced.problems.length, problem: synced.problems[0]?.message ?? null } }
  board.journey = synced.value.journey
  const read = await readCheckBoardAsync(api, board.drawn.board.id)
  const same = read.journey !== undefined && sameValue(read.journey, next)
  const nodeId = read.items.get(changedId)
  const sticky = nodeId === undefined ? null : await api.getNodeByIdAsync(nodeId)
  const text = next.items.find((item) => item.id === changedId)?.text
  const rewritten = sticky !== null && sticky.type === 'STICKY' && sticky.text.characters === text
  return { passed: same && rewritten, observed: { same, rewritten, created: synced.value.counts.created, removed: synced.value.counts.removed } }
}

/** Item texts the updates write: the same items in Danish, so the new text is real text of the same kind. */
function translatedTexts(): Map<string, string> {
  return new Map(templateJourney('da').items.map((item) => [item.id, item.text]))
}

/** The first word's length: the range a person makes bold. */
function boldLength(text: string): number {
  const space = text.indexOf(' ')
  return space > 0 ? space : text.length
}

/** Makes each sticky's first word bold, as a person formats a sticky (the plugin loads the fonts a person's editor has). */
async function formatStickiesAsync(api: PluginAPI, fonts: FontLoader, nodeIds: readonly (string | undefined)[]): Promise<StickyNode[]> {
  await fonts.loadAsync([HEADING_FONT])
  const stickies: StickyNode[] = []
  for (const id of nodeIds) {
    const node = id === undefined ? null : await api.getNodeByIdAsync(id)
    if (node === null || node.type !== 'STICKY') continue
    const sticky = node as StickyNode
    await fonts.loadTextFontsAsync(sticky.text)
    sticky.text.setRangeFontName(0, boldLength(sticky.text.characters), { family: HEADING_FONT.family, style: HEADING_FONT.style })
    stickies.push(sticky)
  }
  return stickies
}
