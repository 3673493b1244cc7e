/**
 * The emulated document as plain data. Facades (src/emulator/nodes) show these records to the plugin
 * through the Plugin API's shape; the REST export and import read and write them directly, so
 * nothing the emulator does on its own is counted as a plugin call.
 */

/**
 * Plugin data of one node: this plugin's private entries, other plugins' (kept for the REST dump) and
 * shared ones. Written only through plugin-data.ts, which gives a node tables of its own when it
 * first writes; until then it holds NO_PLUGIN_DATA.
 */
export interface PluginDataRecord {
  readonly own: ReadonlyMap<string, string>
  readonly otherPlugins: ReadonlyMap<string, ReadonlyMap<string, string>>
  readonly shared: ReadonlyMap<string, ReadonlyMap<string, string>>
}

/** The text of a sticky, shape or connector label, or of a text node. */
export interface TextRecord {
  characters: string
  /** The font of the whole text, or of its first character when `runs` style parts of it. */
  fontName: FontName
  fontSize: number
  fills: ReadonlyArray<Paint>
  /**
   * Styled ranges people made (bold, italic, links), in order, covering every character; absent
   * while the text has one style. See text-writes.ts.
   */
  runs?: StyleRun[]
}

export interface StyleRun {
  length: number
  fontName: FontName
  hyperlink: HyperlinkTarget | null
}

interface RecordBase {
  id: string
  name: string
  removed: boolean
  data: PluginDataRecord
}

interface SceneRecordBase extends RecordBase {
  parent: ContainerRecord | null
  /** Relative to the parent (a section's top-left, or the page origin). */
  x: number
  y: number
  visible: boolean
  locked: boolean
  /** Degrees, counter-clockwise around the node's top-left (x, y), as the Plugin API's `rotation`; absent is 0. */
  rotation?: number
}

export interface StrokeFields {
  strokes: ReadonlyArray<Paint>
  strokeWeight: number
  dashPattern: ReadonlyArray<number>
}

export interface StickyRecord extends SceneRecordBase {
  kind: 'STICKY'
  /** Kept up to date from the text and `isWideWidth` (see refresh-auto-size.ts). */
  width: number
  height: number
  fills: ReadonlyArray<Paint>
  text: TextRecord
  authorVisible: boolean
  authorName: string
  isWideWidth: boolean
}

export interface ShapeWithTextRecord extends SceneRecordBase, StrokeFields {
  kind: 'SHAPE_WITH_TEXT'
  width: number
  height: number
  shapeType: ShapeWithTextNode['shapeType']
  fills: ReadonlyArray<Paint>
  text: TextRecord
}

export interface ConnectorRecord extends SceneRecordBase, StrokeFields {
  kind: 'CONNECTOR'
  start: ConnectorEndpoint
  end: ConnectorEndpoint
  lineType: ConnectorNode['connectorLineType']
  startCap: ConnectorStrokeCap
  endCap: ConnectorStrokeCap
  text: TextRecord
  textBackgroundFills: ReadonlyArray<Paint>
  /** The box a REST file gave the connector: where an end goes when its node cannot be found. */
  importedBox?: Rect
}

export interface SectionRecord extends SceneRecordBase, StrokeFields {
  kind: 'SECTION'
  width: number
  height: number
  fills: ReadonlyArray<Paint>
  children: SceneRecord[]
  contentsHidden: boolean
}

/**
 * A group: made by `figma.group(nodes, parent)` [T], never empty (Figma removes a group whose last
 * child leaves [T: "empty groups are not supported"]). It has no box and no origin of its own: its
 * box is the union of its children's, and its children's x/y are measured from the nearest section,
 * frame or page, because a group is not a "containing parent" [D: relativeTransform]. Its own x/y
 * fields are unused (always 0).
 */
export interface GroupRecord extends SceneRecordBase {
  kind: 'GROUP'
  children: SceneRecord[]
}

