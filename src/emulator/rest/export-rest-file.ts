import { fontWeightOf } from '../model/font-library'
import { translation } from '../../geometry/transform'
import { absoluteBox } from '../model/node-geometry'
import { containerOrigin, ownBox } from '../model/placed-box'
import { unionBoxes } from '../../geometry/union-boxes'
import type {
  ConnectorRecord,
  FrameRecord,
  GenericRecord,
  GroupRecord,
  PluginDataRecord,
  SceneRecord,
  SectionRecord,
  ShapeWithTextRecord,
  StickyRecord,
  TableRecord,
  TextNodeRecord,
  TextRecord
} from '../model/node-records'
import { SHAPE_FONT, STICKY_FONT, TABLE_CELL_FONT } from '../model/emulator-defaults'
import type { NodeRegistry } from '../model/node-registry'
import type {
  RestConnectorEndpoint,
  RestConnectorNode,
  RestFile,
  RestFrameNode,
  RestGenericNode,
  RestGroupNode,
  RestPaint,
  RestPluginData,
  RestSceneNode,
  RestSectionNode,
  RestShapeWithTextNode,
  RestStickyNode,
  RestSublayerStyle,
  RestTableNode,
  RestTextNode
} from './rest-file-types'
import { restPaints } from './rest-paints'
import { restStrokeCap } from './rest-stroke-caps'

/**
 * The whole board as `GET /v1/files/:key?plugin_data=<pluginId>,shared` returns it: absolute boxes,
 * flat `characters`, REST cap names, and plugin data keyed by plugin id and by namespace.
 */
export function exportRestFile(registry: NodeRegistry, pluginId: string, name: string): RestFile {
  const file = exportRestShell(registry, pluginId, name)
  file.document.children[0]!.children = exportTree(registry, registry.root.page.children, pluginId)
  return file
}

/** The file around the page's nodes: the document and its page, with the page's `children` (its last field) left empty. */
export function exportRestShell(registry: NodeRegistry, pluginId: string, name: string): RestFile {
  const doc = registry.root
  const page = doc.page
  return {
    name,
    editorType: 'figjam',
    document: {
      id: doc.id,
      type: 'DOCUMENT',
      name: doc.name,
      ...pluginDataFields(doc.data, pluginId),
      children: [
        {
          id: page.id,
          type: 'CANVAS',
          name: page.name,
          ...pluginDataFields(page.data, pluginId),
          children: []
        }
      ]
    }
  }
}

/** One node and everything inside it, as the REST API gives it: what `exportAsync({ format: 'JSON_REST_V1' })` returns as `document`. */
export function exportRestNode(registry: NodeRegistry, record: SceneRecord, pluginId: string): RestSceneNode {
  return exportTree(registry, [record], pluginId, containerOrigin(record.parent))[0]!
}

/**
 * The page's nodes, parents before children, with an explicit stack and each container's origin
 * carried down, so a board nested thousands deep neither overflows the call stack nor walks up
 * its parents once per node.
 */
function exportTree(registry: NodeRegistry, top: readonly SceneRecord[], pluginId: string, topOrigin: Vector = { x: 0, y: 0 }): RestSceneNode[] {
  const roots: RestSceneNode[] = []
  const groups: { node: RestGroupNode; origin: Vector }[] = []
  const stack: { record: SceneRecord; into: RestSceneNode[]; origin: Vector }[] = []
  const pushChildren = (children: readonly SceneRecord[], into: RestSceneNode[], origin: Vector): void => {
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ record: children[i] as SceneRecord, into, origin })
  }
  pushChildren(top, roots, topOrigin)
  for (let entry = stack.pop(); entry !== undefined; entry = stack.pop()) {
    const { record, into, origin } = entry
    const box = restBoxOf(registry, record, origin)
    // A container's exporter writes an empty children list for the walk to fill.
    if (record.kind === 'GROUP') {
      const group = exportGroup(record, pluginId, box)
      into.push(group)
      groups.push({ node: group, origin })
      // A group is no containing parent: its members are placed from the origin around it.
      pushChildren(record.children, group.children, origin)
    } else if (record.kind === 'SECTION' || record.kind === 'FRAME') {
      const container = record.kind === 'SECTION' ? exportSection(record, pluginId, box) : exportFrame(record, pluginId, box)
      into.push(container)
      pushChildren(record.children, container.children, { x: box.x, y: box.y })
    } else {
      into.push(exportNode(record, pluginId, box))
    }
  }
  // Groups last, innermost first (they came after their outer groups): each box is the union of its
  // members' boxes, as placedBox has it, without walking every member once per enclosing group.
  const filled = new Set<RestSceneNode>()
  for (let i = groups.length - 1; i >= 0; i -= 1) {
    const { node, origin } = groups[i] as (typeof groups)[number]
    const members = node.children.filter((child) => child.type !== 'CONNECTOR' && (child.type !== 'GROUP' || filled.has(child)))
    // A node kept as read (RestGenericNode) may have had no box: it adds nothing to the group's.
    const box = unionBoxes(members.flatMap((child) => child.absoluteBoundingBox ?? [])) ?? { ...origin, width: 0, height: 0 }
    node.absoluteBoundingBox = box
    node.absoluteRenderBounds = { ...box }
    if (members.length > 0) filled.add(node)
  }
  return roots
}

