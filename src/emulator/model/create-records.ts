import {
  CHARCOAL,
  CONNECTOR_DEFAULT_LENGTH,
  CONNECTOR_FONT_SIZE,
  CONNECTOR_STROKE_WEIGHT,
  DEFAULT_CONNECTOR_END_CAP,
  DEFAULT_CONNECTOR_LINE_TYPE,
  DEFAULT_CONNECTOR_START_CAP,
  DEFAULT_STROKE_WEIGHT,
  FRAME_INITIAL_SIZE,
  FRAME_NAME,
  GROUP_NAME,
  SECTION_INITIAL_SIZE,
  SHAPE_FONT,
  SHAPE_FONT_SIZE,
  SHAPE_GRAY,
  SHAPE_WITH_TEXT_DEFAULT_TYPE,
  SHAPE_WITH_TEXT_SIZE,
  STICKY_FONT,
  STICKY_FONT_SIZE,
  STICKY_SIZE,
  STICKY_YELLOW,
  TABLE_CELL_FONT,
  TABLE_CELL_FONT_SIZE,
  TABLE_COLUMN_WIDTH,
  TABLE_ROW_HEIGHT,
  TEXT_NODE_FONT,
  TEXT_NODE_FONT_SIZE,
  UNSET_CONNECTOR_FONT,
  WHITE
} from './emulator-defaults'
import {
  type ConnectorRecord,
  NO_PLUGIN_DATA,
  type FrameRecord,
  type GroupRecord,
  type SceneRecord,
  type SectionRecord,
  type ShapeWithTextRecord,
  type StickyRecord,
  type TableCellRecord,
  type TableRecord,
  type TextNodeRecord,
  type TextRecord
} from './node-records'
import { solidPaints } from './paints'
import { refreshTextNodeSize } from './refresh-auto-size'
import type { TextMetrics } from './text-metrics'

/**
 * Fresh records with the defaults a node created by the plugin has (see emulator-defaults.ts). Each
 * is its base with the kind's own fields added (Object.assign), not a literal spreading the base and
 * going on: V8 gives such a spread a hidden class of its own per record, and with one per node every
 * look at a record on a big board misses the engine's caches (5,000 stickies, 5,000 classes).
 */

function base(id: string, name: string) {
  return { id, name, removed: false, data: NO_PLUGIN_DATA, parent: null, x: 0, y: 0, visible: true, locked: false }
}

type BaseFields = keyof ReturnType<typeof base>

/** The base with the kind's own fields added to it, in their order. */
function withBase<R extends SceneRecord>(id: string, name: string, fields: Omit<R, BaseFields>): R {
  return Object.assign(base(id, name), fields) as R
}

/** A new node's text: empty, in FigJam's default text colour, Charcoal 1E1E1E ([G] edit-text), whatever node holds it. */
function text(fontName: FontName, fontSize: number): TextRecord {
  return { characters: '', fontName: { ...fontName }, fontSize, fills: solidPaints(CHARCOAL) }
}

export function newSticky(id: string, authorName: string): StickyRecord {
  return withBase<StickyRecord>(id, 'Sticky', {
    kind: 'STICKY',
    width: STICKY_SIZE,
    height: STICKY_SIZE,
    fills: solidPaints(STICKY_YELLOW),
    text: text(STICKY_FONT, STICKY_FONT_SIZE),
    authorVisible: true,
    authorName,
    isWideWidth: false
  })
}

export function newShapeWithText(id: string): ShapeWithTextRecord {
  return withBase<ShapeWithTextRecord>(id, 'Shape', {
    kind: 'SHAPE_WITH_TEXT',
    width: SHAPE_WITH_TEXT_SIZE,
    height: SHAPE_WITH_TEXT_SIZE,
    shapeType: SHAPE_WITH_TEXT_DEFAULT_TYPE,
    fills: solidPaints(SHAPE_GRAY),
    strokes: solidPaints(CHARCOAL),
    strokeWeight: DEFAULT_STROKE_WEIGHT,
    dashPattern: Object.freeze([]),
    text: text(SHAPE_FONT, SHAPE_FONT_SIZE)
  })
}

