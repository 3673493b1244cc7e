/**
 * The display list: a board flattened into drawing primitives in page coordinates, in paint order.
 * SVG and a canvas draw the same list, so everything a painter needs (positions, colours, line
 * baselines, arrowhead placement) is decided here and nothing is left to the painter's judgement.
 */

/** An axis-aligned box in page coordinates. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

export interface Point {
  x: number
  y: number
}

/** A solid paint: `#rrggbb` and an opacity 0–1. */
export interface Fill {
  color: string
  opacity: number
}

export interface Stroke {
  color: string
  opacity: number
  width: number
  /** Dash and gap lengths, as SVG `stroke-dasharray` / canvas `setLineDash`. */
  dash?: readonly number[]
}

export interface Shadow {
  offsetX: number
  offsetY: number
  /** Gaussian standard deviation in page units (canvas `shadowBlur` is twice this). */
  blur: number
  color: string
  opacity: number
}

/** Path commands in absolute page coordinates; every painter has all four. */
export type PathCommand =
  | { op: 'M'; x: number; y: number }
  | { op: 'L'; x: number; y: number }
  | { op: 'Q'; cx: number; cy: number; x: number; y: number }
  | { op: 'C'; c1x: number; c1y: number; c2x: number; c2y: number; x: number; y: number }
  | { op: 'Z' }

/** Connector end caps as the REST API names them. */
export const CONNECTOR_CAPS = ['LINE_ARROW', 'TRIANGLE_ARROW', 'TRIANGLE_FILLED', 'DIAMOND_FILLED', 'CIRCLE_FILLED'] as const
export type ConnectorCap = (typeof CONNECTOR_CAPS)[number]

/**
 * An arrowhead at one end of a path. Its outline (see `connectorCapOutline`) is drawn with the tip
 * at `tip`, pointing along `angle`; the path itself stops `inset` short of the tip so a filled
 * head hides the line's end.
 */
export interface CapMarker {
  cap: ConnectorCap
  tip: Point
  /** Direction the tip points, in radians, screen convention (y down). */
  angle: number
  size: number
  inset: number
  color: string
  opacity: number
  strokeWidth: number
}

interface ItemBase {
  /** The REST node this primitive belongs to, for grouping and hit-testing. */
  nodeId?: string
}

export interface RectItem extends ItemBase {
  kind: 'rect'
  x: number
  y: number
  width: number
  height: number
  radius: number
  fill?: Fill
  stroke?: Stroke
  shadow?: Shadow
}

export interface EllipseItem extends ItemBase {
  kind: 'ellipse'
  cx: number
  cy: number
  rx: number
  ry: number
  fill?: Fill
  stroke?: Stroke
  shadow?: Shadow
}

export interface PathItem extends ItemBase {
  kind: 'path'
  commands: readonly PathCommand[]
  fill?: Fill
  stroke?: Stroke
  shadow?: Shadow
  startCap?: CapMarker
  endCap?: CapMarker
}

/** One laid-out line: `x` is where the anchor sits, `y` the alphabetic baseline. */
export interface TextLine {
  text: string
  x: number
  y: number
  /** Estimated advance width, used for bounds. */
  width: number
}

export type TextAnchor = 'start' | 'middle' | 'end'

export interface TextItem extends ItemBase {
  kind: 'text'
  lines: readonly TextLine[]
  fontFamily: string
  fontSize: number
  fontWeight: number
  anchor: TextAnchor
  fill: Fill
}

export type DisplayItem = RectItem | EllipseItem | PathItem | TextItem

/** FigJam's dotted canvas: a flat colour with a grid of small dots. */
export interface CanvasBackground {
  color: string
  dotColor: string
  dotSpacing: number
  dotRadius: number
}

export interface DisplayList {
  /** The board's name, used as the picture's title. */
  title: string
  background: CanvasBackground
  items: DisplayItem[]
  /** Union of every item's extent (strokes, shadows and arrowheads included). */
  bounds: Box
  /** Things drawn approximately or skipped, e.g. a connector whose node is missing. */
  warnings: string[]
}