/** A node's absolute box, placed from its container's origin; a group's is its origin until its members are known. */
export function restBoxOf(registry: NodeRegistry, record: SceneRecord, origin: Vector): Rect {
  return record.kind === 'CONNECTOR' ? absoluteBox(record, registry.scene) : record.kind === 'GROUP' ? { ...origin, width: 0, height: 0 } : ownBox(record, origin)
}

/**
 * One node with its box, without what lies inside it: a section's, a frame's or a group's
 * `children` list (its last field) is left empty for the caller to fill. Tables and nodes read from
 * REST come whole.
 */
export function exportNode(record: SceneRecord, pluginId: string, box: Rect): RestSceneNode {
  switch (record.kind) {
    case 'STICKY':
      return exportSticky(record, pluginId, box)
    case 'SHAPE_WITH_TEXT':
      return exportShape(record, pluginId, box)
    case 'CONNECTOR':
      return exportConnector(record, pluginId, box)
    case 'SECTION':
      return exportSection(record, pluginId, box)
    case 'GROUP':
      return exportGroup(record, pluginId, box)
    case 'FRAME':
      return exportFrame(record, pluginId, box)
    case 'TEXT':
      return exportText(record, pluginId, box)
    case 'TABLE':
      return exportTable(record, pluginId, box)
    case 'GENERIC':
      return exportGeneric(record, pluginId, box)
  }
}

/** What `layer` writes: the fields every node shares (`visible`/`locked` only when they differ from the default, as in REST). */
interface LayerFields<T extends string> {
  id: string
  name: string
  type: T
  visible?: false
  locked?: true
  absoluteBoundingBox: Rect
  absoluteRenderBounds: Rect
  relativeTransform?: Transform
  size?: Vector
  pluginData?: RestPluginData
  sharedPluginData?: RestPluginData
}

/**
 * Fields every node shares, in the REST API's order; `visible`/`locked` appear only when they differ
 * from the default, as in REST. Written onto the one object each exporter then adds its own fields
 * to (Object.assign), not copied from one object into the next: a board's export makes a node per
 * node, and no more.
 */
function layer<T extends string>(record: SceneRecord, type: T, pluginId: string, box: Rect): LayerFields<T> {
  const node = { id: record.id, name: record.kind === 'TEXT' && record.autoRename ? record.text.characters : record.name, type }
  if (!record.visible) setField(node, 'visible', false)
  if (record.locked) setField(node, 'locked', true)
  setField(node, 'absoluteBoundingBox', box)
  setField(node, 'absoluteRenderBounds', { ...box })
  // A turned node also gets its transform and unturned size, so the way back knows its real size.
  if (record.kind !== 'CONNECTOR' && record.kind !== 'GROUP' && record.rotation !== undefined && record.rotation !== 0) {
    setField(node, 'relativeTransform', translation(record.x, record.y, record.rotation))
    setField(node, 'size', { x: record.width, y: record.height })
  }
  addPluginData(node, record.data, pluginId)
  return node
}

/**
 * Sets one field of a node being exported, and tells the compiler it is set. Each exporter adds its
 * own fields to the one object `layer` made, one by one in the REST API's order: no second object
 * per node to copy them from, nor one per group of fields (strokes), since the whole file is held
 * until its text is written and a big board's garbage grows the collector's work. Set this way, the
 * node is its REST type (rest-file-types.ts, from @figma/rest-api-spec) only once every field that
 * type requires is set, each with a value of the type it requires: the compiler checks each
 * exporter's return, where a cast would let a forgotten or mistyped field through.
 */
function setField<N extends object, K extends string, const V>(node: N, key: K, value: V): asserts node is N & { [P in K]: V } {
  ;(node as Record<string, unknown>)[key] = value
}

