import type { Box, Point } from './connector-geometry-types'

/**
 * Whether the segment from `a` to `b` passes through the inside of `box` (touching its outline does not count).
 * Link routing asks this for every obstacle near every candidate route, so it allocates nothing.
 */
export function segmentCrossesBox(a: Point, b: Point, box: Box): boolean {
  return segmentBetweenCrossesBox(a.x, a.y, b.x, b.y, box)
}

/** segmentCrossesBox for the segment from (ax, ay) to (bx, by). */
function segmentBetweenCrossesBox(ax: number, ay: number, bx: number, by: number, box: Box): boolean {
  // Liang–Barsky clipping against the open box, one edge after another: left, right, top, bottom.
  let t0 = 0
  let t1 = 1
  const dx = bx - ax
  const dy = by - ay
  for (let edge = 0; edge < 4; edge++) {
    const p = edge === 0 ? -dx : edge === 1 ? dx : edge === 2 ? -dy : dy
    const q = edge === 0 ? ax - box.x : edge === 1 ? box.x + box.width - ax : edge === 2 ? ay - box.y : box.y + box.height - ay
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

/** polylineCrossesBox for a polyline of `count` points written as x, y pairs (see elbowPathInto). */
export function coordinatesCrossBox(c: Float64Array, count: number, box: Box): boolean {
  for (let i = 1; i < count; i++) if (segmentBetweenCrossesBox(c[2 * i - 2] as number, c[2 * i - 1] as number, c[2 * i] as number, c[2 * i + 1] as number, box)) return true
  return false
}

/** Whether two boxes share some inside area (boxes that only touch do not). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return rectangleOverlapsBox(a.x, a.y, a.width, a.height, b)
}

/** boxesOverlap for a box given by its corner and size, which a caller asking often need not make. */
export function rectangleOverlapsBox(x: number, y: number, width: number, height: number, b: Box): boolean {
  return x < b.x + b.width && b.x < x + width && y < b.y + b.height && b.y < y + height
}