export function newConnector(id: string): ConnectorRecord {
  return withBase<ConnectorRecord>(id, 'Connector', {
    kind: 'CONNECTOR',
    start: { position: { x: 0, y: 0 } },
    end: { position: { x: CONNECTOR_DEFAULT_LENGTH, y: 0 } },
    lineType: DEFAULT_CONNECTOR_LINE_TYPE,
    startCap: DEFAULT_CONNECTOR_START_CAP,
    endCap: DEFAULT_CONNECTOR_END_CAP,
    strokes: solidPaints(CHARCOAL),
    strokeWeight: CONNECTOR_STROKE_WEIGHT,
    dashPattern: Object.freeze([]),
    text: text(UNSET_CONNECTOR_FONT, CONNECTOR_FONT_SIZE),
    textBackgroundFills: solidPaints(WHITE)
  })
}

export function newSection(id: string): SectionRecord {
  return withBase<SectionRecord>(id, 'Section', {
    kind: 'SECTION',
    width: SECTION_INITIAL_SIZE,
    height: SECTION_INITIAL_SIZE,
    fills: solidPaints(WHITE),
    strokes: Object.freeze([]),
    strokeWeight: DEFAULT_STROKE_WEIGHT,
    dashPattern: Object.freeze([]),
    children: [],
    contentsHidden: false
  })
}

export function newFrame(id: string): FrameRecord {
  return withBase<FrameRecord>(id, FRAME_NAME, {
    kind: 'FRAME',
    width: FRAME_INITIAL_SIZE,
    height: FRAME_INITIAL_SIZE,
    fills: solidPaints(WHITE),
    strokes: Object.freeze([]),
    strokeWeight: DEFAULT_STROKE_WEIGHT,
    dashPattern: Object.freeze([]),
    children: [],
    clipsContent: true
  })
}

/** An empty group: only figma.group makes one, and fills it at once. */
export function newGroup(id: string): GroupRecord {
  return withBase<GroupRecord>(id, GROUP_NAME, { kind: 'GROUP', children: [] })
}

export function newTextNode(id: string, metrics: TextMetrics): TextNodeRecord {
  const node: TextNodeRecord = withBase<TextNodeRecord>(id, '', {
    kind: 'TEXT',
    width: 0,
    height: 0,
    text: text(TEXT_NODE_FONT, TEXT_NODE_FONT_SIZE),
    autoResize: 'WIDTH_AND_HEIGHT',
    alignHorizontal: 'LEFT',
    alignVertical: 'TOP',
    autoRename: true
  })
  refreshTextNodeSize(node, metrics)
  return node
}

/** A table of `rows` x `columns` empty white cells; `allocateId` gives each cell the id a REST export shows. */
export function newTable(id: string, rows: number, columns: number, allocateId: () => string): TableRecord {
  const table: TableRecord = withBase<TableRecord>(id, 'Table', {
    kind: 'TABLE',
    width: columns * TABLE_COLUMN_WIDTH,
    height: rows * TABLE_ROW_HEIGHT,
    columnWidths: Array.from({ length: columns }, () => TABLE_COLUMN_WIDTH),
    rowHeights: Array.from({ length: rows }, () => TABLE_ROW_HEIGHT),
    cells: [],
    fills: solidPaints(WHITE)
  })
  table.cells = Array.from({ length: rows }, () => Array.from({ length: columns }, () => newTableCell(allocateId(), table)))
  return table
}

export function newTableCell(id: string, table: TableRecord): TableCellRecord {
  return { kind: 'TABLE_CELL', id, table, text: text(TABLE_CELL_FONT, TABLE_CELL_FONT_SIZE), fills: solidPaints(WHITE) }
}
