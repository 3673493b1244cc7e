import { fontWeightOf } from '../model/font-library'
import { absoluteBox, translation } from '../model/node-geometry'
import type {
  ConnectorRecord,
  GenericRecord,
  PluginDataRecord,
  SceneRecord,
  SectionRecord,
  ShapeWithTextRecord,
  StickyRecord,
  TableRecord,
  TextNodeRecord
} from '../model/node-records'
import type { NodeRegistry } from '../model/node-registry'
import type {
  RestConnectorEndpoint,
  RestConnectorNode,
  RestFile,
  RestGenericNode,
  RestPluginData,
  RestSceneNode,
  RestSectionNode,
  RestShapeWithTextNode,
  RestStickyNode,
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
          children: page.children.map((child) => exportNode(registry, child, pluginId))
        }
      ]
    }
  }
}

function exportNode(registry: NodeRegistry, record: SceneRecord, pluginId: string): RestSceneNode {
  switch (record.kind) {
    case 'STICKY':
      return exportSticky(registry, record, pluginId)
    case 'SHAPE_WITH_TEXT':
      return exportShape(registry, record, pluginId)
    case 'CONNECTOR':
      return exportConnector(registry, record, pluginId)
    case 'SECTION':
      return exportSection(registry, record, pluginId)
    case 'TEXT':
      return exportText(registry, record, pluginId)
    case 'TABLE':
      return exportTable(registry, record, pluginId)
    case 'GENERIC':
      return exportGeneric(registry, record, pluginId)
  }
}

/** Fields every node shares; `visible`/`locked` appear only when they differ from the default, as in REST. */
function layer<T extends string>(registry: NodeRegistry, record: SceneRecord, type: T, pluginId: string) {
  const box = absoluteBox(record, registry.scene)
  return {
    id: record.id,
    name: record.kind === 'TEXT' && record.autoRename ? record.text.characters : record.name,
    type,
    ...(record.visible ? {} : { visible: false }),
    ...(record.locked ? { locked: true } : {}),
    absoluteBoundingBox: box,
    absoluteRenderBounds: { ...box },
    ...turned(record),
    ...pluginDataFields(record.data, pluginId)
  }
}

/** A turned node also gets its transform and unturned size, so the way back knows its real size. */
function turned(record: SceneRecord): { relativeTransform?: Transform; size?: Vector } {
  if (record.kind === 'CONNECTOR' || record.rotation === undefined || record.rotation === 0) return {}
  return { relativeTransform: translation(record.x, record.y, record.rotation), size: { x: record.width, y: record.height } }
}

function exportSticky(registry: NodeRegistry, record: StickyRecord, pluginId: string): RestStickyNode {
  return {
    ...layer(registry, record, 'STICKY', pluginId),
    characters: record.text.characters,
    fills: restPaints(record.fills),
    authorVisible: record.authorVisible
  }
}

function exportShape(registry: NodeRegistry, record: ShapeWithTextRecord, pluginId: string): RestShapeWithTextNode {
  return {
    ...layer(registry, record, 'SHAPE_WITH_TEXT', pluginId),
    shapeType: record.shapeType,
    characters: record.text.characters,
    fills: restPaints(record.fills),
    ...strokeFields(record)
  }
}

function exportConnector(registry: NodeRegistry, record: ConnectorRecord, pluginId: string): RestConnectorNode {
  return {
    ...layer(registry, record, 'CONNECTOR', pluginId),
    characters: record.text.characters,
    connectorStart: restEndpoint(record.start),
    connectorEnd: restEndpoint(record.end),
    connectorLineType: record.lineType,
    connectorStartStrokeCap: restStrokeCap(record.startCap),
    connectorEndStrokeCap: restStrokeCap(record.endCap),
    textBackground: { fills: restPaints(record.textBackgroundFills) },
    ...strokeFields(record)
  }
}

function exportSection(registry: NodeRegistry, record: SectionRecord, pluginId: string): RestSectionNode {
  return {
    ...layer(registry, record, 'SECTION', pluginId),
    sectionContentsHidden: record.contentsHidden,
    fills: restPaints(record.fills),
    ...strokeFields(record),
    children: record.children.map((child) => exportNode(registry, child, pluginId))
  }
}

function exportText(registry: NodeRegistry, record: TextNodeRecord, pluginId: string): RestTextNode {
  const { text } = record
  return {
    ...layer(registry, record, 'TEXT', pluginId),
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
  }
}

/** A table with its cells as TABLE_CELL children, row by row, each with its absolute box. */
function exportTable(registry: NodeRegistry, record: TableRecord, pluginId: string): RestTableNode {
  const box = absoluteBox(record, registry.scene)
  const lefts = offsets(record.columnWidths, box.x)
  const tops = offsets(record.rowHeights, box.y)
  return {
    ...layer(registry, record, 'TABLE', pluginId),
    fills: restPaints(record.fills),
    children: record.cells.flatMap((row, r) =>
      row.map((cell, c) => {
        const cellBox = { x: lefts[c] ?? box.x, y: tops[r] ?? box.y, width: record.columnWidths[c] ?? 0, height: record.rowHeights[r] ?? 0 }
        return {
          id: cell.id,
          name: '',
          type: 'TABLE_CELL' as const,
          absoluteBoundingBox: cellBox,
          absoluteRenderBounds: { ...cellBox },
          characters: cell.text.characters,
          fills: restPaints(cell.fills)
        }
      })
    )
  }
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
function exportGeneric(registry: NodeRegistry, record: GenericRecord, pluginId: string): RestGenericNode {
  const raw = JSON.parse(JSON.stringify(record.rest)) as RestGenericNode
  delete raw.pluginData
  delete raw.sharedPluginData
  const box = absoluteBox(record, registry.scene)
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

function strokeFields(record: { strokes: ReadonlyArray<Paint>; strokeWeight: number; dashPattern: ReadonlyArray<number> }) {
  return {
    strokes: restPaints(record.strokes),
    strokeWeight: record.strokeWeight,
    ...(record.dashPattern.length > 0 ? { strokeDashes: [...record.dashPattern] } : {})
  }
}

/** REST has no NONE magnet: such an end is written with its node id only. */
function restEndpoint(endpoint: ConnectorEndpoint): RestConnectorEndpoint {
  if (!('endpointNodeId' in endpoint)) return { position: { ...endpoint.position } }
  if ('position' in endpoint) return { endpointNodeId: endpoint.endpointNodeId, position: { ...endpoint.position } }
  if (endpoint.magnet === 'NONE') return { endpointNodeId: endpoint.endpointNodeId }
  return { endpointNodeId: endpoint.endpointNodeId, magnet: endpoint.magnet }
}

function pluginDataFields(data: PluginDataRecord, pluginId: string): { pluginData?: RestPluginData; sharedPluginData?: RestPluginData } {
  const own: RestPluginData = {}
  if (data.own.size > 0) own[pluginId] = Object.fromEntries(data.own)
  for (const [id, entries] of data.otherPlugins) if (entries.size > 0) own[id] = Object.fromEntries(entries)
  const shared: RestPluginData = {}
  for (const [namespace, entries] of data.shared) if (entries.size > 0) shared[namespace] = Object.fromEntries(entries)
  return {
    ...(Object.keys(own).length > 0 ? { pluginData: own } : {}),
    ...(Object.keys(shared).length > 0 ? { sharedPluginData: shared } : {})
  }
}
