import type { Box, Point } from './connector-geometry-types'

/** Whether the segment from `a` to `b` passes through the inside of `box` (touching its outline does not count). */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  // Liang–Barsky clipping against the open box.
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  const edges: [number, number][] = [
    [-dx, a.x - box.x],
    [dx, box.x + box.width - a.x],
    [-dy, a.y - box.y],
    [dy, box.y + box.height - a.y]
  ]
  for (const [p, q] of edges) {
    if (p === 0) {
      if (q <= 0) return false
      continue
    }
    const t = q / p
    if (p < 0) t0 = Math.max(t0, t)
    else t1 = Math.min(t1, t)
    if (t0 >= t1) return false
  }
  return true
}

/** Whether any segment of a polyline passes through the inside of `box`. */
export function polylineCrossesBox(points: readonly Point[], box: Box): boolean {
  return points.slice(1).some((to, i) => segmentCrossesBox(points[i] as Point, to, box))
}

/** Whether two boxes share some inside area (boxes that only touch do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
