import { CONNECTOR_LINE_TYPES, PLUGIN_API_MAGNETS } from '../../geometry/connector-vocabulary'
import type { EmulatorContext } from '../emulator-context'
import type { ConnectorRecord } from '../model/node-records'
import { toStoredDashPattern, toStoredPaints } from '../model/paints'
import { checkKnownKeys, checkNumber, checkNumberAtLeast, checkObject, checkOneOf, checkString } from '../support/check-arguments'
import { SceneNodeFacade } from './scene-node-facade'

type EmulatedConnector = Pick<
  ConnectorNode,
  | 'type'
  | 'text'
  | 'textBackground'
  | 'connectorStart'
  | 'connectorEnd'
  | 'connectorLineType'
  | 'connectorStartStrokeCap'
  | 'connectorEndStrokeCap'
  | 'strokes'
  | 'strokeWeight'
  | 'dashPattern'
>

const MAGNETS: readonly ConnectorEndpointEndpointNodeIdAndMagnet['magnet'][] = PLUGIN_API_MAGNETS
const LINE_TYPES: readonly ConnectorNode['connectorLineType'][] = CONNECTOR_LINE_TYPES
/** [T] ConnectorStrokeCap; [G] create-connector lists the first six. */
const CONNECTOR_STROKE_CAPS: readonly ConnectorStrokeCap[] = [
  'NONE',
  'ARROW_EQUILATERAL',
  'ARROW_LINES',
  'TRIANGLE_FILLED',
  'DIAMOND_FILLED',
  'CIRCLE_FILLED',
  'ERD_ZERO_OR_ONE',
  'ERD_EXACTLY_ONE',
  'ERD_ZERO_OR_MORE',
  'ERD_ONE_OR_MORE',
  'ERD_ONE',
  'ERD_MANY'
]

/**
 * A connector. Its box follows its two ends (connector-geometry.ts); moving it moves only free ends.
 * Ends attach to existing nodes only: an id that does not exist (or was removed) throws.
 */
export class ConnectorNodeFacade extends SceneNodeFacade<ConnectorRecord> implements EmulatedConnector {
  /** [T] ConnectorNode has its own `rotation` but no LayoutMixin, so no absoluteRenderBounds. */
  static readonly absentMembers: ReadonlySet<string> = new Set(['absoluteRenderBounds'])

  get type(): 'CONNECTOR' {
    return 'CONNECTOR'
  }

  get x(): number {
    return super.x
  }

  set x(value: number) {
    this.#moveFreeEnds(checkNumber('x', value) - super.x, 0)
  }

  get y(): number {
    return super.y
  }

  set y(value: number) {
    this.#moveFreeEnds(0, checkNumber('y', value) - super.y)
  }

  get text(): TextSublayerNode {
    return (this.textSublayer ??= this.ctx.textHandle(this.record))
  }

  get textBackground(): LabelSublayerNode {
    return this.ctx.labelHandle(this.record)
  }

  get connectorStart(): ConnectorEndpoint {
    return copyEndpoint(this.record.start)
  }

  set connectorStart(value: ConnectorEndpoint) {
    this.ctx.registry.setConnectorEnd(this.record, 'start', checkEndpoint(this.ctx, this.record, 'connectorStart', value))
  }

  get connectorEnd(): ConnectorEndpoint {
    return copyEndpoint(this.record.end)
  }

  set connectorEnd(value: ConnectorEndpoint) {
    this.ctx.registry.setConnectorEnd(this.record, 'end', checkEndpoint(this.ctx, this.record, 'connectorEnd', value))
  }

  get connectorLineType(): ConnectorNode['connectorLineType'] {
    return this.record.lineType
  }

  set connectorLineType(value: ConnectorNode['connectorLineType']) {
    const lineType = checkOneOf('connectorLineType', value, LINE_TYPES)
    for (const end of [this.record.start, this.record.end]) checkMagnetFits('connectorLineType', end, lineType)
    this.record.lineType = lineType
  }

  get connectorStartStrokeCap(): ConnectorStrokeCap {
    return this.record.startCap
  }

  set connectorStartStrokeCap(value: ConnectorStrokeCap) {
    this.record.startCap = checkOneOf('connectorStartStrokeCap', value, CONNECTOR_STROKE_CAPS)
  }

  get connectorEndStrokeCap(): ConnectorStrokeCap {
    return this.record.endCap
  }

  set connectorEndStrokeCap(value: ConnectorStrokeCap) {
    this.record.endCap = checkOneOf('connectorEndStrokeCap', value, CONNECTOR_STROKE_CAPS)
  }

  get strokes(): ReadonlyArray<Paint> {
    return this.record.strokes
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.record.strokes = toStoredPaints('strokes', value)
  }

  get strokeWeight(): number {
    return this.record.strokeWeight
  }

  set strokeWeight(value: number) {
    this.record.strokeWeight = checkNumberAtLeast('strokeWeight', value, 0)
  }

