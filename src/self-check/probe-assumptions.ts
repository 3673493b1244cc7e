import type { AssumptionAnswer, AssumptionCode } from '../diagnostics/diagnostics'
import { FIGJAM_DEFAULTS } from '../plugin-api/figjam-defaults'
import type { FontLoader } from '../plugin-api/font-loader'
import { TAG_NAMESPACE } from '../plugin-data/board-tags'
import type { StepOutcome } from './check-step'

/** What each probe writes on its sticky: two letters, so a font range has something to span. */
const PROBE_TEXT = 'Aa'
/** Apart enough that the probe's connectors have room between their ends (page units). */
const PROBE_GAP = 400
/** Outside 0-1: where an attached end is asked to sit relative to its node. */
const OUTSIDE_NODE = 1.5
/** Degrees a connector is asked to turn. */
const PROBE_TURN = 10

/**
 * Asks FigJam what the emulator only assumes (diagnostics/assumption-answer.ts lists them with their
 * sources): it makes a scratch section at `at`, tries each call there and records what FigJam did,
 * `refused` with FigJam's words where it threw, then removes everything it made. It must run before the
 * check loads any font: the first probe moves a sticky whose font this run has not loaded.
 *
 * Most answers only tell the maintainers where the emulator is stricter or looser than FigJam; the step
 * fails only when FigJam refuses what the plugin relies on: getStyledTextSegments(['fontName']) on a
 * sticky's text, how it loads the fonts of a sticky people formatted (font-loader.ts).
 */
