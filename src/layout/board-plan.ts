import type { Hex, ShapePreset } from '../palette/figjam-palette'
import type { PlanTag } from './plan-tag'

/**
 * The board as plain data: what layoutJourney decides and the writer carries out, node by node.
 * Everything here is JSON-serialisable (no functions, no class instances, no undefined values), so
 * a plan can cross the UI/sandbox boundary or be stored and compared as it is.
 */

/** Colours are always one of FigJam's palette swatches (see palette/figjam-palette.ts). */
export type { Hex }

export interface PlanFont {
  family: string
  style: string
}

export type { Box, Point } from '../geometry'

/** The shapes the board uses; a subset of FigJam's ShapeWithTextNode shape types. */
export type PlanShapeType = 'SQUARE' | 'ROUNDED_RECTANGLE' | 'ELLIPSE' | 'DIAMOND' | 'STAR'

/** Connector caps and routing the board uses; names as the Plugin API spells them. */
export type PlanConnectorCap = 'NONE' | 'ARROW_LINES'
export type PlanConnectorLineType = 'STRAIGHT' | 'CURVED' | 'ELBOWED'
/** The side magnets an elbowed connector's end may use (FigJam allows every magnet but CENTER there). */
export type PlanMagnet = 'TOP' | 'BOTTOM' | 'LEFT' | 'RIGHT'

/**
 * How a line people drew straight or curved runs, where an update keeps it as drawn (its ends stay
 * on the magnets people chose): `centres`, a straight line between the CENTER magnets of its two
 * nodes; `unmodelled`, a curved line or ends FigJam documents no place for (its curve, and a
 * straight line's NONE and AUTO magnets, are undocumented), which may run anywhere between them.
 */
export type KeptLine = 'centres' | 'unmodelled'

interface PlanNodeBase {
  /** Unique within the plan and stable for the same journey (`item:<id>`, `stage:<id>`...). */
  key: string
  /** The key of the section this node sits in; null only for the board section itself. */
  parent: string | null
  name: string
  /** Relative to the parent's top-left corner (the board section is placed by the caller). */
  x: number
  y: number
  width: number
  height: number
  tag: PlanTag
}

export interface PlanSection extends PlanNodeBase {
  kind: 'section'
  fill: Hex
}

export interface PlanSticky extends PlanNodeBase {
  kind: 'sticky'
  fill: Hex
  text: string
  font: PlanFont
  fontSize: number
  /** 416 wide instead of 240; `height` is the layout's estimate of how far FigJam grows it. */
  wide: boolean
}

/** A shape, painted with one of FigJam's shape presets: its fill, outline and text colour together. */
export interface PlanShape extends PlanNodeBase, ShapePreset {
  kind: 'shape'
  shapeType: PlanShapeType
  text: string
  font: PlanFont
  fontSize: number
}

export interface PlanText extends PlanNodeBase {
  kind: 'text'
  /** The text colour. */
  fill: Hex
  text: string
  font: PlanFont
  fontSize: number
}

export interface PlanConnector extends PlanNodeBase {
  kind: 'connector'
  /** Plan keys of the nodes the connector joins; both come earlier in `nodes`. */
  start: string
  end: string
  startCap: PlanConnectorCap
  endCap: PlanConnectorCap
  lineType: PlanConnectorLineType
  stroke: Hex
  strokeWeight: number
  /** Label drawn on the line; empty for none. */
  text: string
  font: PlanFont
  fontSize: number
  /**
   * The magnets of an elbowed connector's ends, chosen by routeLinks so the line and its label keep
   * clear of stickies and text; absent where FigJam may choose (AUTO).
   */
  startMagnet?: PlanMagnet
  endMagnet?: PlanMagnet
  /** A link line people drew straight or curved, kept as drawn by an update: routeLinks checks it instead of routing it. */
  keptLine?: KeptLine
}

export type PlanNode = PlanSection | PlanSticky | PlanShape | PlanText | PlanConnector
export type PlanNodeKind = PlanNode['kind']

/** A stage column, board-relative: where its section stands. */
export interface GridColumn {
  stageId: string
  x: number
  width: number
}

/** A lane row, board-relative: the band its stickies stay in. */
export interface GridRow {
  laneId: string
  y: number
  height: number
}

/** The columns and rows of the map, the inverse of layout for a reader (see locateCell). */
export interface BoardGrid {
  columns: GridColumn[]
  rows: GridRow[]
}

export interface BoardPlan {
  /** Bumped when the geometry rules change, so a reader knows which rules drew a board. */
  layoutVersion: number
  journeyId: string
  /** Board section size; every other node lies inside it. */
  width: number
  height: number
  /** Parents before children, connectors after both of their ends. */
  nodes: PlanNode[]
  /** Every distinct font the nodes use, sorted by family then style. */
  fonts: PlanFont[]
  grid: BoardGrid
}