  get dashPattern(): ReadonlyArray<number> {
    return this.record.dashPattern
  }

  set dashPattern(value: ReadonlyArray<number>) {
    this.record.dashPattern = toStoredDashPattern('dashPattern', value)
  }

  #moveFreeEnds(dx: number, dy: number): void {
    for (const end of ['start', 'end'] as const) {
      const endpoint = this.record[end]
      if (!('endpointNodeId' in endpoint)) {
        this.record[end] = { position: { x: endpoint.position.x + dx, y: endpoint.position.y + dy } }
      }
    }
  }
}

function copyEndpoint(endpoint: ConnectorEndpoint): ConnectorEndpoint {
  if (!('endpointNodeId' in endpoint)) return { position: { ...endpoint.position } }
  if ('magnet' in endpoint) return { endpointNodeId: endpoint.endpointNodeId, magnet: endpoint.magnet }
  return { endpointNodeId: endpoint.endpointNodeId, position: { ...endpoint.position } }
}

/**
 * The node types a connector end may attach to: stickies, shapes and sections ([G] create-connector:
 * connectors "connect shapes, stickies, sections, and other nodes") and texts (joined by connectors in
 * [G] create-text's mind maps). Tables, frames, groups, widgets and the rest are not documented, so
 * the emulator refuses them; a connector never attaches to a connector.
 */
const ATTACHABLE: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT', 'SECTION', 'TEXT'])

function inUnitRange(value: number): boolean {
  return value >= 0 && value <= 1
}

/** One of the three documented endpoint shapes, attached only to a live node other than connectors. */
function checkEndpoint(ctx: EmulatorContext, self: ConnectorRecord, where: string, value: unknown): ConnectorEndpoint {
  const fields = checkObject(where, value)
  if (fields.endpointNodeId === undefined) {
    checkKnownKeys(where, fields, ['position', 'endpointNodeId'])
    return { position: checkVector(`${where}.position`, fields.position) }
  }
  const id = checkString(`${where}.endpointNodeId`, fields.endpointNodeId)
  const target = ctx.registry.scene(id)
  if (target === undefined) {
    throw new Error(`${where}: cannot attach to node ${JSON.stringify(id)}: no node with that id exists (was it removed?)`)
  }
  if (target === self || target.kind === 'CONNECTOR') {
    throw new Error(`${where}: a connector can only attach to another node that is not a connector (got ${target.kind} ${id})`)
  }
  if (!ATTACHABLE.has(target.kind)) {
    throw new Error(`${where}: the emulator does not attach connectors to a ${target.kind === 'GENERIC' ? target.type : target.kind} node (${id}): what FigJam does there is not documented`)
  }
  if (fields.magnet !== undefined) {
    checkKnownKeys(where, fields, ['endpointNodeId', 'magnet'])
    const endpoint = { endpointNodeId: id, magnet: checkOneOf(`${where}.magnet`, fields.magnet, MAGNETS) }
    checkMagnetFits(where, endpoint, self.lineType)
    return endpoint
  }
  checkKnownKeys(where, fields, ['endpointNodeId', 'position'])
  if (fields.position === undefined) throw new TypeError(`${where}: an attached end needs a magnet or a position`)
  const position = checkVector(`${where}.position`, fields.position)
  // [G] create-connector.md: a position given with a node is relative, 0-1 within it. What FigJam does
  // with a point outside the node is not documented, so the emulator refuses it.
  if (!inUnitRange(position.x) || !inUnitRange(position.y)) {
    throw new RangeError(`${where}.position: a position on a node is relative to it, 0 to 1 on each axis (got ${position.x}, ${position.y})`)
  }
  return { endpointNodeId: id, position }
}

/**
 * Source: developers.figma.com/docs/plugins/api/ConnectorEndpoint: "straight connectors may use only
 * the CENTER or NONE magnets; elbowed connectors may use every magnet but CENTER". Which magnets a
 * curved connector takes is not documented, so only NONE (which neither rule forbids) is accepted.
 * Applies both when an end is attached and when the line type changes under attached ends.
 */
function checkMagnetFits(where: string, end: ConnectorEndpoint, lineType: ConnectorNode['connectorLineType']): void {
  if (!('magnet' in end) || end.magnet === 'NONE') return
  const fits = lineType === 'STRAIGHT' ? end.magnet === 'CENTER' : lineType === 'ELBOWED' ? end.magnet !== 'CENTER' : false
  if (fits) return
  const allowed = lineType === 'STRAIGHT' ? 'CENTER or NONE' : lineType === 'ELBOWED' ? 'any magnet but CENTER' : 'only NONE (other magnets on curved connectors are undocumented)'
  throw new Error(`in ${where}: a ${lineType.toLowerCase()} connector cannot use the ${end.magnet} magnet; it takes ${allowed}`)
}

function checkVector(where: string, value: unknown): Vector {
  const fields = checkObject(where, value)
  return { x: checkNumber(`${where}.x`, fields.x), y: checkNumber(`${where}.y`, fields.y) }
}
