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
  // Called for every candidate route of every link: no arrays of lengths, each length taken twice instead.
  let total = 0
  for (let i = 1; i < points.length; i++) total += segmentLength(points[i - 1] as Point, points[i] as Point)
  let remaining = total * fraction
  for (let i = 1; i < points.length; i++) {
    const from = points[i - 1] as Point
    const to = points[i] as Point
    const len = segmentLength(from, to)
    if (remaining <= len && len > 0) return { x: from.x + ((to.x - from.x) * remaining) / len, y: from.y + ((to.y - from.y) * remaining) / len }
    remaining -= len
  }
  return points[points.length - 1] ?? { x: 0, y: 0 }
}

/**
 * The length of a segment. An axis-aligned one (every elbowed line's) is measured without
 * Math.hypot, which allocates on every call in V8 and is asked for every segment of every route the
 * layout tries; the length is the same, exactly.
 */
export function segmentLength(from: Point, to: Point): number {
  const dx = to.x - from.x
  const dy = to.y - from.y
  return dx === 0 || dy === 0 ? Math.abs(dx + dy) : Math.hypot(dx, dy)
}
