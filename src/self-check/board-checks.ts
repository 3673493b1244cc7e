import type { Diagnostics } from '../diagnostics/diagnostics'
import { utf8ByteLength } from '../emulator/support/utf8-byte-length'
import { ASSUMED_LABEL_POSITION } from '../geometry/point-along'
import type { BoardPlan, PlanConnector } from '../layout/board-plan'
import { LINK_LABEL_MAX_WIDTH } from '../layout/layout-metrics'
import { linkRoute } from '../layout/route-links'
import type { Journey } from '../model'
import { decodeBoardJourney, TAG_NAMESPACE } from '../plugin-data/board-tags'
import { magnetFits, magnetFor } from '../plugin-api/connector-magnet'
import type { DrawResult } from '../plugin-api/generate-board'
import { solidPaint } from '../plugin-api/solid-paint'
import type { BoardBinding } from '../reader'
import { readBoardAsync } from '../plugin-api/read-board'
import { sameValue } from '../sync/same-value'
import type { StepOutcome } from './check-step'

/** The test board as drawn: the plan and the node each plan key became. */
export interface CheckBoard {
  plan: BoardPlan
  drawn: DrawResult
  journey: Journey
}

type ConnectorSample = Diagnostics['connectors'][number]
type ColourSample = Diagnostics['colours'][number]

/** Key the plugin-data probe writes on the board (in the plugin's namespace) and erases again. */
const PROBE_KEY = 'check'
/** About how big the probe's value is: some kilobytes, well under FigJam's 100 kB an entry. */
const PROBE_BYTES = 20_000

function endMagnet(end: ConnectorEndpoint): string {
  return 'magnet' in end ? end.magnet : 'position' in end ? 'POSITION' : 'NONE'
}

/**
 * The magnets and caps FigJam kept on every connector the board drew, against what the writer asked
 * (the side the layout chose for a link's end, else connector-magnet.ts). Passes when FigJam kept
 * them all and every kept magnet is one FigJam documents for the line type.
 */
export function checkConnectors(board: CheckBoard): { outcome: StepOutcome; samples: ConnectorSample[] } {
  const samples: ConnectorSample[] = []
  let fitting = true
  for (const spec of board.plan.nodes) {
    if (spec.kind !== 'connector') continue
    const node = board.drawn.nodes.get(spec.key) as ConnectorNode | undefined
    if (node === undefined) continue
    const start = node.connectorStart
    const end = node.connectorEnd
    const lineType = node.connectorLineType
    if (!magnetFits(start, lineType) || !magnetFits(end, lineType)) fitting = false
    const label = assumedLabel(board, spec, node)
    samples.push({
      role: spec.tag.role,
      lineType,
      asked: { start: askedMagnet(spec, spec.startMagnet), end: askedMagnet(spec, spec.endMagnet), startCap: spec.startCap, endCap: spec.endCap },
      kept: { start: endMagnet(start), end: endMagnet(end), startCap: String(node.connectorStartStrokeCap), endCap: String(node.connectorEndStrokeCap) },
      ...(label === undefined ? {} : { label })
    })
  }
  const kept = samples.every((s) => s.asked.start === s.kept.start && s.asked.end === s.kept.end && s.asked.startCap === s.kept.startCap && s.asked.endCap === s.kept.endCap)
  const straight = samples.filter((s) => s.lineType === 'STRAIGHT').length
  return { outcome: { passed: samples.length > 0 && straight > 0 && kept && fitting, observed: { connectors: samples.length, straight, kept, fitting } }, samples }
}

/** Where the layout assumes FigJam puts a labelled elbowed link's label, from the drawn stickies' boxes. */
function assumedLabel(board: CheckBoard, spec: PlanConnector, node: ConnectorNode): ConnectorSample['label'] {
  if (spec.lineType !== 'ELBOWED' || spec.startMagnet === undefined || spec.endMagnet === undefined || spec.text.trim() === '') return undefined
  const start = board.drawn.nodes.get(spec.start)?.absoluteBoundingBox
  const end = board.drawn.nodes.get(spec.end)?.absoluteBoundingBox
  if (start == null || end == null) return undefined
  const box = linkRoute(start, spec.startMagnet, end, spec.endMagnet, spec.text).label
  if (box === undefined) return undefined
  return { text: spec.text, assumedAt: ASSUMED_LABEL_POSITION, assumedWrapWidth: LINK_LABEL_MAX_WIDTH, assumedBox: box, connectorBox: node.absoluteBoundingBox }
}

