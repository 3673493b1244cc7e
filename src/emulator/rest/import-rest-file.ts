import type * as z from 'zod/mini'

import { boardNestingProblem, formatPath, formatZodIssues, type Problem } from '../../model'
import {
  CONNECTOR_FONT_SIZE,
  SHAPE_FONT,
  SHAPE_FONT_SIZE,
  STICKY_FONT,
  STICKY_FONT_SIZE,
  STICKY_SIZE,
  STICKY_WIDE_WIDTH,
  TABLE_CELL_FONT,
  TABLE_CELL_FONT_SIZE,
  TEXT_NODE_FONT,
  TEXT_NODE_FONT_SIZE,
  UNSET_CONNECTOR_FONT
} from '../model/emulator-defaults'
import {
  type ContainerRecord,
  NO_ENTRIES,
  NO_PLUGIN_DATA,
  type PluginDataRecord,
  type SceneRecord,
  type TableCellRecord,
  type TableRecord,
  type TextRecord
} from '../model/node-records'
import { NodeRegistry } from '../model/node-registry'
import { exactHex, hexRgb, shapeTextHexFor } from '../model/figjam-palettes'
import { importedPaints, solidPaints, toStoredDashPattern } from '../model/paints'
import { isShapeType } from '../model/shape-types'
import { RestFileError } from './rest-file-error'
import {
  RestConnectorSchema,
  type RestEndpointInput,
  RestFileSchema,
  RestFrameSchema,
  RestGroupSchema,
  RestLayerSchema,
  type RestPaintInput,
  RestSectionSchema,
  RestShapeWithTextSchema,
  RestStickySchema,
  RestTableCellSchema,
  RestTableSchema,
  RestTextSchema
} from './rest-file-schema'
import { pluginPaints } from './rest-paints'
import { pluginStrokeCap } from './rest-stroke-caps'

export interface ImportedBoard {
  registry: NodeRegistry
  name: string
}

/** Where the loaded page's nodes sit in the file, for problem paths. */
const PAGE_PATH = formatPath(['document', 'children', 0])

/** A sticky at least this wide was a wide sticky (halfway between 240 and 416). */
const WIDE_STICKY_THRESHOLD = (STICKY_SIZE + STICKY_WIDE_WIDTH) / 2

/**
 * Builds the document a REST file describes: node ids, names, boxes (made parent-relative), text,
 * paints, connector ends and plugin data are kept. Sections are rebuilt at any depth, because every
 * generated board nests its stage sections in the board section. Node kinds the emulator does not
 * model and shapes with an unknown shapeType become generic nodes that keep their JSON. Only the
 * first page is loaded. Every problem found is reported at once with its path.
 */
export function importRestFile(input: unknown, pluginId: string): ImportedBoard {
  const tooDeep = boardNestingProblem(input)
  if (tooDeep !== undefined) throw new RestFileError([tooDeep])
  const file = RestFileSchema.safeParse(input)
  if (!file.success) throw new RestFileError(formatZodIssues(file.error.issues, input))
  const { document: root, name } = file.data
  const [canvas] = root.children
  if (canvas === undefined) throw new RestFileError([{ path: formatPath(['document', 'children']), message: 'must hold at least one page' }])

  const registry = new NodeRegistry({ documentId: root.id, documentName: root.name, pageId: canvas.id, pageName: canvas.name })
  const importer = new BoardImporter(registry, pluginId)
  registry.root.data = importer.pluginData(root)
  registry.page.data = importer.pluginData(canvas)
  importer.children(canvas.children, registry.page, { x: 0, y: 0 }, `${PAGE_PATH}.children`)
  if (importer.problems.length > 0) throw new RestFileError(importer.problems)
  return { registry, name: name ?? root.name }
}

/**
 * The fields every record starts with. Each record is this base with its kind's fields added
 * (Object.assign), not a literal spreading it and going on: V8 gives such a spread a hidden class
 * of its own per record, and with one per node every look at a record on a big board misses the
 * engine's caches (5,000 stickies, 5,000 classes).
 */
interface ImportedBase {
  id: string
  name: string
  removed: false
  data: PluginDataRecord
  parent: null
  x: number
  y: number
  visible: boolean
  locked: boolean
  rotation?: number
}

class BoardImporter {
  readonly problems: Problem[] = []

  constructor(
    private readonly registry: NodeRegistry,
    private readonly pluginId: string
  ) {}

  children(raw: readonly unknown[], parent: ContainerRecord, origin: Vector, path: string): void {
    raw.forEach((item, index) => {
      const record = this.node(item, origin, `${path}[${index}]`)
      if (record === undefined) return
      record.parent = parent
      parent.children.push(record)
    })
  }

