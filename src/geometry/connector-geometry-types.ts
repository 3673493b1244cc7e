/** A point on the canvas, in the same units as node boxes. */
export interface Point {
  x: number
  y: number
}

/** An axis-aligned box: top-left corner and size. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** The four magnets on a node's sides, as the Plugin API names them. */
export type Side = 'TOP' | 'BOTTOM' | 'LEFT' | 'RIGHT'

/** Where a connector meets a node or the canvas, and which way the line leaves from there. */
export interface PathEnd {
  point: Point
  /** Unit vector out of the attached side; absent for free ends and centre magnets. */
  direction?: Point
}