/** The magnet the writer asks for: the side the layout chose for an elbowed end, else the one its line type allows (connector-magnet.ts). */
function askedMagnet(spec: PlanConnector, side: PlanConnector['startMagnet']): string {
  return side !== undefined && spec.lineType === 'ELBOWED' ? side : magnetFor(spec.lineType)
}

/**
 * The colour FigJam stores for each node type and paint the board wrote, against the palette colour
 * asked: FigJam shows a swatch only on an exact `hex/255` match, so every channel must come back
 * exactly. One sample per node type, paint and colour. A shape's outline and text colour are
 * sampled too: the writer leaves a light preset's text at FigJam's default text colour (Charcoal,
 * figjam-behaviour.md) instead of writing it, so this is where a real FigJam confirms that default.
 */
export function checkColours(board: CheckBoard): { outcome: StepOutcome; samples: ColourSample[] } {
  const samples = new Map<string, ColourSample>()
  let exact = true
  for (const spec of board.plan.nodes) {
    const node = board.drawn.nodes.get(spec.key)
    if (node === undefined) continue
    for (const [property, asked] of paintsAsked(spec)) {
      const key = `${node.type}\u0000${property}\u0000${asked}`
      if (samples.has(key)) continue
      const stored = storedColour(node, property)
      const want = solidPaint(asked).color
      if (stored === null || stored.r !== want.r || stored.g !== want.g || stored.b !== want.b) exact = false
      samples.set(key, { nodeType: node.type, property, asked, stored })
    }
  }
  return { outcome: { passed: samples.size > 0 && exact, observed: { colours: samples.size, exact } }, samples: [...samples.values()] }
}

/** The paints the plan asks of a node: a connector's line; a shape's fill, outline and text; anything else's fill. */
function paintsAsked(spec: BoardPlan['nodes'][number]): [ColourSample['property'], string][] {
  if (spec.kind === 'connector') return [['stroke', spec.stroke]]
  if (spec.kind === 'shape') return [['fill', spec.fill], ['stroke', spec.stroke], ['text', spec.textFill]]
  return [['fill', spec.fill]]
}

/** The first solid colour FigJam keeps for one paint of a node, or null when it keeps none. */
function storedColour(node: SceneNode, property: ColourSample['property']): ColourSample['stored'] {
  const paints =
    property === 'text'
      ? (node as Partial<ShapeWithTextNode>).text?.fills
      : property === 'stroke'
        ? (node as SceneNode & MinimalStrokesMixin).strokes
        : (node as SceneNode & MinimalFillsMixin).fills
  const paint = typeof paints === 'symbol' || paints === undefined ? undefined : paints.find((p): p is SolidPaint => p.type === 'SOLID')
  return paint === undefined ? null : { r: paint.color.r, g: paint.color.g, b: paint.color.b }
}

/**
 * Plugin data both ways: the journey stored on the board decodes to the journey drawn, and a value
 * of several kilobytes in Cyrillic and CJK text comes back byte for byte (then is erased).
 */
export function checkPluginData(board: CheckBoard, probeText: string): { outcome: StepOutcome; pluginData: NonNullable<Diagnostics['pluginData']> } {
  const section = board.drawn.board
  const entries = Object.fromEntries(section.getSharedPluginDataKeys(TAG_NAMESPACE).map((key) => [key, section.getSharedPluginData(TAG_NAMESPACE, key)]))
  const stored = decodeBoardJourney(entries)
  const journeyBack = stored.ok && sameValue(stored.value, board.journey)
  const value = probeText.repeat(Math.max(1, Math.ceil(PROBE_BYTES / Math.max(1, utf8ByteLength(probeText)))))
  section.setSharedPluginData(TAG_NAMESPACE, PROBE_KEY, value)
  const back = section.getSharedPluginData(TAG_NAMESPACE, PROBE_KEY)
  section.setSharedPluginData(TAG_NAMESPACE, PROBE_KEY, '')
  const bytes = utf8ByteLength(value)
  const roundTrip = back === value
  return { outcome: { passed: journeyBack && roundTrip, observed: { journeyBack, bytes, roundTrip } }, pluginData: { bytes, roundTrip } }
}

/** The board read back: the journey it shows, and the node the reader bound to each item. */
export async function readCheckBoardAsync(api: PluginAPI, boardId: string): Promise<{ journey: Journey | undefined; items: Map<string, string> }> {
  const items = new Map<string, string>()
  const read = await readBoardAsync(api, { nodeId: boardId }, { onBind: (binding: BoardBinding) => binding.kind === 'item' && items.set(binding.id, binding.nodeId) })
  return { journey: read.ok ? read.value.journey : undefined, items }
}