export async function probeAssumptionsAsync(api: PluginAPI, fonts: FontLoader, at: { x: number; y: number }): Promise<{ outcome: StepOutcome; answers: AssumptionAnswer[] }> {
  const answers: AssumptionAnswer[] = []
  const made: SceneNode[] = []
  const make = <N extends SceneNode>(node: N): N => {
    made.push(node)
    return node
  }
  const ask = (code: AssumptionCode, call: () => string | number): void => {
    try {
      answers.push({ code, answer: call() })
    } catch (error) {
      answers.push({ code, answer: 'refused', error: error instanceof Error ? error.message : String(error) })
    }
  }
  const accepted = (call: () => unknown) => (): string => {
    call()
    return 'accepted'
  }
  try {
    const scratch = make(api.createSection())
    scratch.x = at.x
    scratch.y = at.y
    ask('section-default-size', () => `${scratch.width}x${scratch.height}`)
    ask('section-fill', () => paintHex(scratch.fills))
    scratch.resizeWithoutConstraints(PROBE_GAP * 4, PROBE_GAP * 2)
    const sticky = make(api.createSticky())
    ask('sticky-fill', () => paintHex(sticky.fills))
    ask('move-unloaded-font', accepted(() => scratch.appendChild(sticky)))
    await fonts.loadAsync([FIGJAM_DEFAULTS.sticky.font])
    if (sticky.parent !== scratch) scratch.appendChild(sticky)
    sticky.text.characters = PROBE_TEXT
    ask('range-all-font-names', () => fontsAnswer((sticky.text as unknown as { getRangeAllFontNames: (start: number, end: number) => FontName[] }).getRangeAllFontNames(0, PROBE_TEXT.length)))
    ask('styled-text-segments', () => fontsAnswer(sticky.text.getStyledTextSegments(['fontName']).map((segment) => segment.fontName)))
    ask('empty-plugin-data-key', accepted(() => sticky.setSharedPluginData(TAG_NAMESPACE, '', PROBE_TEXT)))

    // A node of each kind to attach a connector's end to, in a row below the sticky.
    const shape = make(api.createShapeWithText())
    ask('shape-fill', () => paintHex(shape.fills))
    ask('shape-stroke', () => paintHex(shape.strokes))
    ask('shape-text-fill', () => paintHex(shape.text.fills))
    const text = make(api.createText())
    ask('text-fill', () => paintHex(text.fills))
    text.fontName = FIGJAM_DEFAULTS.sticky.font
    text.characters = PROBE_TEXT
    const table = make(api.createTable(1, 1))
    const cell = table.cellAt(0, 0).text
    ask('table-cell-font-size', () => cell.fontSize as number)
    // The table moves into the section below: its cell's font must be loaded whatever it is.
    await fonts.loadTextFontsAsync(cell)
    const section = make(api.createSection())
    const grouped = make(api.createSticky())
    const targets: [AssumptionCode, SceneNode][] = [['magnet-sticky', make(api.createSticky())], ['magnet-shape', shape], ['magnet-section', section], ['magnet-text', text], ['magnet-table', table]]
    for (const [index, node] of [...targets.map(([, node]) => node), grouped].entries()) {
      scratch.appendChild(node)
      node.x = (index + 1) * PROBE_GAP
      node.y = PROBE_GAP
    }
    targets.push(['magnet-group', make(api.group([grouped], scratch))])
    const connector = (): ConnectorNode => {
      const made = make(api.createConnector())
      scratch.appendChild(made)
      return made
    }
    for (const [code, node] of targets) {
      const link = connector()
      ask(code, () => {
        link.connectorStart = { endpointNodeId: sticky.id, magnet: 'BOTTOM' }
        link.connectorEnd = { endpointNodeId: node.id, magnet: 'TOP' }
        return magnetOf(link.connectorEnd)
      })
    }
    const curved = connector()
    ask('connector-stroke', () => paintHex(curved.strokes))
    ask('curved-magnet', () => {
      curved.connectorLineType = 'CURVED'
      curved.connectorStart = { endpointNodeId: sticky.id, magnet: 'TOP' }
      return magnetOf(curved.connectorStart)
    })
    const straight = connector()
    ask('straight-auto-magnet', () => {
      straight.connectorLineType = 'STRAIGHT'
      straight.connectorStart = { endpointNodeId: sticky.id, magnet: 'AUTO' }
      return magnetOf(straight.connectorStart)
    })
    const outside = connector()
    ask('position-outside-node', accepted(() => (outside.connectorEnd = { endpointNodeId: sticky.id, position: { x: OUTSIDE_NODE, y: 0 } })))
    const turned = connector()
    ask('connector-rotation', accepted(() => (turned.rotation = PROBE_TURN)))
    ask('section-in-group', accepted(() => make(api.group([section], scratch))))
    ask('table-without-rows', accepted(() => make(api.createTable(0, 1))))
    const listener = (): void => {}
    ask('slides-event', accepted(() => api.on('slidesviewchange', listener)))
    if (answers[answers.length - 1]?.answer === 'accepted') api.off('slidesviewchange', listener)
  } finally {
    for (const node of made.reverse()) if (!node.removed) node.remove()
  }
  const segments = answers.find((answer) => answer.code === 'styled-text-segments')?.answer ?? null
  const refused = answers.filter((answer) => answer.answer === 'refused').length
  return { outcome: { passed: segments === fontsAnswer([FIGJAM_DEFAULTS.sticky.font]), observed: { asked: answers.length, refused, 'styled-text-segments': segments } }, answers }
}

/** The magnet an end kept, or how else it is attached. */
function magnetOf(end: ConnectorEndpoint): string {
  return 'magnet' in end ? end.magnet : 'position' in end ? 'POSITION' : 'NONE'
}

/** Fonts as one answer: `Inter Medium`, several joined by commas. */
function fontsAnswer(fonts: readonly FontName[]): string {
  return fonts.map((font) => `${font.family} ${font.style}`).join(', ')
}

/** A node's first solid paint as `#RRGGBB`, `rgb(r, g, b)` when a channel is not exactly hex/255, or `none`. */
function paintHex(paints: ReadonlyArray<Paint> | PluginAPI['mixed']): string {
  const paint = typeof paints === 'symbol' ? undefined : paints.find((p): p is SolidPaint => p.type === 'SOLID')
  if (paint === undefined) return 'none'
  const { r, g, b } = paint.color
  const channels = [r, g, b].map((value) => value * 255)
  if (channels.some((value) => value !== Math.round(value))) return `rgb(${r}, ${g}, ${b})`
  return `#${channels.map((value) => value.toString(16).padStart(2, '0').toUpperCase()).join('')}`
}
