import type { Point } from './connector-geometry-types'

/**
 * An assumption, not a FigJam fact: how far along its line, as a share of the line's length, FigJam
 * centres a connector's label. FigJam shows a new connector's label on its line, but documents
 * neither where on a bent line nor how it wraps, and the Plugin API cannot move it. Every place the
 * layout keeps a label off text, and every picture and preview of a label, rests on this number; the
 * diagnostics of "Check Journeyboard in this file" (connectors) record the label box it gives beside
 * the drawn connector's bounds, to confirm it or correct it.
 */
export const ASSUMED_LABEL_POSITION = 0.5

/**
 * The point `fraction` of the way along a polyline, by length. A connector's label sits at
 * `pointAlong(path, ASSUMED_LABEL_POSITION)`.
 */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  return pointAlongCoordinates(Float64Array.from(points.flatMap((p) => [p.x, p.y])), points.length, fraction, { x: 0, y: 0 })
}

/**
 * pointAlong for a polyline of `count` points written as x, y pairs (see elbowPathInto), the point
 * written into `into`: the layout asks it for every route it tries, and this way asking builds nothing.
 */
export function pointAlongCoordinates(c: Float64Array, count: number, fraction: number, into: Point): Point {
  // No arrays of lengths: each length taken twice instead.
  const total = coordinatesLength(c, count)
  let remaining = total * fraction
  for (let i = 1; i < count; i++) {
    const x = c[2 * i - 2] as number
    const y = c[2 * i - 1] as number
    const tx = c[2 * i] as number
    const ty = c[2 * i + 1] as number
    const len = segmentLengthBetween(x, y, tx, ty)
    if (remaining <= len && len > 0) {
      into.x = x + ((tx - x) * remaining) / len
      into.y = y + ((ty - y) * remaining) / len
      return into
    }
    remaining -= len
  }
  into.x = count > 0 ? (c[2 * count - 2] as number) : 0
  into.y = count > 0 ? (c[2 * count - 1] as number) : 0
  return into
}

/** The length of a polyline of `count` points written as x, y pairs. */
export function coordinatesLength(c: Float64Array, count: number): number {
  let total = 0
  for (let i = 1; i < count; i++) total += segmentLengthBetween(c[2 * i - 2] as number, c[2 * i - 1] as number, c[2 * i] as number, c[2 * i + 1] as number)
  return total
}

/** The length of a segment. */
export function segmentLength(from: Point, to: Point): number {
  return segmentLengthBetween(from.x, from.y, to.x, to.y)
}

/**
 * The length of the segment from (x0, y0) to (x1, y1). An axis-aligned one (every elbowed line's)
 * is measured without Math.hypot, which allocates on every call in V8 and is asked for every
 * segment of every route the layout tries; the length is the same, exactly.
 */
export function segmentLengthBetween(x0: number, y0: number, x1: number, y1: number): number {
  const dx = x1 - x0
  const dy = y1 - y0
  return dx === 0 || dy === 0 ? Math.abs(dx + dy) : Math.hypot(dx, dy)
}