  /** A layer without plugin data shares NO_PLUGIN_DATA, as a created node does (node-records.ts). */
  pluginData(layer: { pluginData?: Record<string, Record<string, string>>; sharedPluginData?: Record<string, Record<string, string>> }): PluginDataRecord {
    if (layer.pluginData === undefined && layer.sharedPluginData === undefined) return NO_PLUGIN_DATA
    let own: ReadonlyMap<string, string> = NO_ENTRIES
    const otherPlugins = new Map<string, ReadonlyMap<string, string>>()
    for (const [id, values] of Object.entries(layer.pluginData ?? {})) {
      const map = new Map(Object.entries(values))
      if (id === this.pluginId) own = map
      else otherPlugins.set(id, map)
    }
    const shared = new Map<string, ReadonlyMap<string, string>>()
    for (const [namespace, values] of Object.entries(layer.sharedPluginData ?? {})) shared.set(namespace, new Map(Object.entries(values)))
    return { own, otherPlugins, shared }
  }

  private node(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const layer = this.parse(RestLayerSchema, raw, path)
    if (layer === undefined) return undefined
    if (this.registry.isTaken(layer.id)) {
      this.problems.push({ path: `${path}.id`, message: `duplicate node id ${JSON.stringify(layer.id)}` })
      return undefined
    }
    const record = this.modelled(raw, layer.type, origin, path) ?? this.generic(raw, origin, path)
    if (record === undefined) return undefined
    this.registry.register(record)
    if (record.kind === 'SECTION' || record.kind === 'FRAME' || record.kind === 'GROUP') {
      const children = (raw as { children?: unknown[] }).children ?? []
      // A group is no containing parent: its members are placed from the origin around it.
      const inner = record.kind === 'GROUP' ? origin : { x: origin.x + record.x, y: origin.y + record.y }
      this.children(children, record, inner, `${path}.children`)
    }
    return record
  }

  /** The record for a kind the emulator models, or undefined to keep the node generic. */
  private modelled(raw: unknown, type: string, origin: Vector, path: string): SceneRecord | undefined {
    switch (type) {
      case 'STICKY':
        return this.sticky(raw, origin, path)
      case 'SHAPE_WITH_TEXT':
        return this.shape(raw, origin, path)
      case 'CONNECTOR':
        return this.connector(raw, path)
      case 'SECTION':
        return this.section(raw, origin, path)
      case 'FRAME':
        return this.frame(raw, origin, path)
      case 'GROUP':
        return this.group(raw)
      case 'TEXT':
        return this.text(raw, origin, path)
      case 'TABLE':
        return this.table(raw, origin, path)
      default:
        return undefined
    }
  }