/**
 * A frame (`figma.createFrame()` [T]: white, 100 x 100, named "Frame"). Like a section, its children
 * are placed from its top-left and it does not grow with them.
 */
export interface FrameRecord extends SceneRecordBase, StrokeFields {
  kind: 'FRAME'
  width: number
  height: number
  fills: ReadonlyArray<Paint>
  children: SceneRecord[]
  clipsContent: boolean
}

export interface TextNodeRecord extends SceneRecordBase {
  kind: 'TEXT'
  width: number
  height: number
  text: TextRecord
  autoResize: TextNode['textAutoResize']
  alignHorizontal: TextNode['textAlignHorizontal']
  alignVertical: TextNode['textAlignVertical']
  /** Text nodes name themselves after their characters until the plugin sets a name. */
  autoRename: boolean
}

/**
 * One cell of a table. Live, a cell has no id (TableCellNode is not a BaseNode); REST gives each
 * TABLE_CELL one, kept here for the export.
 */
export interface TableCellRecord {
  kind: 'TABLE_CELL'
  id: string
  table: TableRecord
  text: TextRecord
  fills: ReadonlyArray<Paint>
}

export interface TableRecord extends SceneRecordBase {
  kind: 'TABLE'
  /** The sums of the column widths and row heights, kept up to date by every resize. */
  width: number
  height: number
  columnWidths: number[]
  rowHeights: number[]
  /** Row by row. */
  cells: TableCellRecord[][]
  fills: ReadonlyArray<Paint>
}

/** A node read from a REST file that the emulator does not model (tables, widgets, stamps, ...). */
export interface GenericRecord extends SceneRecordBase {
  kind: 'GENERIC'
  type: string
  width: number
  height: number
  /** The node as the REST file had it, children included, re-emitted by the REST export. */
  rest: Readonly<Record<string, unknown>>
}

export type SceneRecord =
  | StickyRecord
  | ShapeWithTextRecord
  | ConnectorRecord
  | SectionRecord
  | GroupRecord
  | FrameRecord
  | TextNodeRecord
  | TableRecord
  | GenericRecord

export interface PageRecord extends RecordBase {
  kind: 'PAGE'
  children: SceneRecord[]
  selection: SceneRecord[]
}

export interface DocumentRecord extends RecordBase {
  kind: 'DOCUMENT'
  page: PageRecord
}

export type ContainerRecord = PageRecord | SectionRecord | GroupRecord | FrameRecord
/** Nodes placed by their own x/y and size: every scene node but connectors (whose box follows their ends) and groups (whose box follows their children). */
export type PlacedRecord = Exclude<SceneRecord, ConnectorRecord | GroupRecord>

/** Whether a scene node holds children. */
export function isContainer(record: SceneRecord): record is SectionRecord | GroupRecord | FrameRecord {
  return record.kind === 'SECTION' || record.kind === 'GROUP' || record.kind === 'FRAME'
}
export type NodeRecord = SceneRecord | PageRecord | DocumentRecord
export type TextOwnerRecord = StickyRecord | ShapeWithTextRecord | ConnectorRecord | TableCellRecord

/** The Plugin API `type` of a record. */
export function nodeTypeOf(record: NodeRecord): string {
  return record.kind === 'GENERIC' ? record.type : record.kind
}

/** A table no one writes to: shared by every node that has no entries of a kind (writing to it throws). */
class NoEntries extends Map<string, never> {
  override set(): this {
    throw new Error('NO_ENTRIES is shared by every node without entries and is never written')
  }
}

/** The entries of a kind a node has none of, one table for all nodes. */
export const NO_ENTRIES: ReadonlyMap<string, never> = new NoEntries()

/**
 * The plugin data of every node that has none, shared: most nodes of a big board carry none, and
 * three tables of their own (some 600 bytes a node) were a quarter of what a sticky kept.
 */
export const NO_PLUGIN_DATA: PluginDataRecord = Object.freeze({ own: NO_ENTRIES, otherPlugins: NO_ENTRIES, shared: NO_ENTRIES })