function exportSticky(record: StickyRecord, pluginId: string, box: Rect): RestStickyNode {
  const node = layer(record, 'STICKY', pluginId, box)
  setField(node, 'characters', record.text.characters)
  addSublayerStyle(node, record.text, STICKY_FONT)
  setField(node, 'fills', restPaints(record.fills))
  setField(node, 'authorVisible', record.authorVisible)
  return node
}

function exportShape(record: ShapeWithTextRecord, pluginId: string, box: Rect): RestShapeWithTextNode {
  const node = layer(record, 'SHAPE_WITH_TEXT', pluginId, box)
  setField(node, 'shapeType', record.shapeType)
  setField(node, 'characters', record.text.characters)
  addSublayerStyle(node, record.text, SHAPE_FONT)
  setField(node, 'fills', restPaints(record.fills))
  addStrokes(node, record)
  return node
}

function exportConnector(record: ConnectorRecord, pluginId: string, box: Rect): RestConnectorNode {
  const node = layer(record, 'CONNECTOR', pluginId, box)
  setField(node, 'characters', record.text.characters)
  setField(node, 'connectorStart', restEndpoint(record.start))
  setField(node, 'connectorEnd', restEndpoint(record.end))
  setField(node, 'connectorLineType', record.lineType)
  setField(node, 'connectorStartStrokeCap', restStrokeCap(record.startCap))
  setField(node, 'connectorEndStrokeCap', restStrokeCap(record.endCap))
  setField(node, 'textBackground', { fills: restPaints(record.textBackgroundFills) })
  addStrokes(node, record)
  return node
}

function exportSection(record: SectionRecord, pluginId: string, box: Rect): RestSectionNode {
  const node = layer(record, 'SECTION', pluginId, box)
  setField(node, 'sectionContentsHidden', record.contentsHidden)
  setField(node, 'fills', restPaints(record.fills))
  addStrokes(node, record)
  setField(node, 'children', [] as RestSceneNode[])
  return node
}

/** A group: its box is its members' union; REST gives it no fills of its own here. */
function exportGroup(record: GroupRecord, pluginId: string, box: Rect): RestGroupNode {
  return Object.assign(layer(record, 'GROUP', pluginId, box), { children: [] })
}

function exportFrame(record: FrameRecord, pluginId: string, box: Rect): RestFrameNode {
  const node = layer(record, 'FRAME', pluginId, box)
  setField(node, 'fills', restPaints(record.fills))
  addStrokes(node, record)
  setField(node, 'clipsContent', record.clipsContent)
  setField(node, 'children', [] as RestSceneNode[])
  return node
}

function exportText(record: TextNodeRecord, pluginId: string, box: Rect): RestTextNode {
  const { text } = record
  return Object.assign(layer(record, 'TEXT', pluginId, box), {
    characters: text.characters,
    style: {
      fontFamily: text.fontName.family,
      fontStyle: text.fontName.style,
      fontWeight: fontWeightOf(text.fontName),
      fontSize: text.fontSize,
      textAutoResize: record.autoResize,
      textAlignHorizontal: record.alignHorizontal,
      textAlignVertical: record.alignVertical
    },
    fills: restPaints(text.fills)
  })
}

/** A table with its cells as TABLE_CELL children, row by row, each with its absolute box. */
function exportTable(record: TableRecord, pluginId: string, box: Rect): RestTableNode {
  const lefts = offsets(record.columnWidths, box.x)
  const tops = offsets(record.rowHeights, box.y)
  return Object.assign(layer(record, 'TABLE', pluginId, box), {
    fills: restPaints(record.fills),
    children: record.cells.flatMap((row, r) =>
      row.map((cell, c) => {
        const cellBox = { x: lefts[c] ?? box.x, y: tops[r] ?? box.y, width: record.columnWidths[c] ?? 0, height: record.rowHeights[r] ?? 0 }
        const node = { id: cell.id, name: '', type: 'TABLE_CELL' as const, absoluteBoundingBox: cellBox, absoluteRenderBounds: { ...cellBox }, characters: cell.text.characters }
        addSublayerStyle(node, cell.text, TABLE_CELL_FONT)
        return Object.assign(node, { fills: restPaints(cell.fills) })
      })
    )
  })
}

/**
 * The font of a sticky's, shape's or cell's text where it is not FigJam's default (RestSublayerStyle):
 * the font of its first character, as a text node's `style` gives it.
 */