  private sticky(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestStickySchema, raw, path)
    if (node === undefined) return undefined
    const box = unturnedSize(node)
    return Object.assign(this.base(node, origin), {
      kind: 'STICKY' as const,
      width: box.width,
      height: box.height,
      isWideWidth: box.width >= WIDE_STICKY_THRESHOLD,
      fills: this.paints(node.fills, `${path}.fills`),
      text: this.textRecord(node.characters, fontOf(node.style, STICKY_FONT), STICKY_FONT_SIZE, []),
      authorVisible: node.authorVisible,
      authorName: ''
    })
  }

  private shape(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestShapeWithTextSchema, raw, path)
    if (node === undefined || !isShapeType(node.shapeType)) return undefined
    const fills = this.paints(node.fills, `${path}.fills`)
    const size = unturnedSize(node)
    const record = Object.assign(this.base(node, origin), this.strokes(node, path))
    return Object.assign(record, {
      kind: 'SHAPE_WITH_TEXT' as const,
      width: size.width,
      height: size.height,
      shapeType: node.shapeType,
      fills,
      text: this.textRecord(node.characters, fontOf(node.style, SHAPE_FONT), SHAPE_FONT_SIZE, [], '', solidPaints(hexRgb(shapeTextHexFor(exactHex(fills)))))
    })
  }

  private connector(raw: unknown, path: string): SceneRecord | undefined {
    const node = this.parse(RestConnectorSchema, raw, path)
    if (node === undefined) return undefined
    const box = node.absoluteBoundingBox ?? undefined
    // A labelled connector had a real font; an unlabelled one reads like a fresh connector.
    const font = node.characters === '' ? UNSET_CONNECTOR_FONT : SHAPE_FONT
    const record = Object.assign(this.base(node, box ?? { x: 0, y: 0 }), this.strokes(node, path))
    const connector = Object.assign(record, {
      kind: 'CONNECTOR' as const,
      start: pluginEndpoint(node.connectorStart),
      end: pluginEndpoint(node.connectorEnd),
      lineType: node.connectorLineType,
      startCap: pluginStrokeCap(node.connectorStartStrokeCap),
      endCap: pluginStrokeCap(node.connectorEndStrokeCap),
      text: this.textRecord(node.characters, font, CONNECTOR_FONT_SIZE, []),
      textBackgroundFills: this.paints(node.textBackground?.fills ?? [], `${path}.textBackground.fills`)
    })
    return box === undefined ? connector : Object.assign(connector, { importedBox: { ...box } })
  }

  private section(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestSectionSchema, raw, path)
    if (node === undefined) return undefined
    return Object.assign(Object.assign(this.base(node, origin), this.strokes(node, path)), {
      kind: 'SECTION' as const,
      width: node.absoluteBoundingBox.width,
      height: node.absoluteBoundingBox.height,
      fills: this.paints(node.fills, `${path}.fills`),
      children: [],
      contentsHidden: node.sectionContentsHidden
    })
  }

  private frame(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestFrameSchema, raw, path)
    if (node === undefined) return undefined
    const size = unturnedSize(node)
    return Object.assign(Object.assign(this.base(node, origin), this.strokes(node, path)), {
      kind: 'FRAME' as const,
      width: size.width,
      height: size.height,
      fills: this.paints(node.fills, `${path}.fills`),
      children: [],
      clipsContent: node.clipsContent
    })
  }

  /** A group with members; one without (which Figma does not make) stays a generic node. */
  private group(raw: unknown): SceneRecord | undefined {
    const parsed = RestGroupSchema.safeParse(raw)
    if (!parsed.success) return undefined
    // The emulator does not turn groups: a group's members carry their own turns and places.
    return Object.assign(this.base(parsed.data, { x: 0, y: 0 }, { x: 0, y: 0, width: 0, height: 0 }, false), { x: 0, y: 0, kind: 'GROUP' as const, children: [] })
  }

  private text(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestTextSchema, raw, path)
    if (node === undefined) return undefined
    const { style } = node
    const font = { family: style.fontFamily ?? TEXT_NODE_FONT.family, style: style.fontStyle ?? TEXT_NODE_FONT.style }
    const size = unturnedSize(node)
    return Object.assign(this.base(node, origin), {
      kind: 'TEXT' as const,
      width: size.width,
      height: size.height,
      text: this.textRecord(node.characters, font, style.fontSize ?? TEXT_NODE_FONT_SIZE, node.fills, `${path}.fills`),
      autoResize: style.textAutoResize ?? 'NONE',
      alignHorizontal: style.textAlignHorizontal ?? 'LEFT',
      alignVertical: style.textAlignVertical ?? 'TOP',
      autoRename: node.name === node.characters
    })
  }

  /**
   * A table from its cells' boxes: each distinct left edge starts a column and each distinct top a
   * row, so column widths and row heights come back as they were. Cells that do not make a grid
   * (a hole, two in one place, no box) leave the table generic.
   */
  private table(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    // A table whose cells say less than a grid needs is kept as it is, like a node kind the emulator does not model.
    const parsed = RestTableSchema.safeParse(raw)
    if (!parsed.success) return undefined
    const node = parsed.data
    const cells = node.children.flatMap((child) => {
      const cell = RestTableCellSchema.safeParse(child)
      return cell.success ? [cell.data] : []
    })
    if (cells.length !== node.children.length) return undefined
    const lefts = distinct(cells.map((c) => c.absoluteBoundingBox.x))
    const tops = distinct(cells.map((c) => c.absoluteBoundingBox.y))
    const table: TableRecord = Object.assign(this.base(node, origin), {
      kind: 'TABLE' as const,
      width: node.absoluteBoundingBox.width,
      height: node.absoluteBoundingBox.height,
      columnWidths: lefts.map(() => 0),
      rowHeights: tops.map(() => 0),
      cells: tops.map((): TableCellRecord[] => []),
      fills: this.paints(node.fills, `${path}.fills`)
    })
    const grid: (TableCellRecord | undefined)[][] = tops.map(() => lefts.map(() => undefined))
    let overlapping = false
    cells.forEach((cell, i) => {
      const r = tops.indexOf(cell.absoluteBoundingBox.y)
      const c = lefts.indexOf(cell.absoluteBoundingBox.x)
      const row = grid[r] as (TableCellRecord | undefined)[]
      if (row[c] !== undefined) {
        overlapping = true
        return
      }
      this.registry.reserveId(cell.id)
      table.rowHeights[r] = cell.absoluteBoundingBox.height
      table.columnWidths[c] = cell.absoluteBoundingBox.width
      row[c] = { kind: 'TABLE_CELL', id: cell.id, table, text: this.textRecord(cell.characters, fontOf(cell.style, TABLE_CELL_FONT), TABLE_CELL_FONT_SIZE, []), fills: this.paints(cell.fills, `${path}.children[${i}].fills`) }
    })
    if (overlapping || grid.some((row) => row.some((cell) => cell === undefined))) return undefined
    table.cells = grid as TableCellRecord[][]
    return table
  }

  private generic(raw: unknown, origin: Vector, path: string): SceneRecord | undefined {
    const node = this.parse(RestLayerSchema, raw, path)
    if (node === undefined) return undefined
    this.reserveNestedIds(node.children ?? [])
    const box = node.absoluteBoundingBox ?? { x: origin.x, y: origin.y, width: 0, height: 0 }
    return Object.assign(this.base(node, origin, box), {
      kind: 'GENERIC' as const,
      type: node.type,
      width: box.width,
      height: box.height,
      rest: JSON.parse(JSON.stringify(raw)) as Record<string, unknown>
    })
  }

  private base(
    node: z.output<typeof RestLayerSchema> & { absoluteBoundingBox?: Rect | null; relativeTransform?: Transform },
    origin: Vector,
    box: Rect | null | undefined = node.absoluteBoundingBox,
    turns = true
  ): ImportedBase {
    const transform = node.relativeTransform
    // A turned node sits where its transform says: its box is only the bounds of its turned corners.
    const rotation = !turns || transform === undefined ? 0 : Math.round(((Math.atan2(-transform[1][0], transform[0][0]) * 180) / Math.PI) * 1e9) / 1e9
    const id = node.id
    const name = node.name
    const data = this.pluginData(node)
    const x = transform === undefined ? (box?.x ?? origin.x) - origin.x : transform[0][2]
    const y = transform === undefined ? (box?.y ?? origin.y) - origin.y : transform[1][2]
    const visible = node.visible
    const locked = node.locked
    return rotation === 0
      ? { id, name, removed: false, data, parent: null, x, y, visible, locked }
      : { id, name, removed: false, data, parent: null, x, y, visible, locked, rotation }
  }

  private strokes(node: { strokes: RestPaintInput[]; strokeWeight?: number; strokeDashes?: number[] }, path: string) {
    return {
      strokes: this.paints(node.strokes, `${path}.strokes`),
      strokeWeight: node.strokeWeight ?? 1,
      dashPattern: toStoredDashPattern(`${path}.strokeDashes`, node.strokeDashes ?? [])
    }
  }

  /** A node's text; `shown` gives the paints it takes instead of the file's (a shape's text takes its preset's colour). */
  private textRecord(characters: string, fontName: FontName, fontSize: number, fills: RestPaintInput[], fillsPath = '', shown?: ReadonlyArray<Paint>): TextRecord {
    return { characters, fontName: { family: fontName.family, style: fontName.style }, fontSize, fills: shown ?? this.paints(fills, fillsPath) }
  }

  private paints(raw: readonly RestPaintInput[], path: string): ReadonlyArray<Paint> {
    try {
      return importedPaints(path, pluginPaints(raw))
    } catch (error) {
      this.problems.push({ path, message: error instanceof Error ? error.message : String(error) })
      return Object.freeze([])
    }
  }

  private reserveNestedIds(children: readonly unknown[]): void {
    for (const child of children) {
      if (child === null || typeof child !== 'object') continue
      const { id, children: nested } = child as { id?: unknown; children?: unknown }
      if (typeof id === 'string') this.registry.reserveId(id)
      if (Array.isArray(nested)) this.reserveNestedIds(nested)
    }
  }

  private parse<S extends z.ZodMiniType>(schema: S, raw: unknown, path: string): z.output<S> | undefined {
    const result = schema.safeParse(raw)
    if (result.success) return result.data
    this.problems.push(...formatZodIssues(result.error.issues, raw, path))
    return undefined
  }
}

