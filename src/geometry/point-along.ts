import type { Point } from './connector-geometry-types'

/**
 * The point `fraction` of the way along a polyline, by length. A connector's label sits at
 * `pointAlong(path, 0.5)`: FigJam centres a new connector's label on its line, and the Plugin API
 * offers no way to move it.
 */
export function pointAlong(points: readonly Point[], fraction: number): Point {
  const lengths = points.slice(1).map((p, i) => Math.hypot(p.x - (points[i] as Point).x, p.y - (points[i] as Point).y))
  let remaining = lengths.reduce((sum, len) => sum + len, 0) * fraction
  for (let i = 0; i < lengths.length; i++) {
    const len = lengths[i] ?? 0
    const from = points[i] as Point
    const to = points[i + 1] as Point
    if (remaining <= len && len > 0) return { x: from.x + ((to.x - from.x) * remaining) / len, y: from.y + ((to.y - from.y) * remaining) / len }
    remaining -= len
  }
  return points[points.length - 1] ?? { x: 0, y: 0 }
}
