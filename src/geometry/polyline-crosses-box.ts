import type { Box, Point } from './connector-geometry-types'

/**
 * Whether the segment from `a` to `b` passes through the inside of `box` (touching its outline does not count).
 * Link routing asks this for every obstacle near every candidate route, so it allocates nothing.
 */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  // Liang–Barsky clipping against the open box, one edge after another: left, right, top, bottom.
  let t0 = 0
  let t1 = 1
  const dx = b.x - a.x
  const dy = b.y - a.y
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy
    const q = edge === 0 ? a.x - box.x : edge === 1 ? box.x + box.width - a.x : edge === 2 ? a.y - box.y : box.y + box.height - a.y
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
  for (let i = 1; i < points.length; i++) if (segmentCrossesBox(points[i - 1] as Point, points[i] as Point, box)) return true
  return false
}

/** Whether two boxes share some inside area (boxes that only touch do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}