function addSublayerStyle(node: object, text: TextRecord, byDefault: FontName): void {
  const font = text.runs?.[0]?.fontName ?? text.fontName
  if (font.family === byDefault.family && font.style === byDefault.style) return
  const style: RestSublayerStyle = { fontFamily: font.family, fontStyle: font.style, fontWeight: fontWeightOf(font) }
  setField(node, 'style', style)
}

/** Where each track starts: `start`, then after each size in turn. */
function offsets(sizes: readonly number[], start: number): number[] {
  let at = start
  return sizes.map((size) => {
    const here = at
    at += size
    return here
  })
}

/** The node as read, with its current name, box (children shifted along) and plugin data. */
function exportGeneric(record: GenericRecord, pluginId: string, box: Rect): RestGenericNode {
  const raw = JSON.parse(JSON.stringify(record.rest)) as RestGenericNode
  delete raw.pluginData
  delete raw.sharedPluginData
  const before = raw.absoluteBoundingBox
  if (before !== null && before !== undefined) shiftBoxes(raw, box.x - before.x, box.y - before.y)
  return { ...raw, id: record.id, name: record.name, type: record.type, ...pluginDataFields(record.data, pluginId) }
}

function shiftBoxes(node: Record<string, unknown>, dx: number, dy: number): void {
  if (dx === 0 && dy === 0) return
  for (const field of ['absoluteBoundingBox', 'absoluteRenderBounds']) {
    const box = node[field] as { x: number; y: number } | null | undefined
    if (box !== null && typeof box === 'object') {
      box.x += dx
      box.y += dy
    }
  }
  if (Array.isArray(node.children)) {
    for (const child of node.children as Record<string, unknown>[]) shiftBoxes(child, dx, dy)
  }
}

/** The stroke fields, onto the node (see setField): `strokeDashes` only when the line is dashed. */
function addStrokes<N extends object>(
  node: N,
  record: { strokes: ReadonlyArray<Paint>; strokeWeight: number; dashPattern: ReadonlyArray<number> }
): asserts node is N & { strokes: RestPaint[]; strokeWeight: number; strokeDashes?: number[] } {
  setField(node, 'strokes', restPaints(record.strokes))
  setField(node, 'strokeWeight', record.strokeWeight)
  if (record.dashPattern.length > 0) setField(node, 'strokeDashes', [...record.dashPattern])
}

/** REST has no NONE magnet: such an end is written with its node id only. */
function restEndpoint(endpoint: ConnectorEndpoint): RestConnectorEndpoint {
  if (!('endpointNodeId' in endpoint)) return { position: { ...endpoint.position } }
  if ('position' in endpoint) return { endpointNodeId: endpoint.endpointNodeId, position: { ...endpoint.position } }
  if (endpoint.magnet === 'NONE') return { endpointNodeId: endpoint.endpointNodeId }
  return { endpointNodeId: endpoint.endpointNodeId, magnet: endpoint.magnet }
}

function pluginDataFields(data: PluginDataRecord, pluginId: string): { pluginData?: RestPluginData; sharedPluginData?: RestPluginData } {
  const fields: { pluginData?: RestPluginData; sharedPluginData?: RestPluginData } = {}
  addPluginData(fields, data, pluginId)
  return fields
}

/** Adds a node's plugin data, own (by plugin id) then shared (by namespace), each only when it holds an entry. */
function addPluginData<N extends object>(node: N, data: PluginDataRecord, pluginId: string): asserts node is N & { pluginData?: RestPluginData; sharedPluginData?: RestPluginData } {
  // forEach, not for...of or Object.fromEntries: no iterator and no [key, value] pair per entry, for every node.
  let own: RestPluginData | undefined
  if (data.own.size > 0) (own ??= {})[pluginId] = entriesObject(data.own)
  data.otherPlugins.forEach((entries, id) => {
    if (entries.size > 0) (own ??= {})[id] = entriesObject(entries)
  })
  if (own !== undefined) setField(node, 'pluginData', own)
  let shared: RestPluginData | undefined
  data.shared.forEach((entries, namespace) => {
    if (entries.size > 0) (shared ??= {})[namespace] = entriesObject(entries)
  })
  if (shared !== undefined) setField(node, 'sharedPluginData', shared)
}

/** A map's entries as an object's own fields, in the map's order, as Object.fromEntries makes them (`__proto__` too). */
function entriesObject(entries: ReadonlyMap<string, string>): Record<string, string> {
  const fields: Record<string, string> = {}
  entries.forEach((value, key) => {
    if (key === '__proto__') Object.defineProperty(fields, key, { value, enumerable: true, writable: true, configurable: true })
    else fields[key] = value
  })
  return fields
}