/** A node's own width and height: its `size` when REST gives one (a turned node), else its box's. */
function unturnedSize(node: { absoluteBoundingBox: Rect; size?: Vector | undefined }): { width: number; height: number } {
  return node.size === undefined ? { width: node.absoluteBoundingBox.width, height: node.absoluteBoundingBox.height } : { width: node.size.x, height: node.size.y }
}

/** The values in increasing order, each once. */
function distinct(values: readonly number[]): number[] {
  return [...new Set(values)].sort((a, b) => a - b)
}

/** REST ends map back one to one; an attached end without magnet or position had the NONE magnet. */
function pluginEndpoint(endpoint: RestEndpointInput): ConnectorEndpoint {
  const { endpointNodeId: id, position, magnet } = endpoint
  if (id === undefined) return { position: { x: position?.x ?? 0, y: position?.y ?? 0 } }
  if (magnet !== undefined) return { endpointNodeId: id, magnet }
  if (position !== undefined) return { endpointNodeId: id, position: { x: position.x, y: position.y } }
  return { endpointNodeId: id, magnet: 'NONE' }
}

/** A sticky's, shape's or cell's font as the file gives it (RestSublayerStyle), else FigJam's default for it. */
function fontOf(style: { fontFamily: string; fontStyle: string } | undefined, byDefault: FontName): FontName {
  return style === undefined ? byDefault : { family: style.fontFamily, style: style.fontStyle }
}
