import type { Box, Point } from './connector-geometry-types'

/** The corners of a box, clockwise from its top left. */
function corners(box: Box): Point[] {
  return [
    { x: box.x, y: box.y },
    { x: box.x + box.width, y: box.y },
    { x: box.x + box.width, y: box.y + box.height },
    { x: box.x, y: box.y + box.height }
  ]
}

const cross = (o: Point, a: Point, b: Point): number => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x)

/** The convex hull of points (Andrew's monotone chain), counter-clockwise in screen terms, without repeats. */
export function convexHull(points: readonly Point[]): Point[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y)
  if (sorted.length < 3) return sorted
  const half = (list: readonly Point[]): Point[] => {
    const chain: Point[] = []
    for (const p of list) {
      while (chain.length >= 2 && cross(chain[chain.length - 2]!, chain[chain.length - 1]!, p) <= 0) chain.pop()
      chain.push(p)
    }
    chain.pop()
    return chain
  }
  return [...half(sorted), ...half([...sorted].reverse())]
}

/** The smallest convex region holding two boxes: every straight line between a point of one and a point of the other lies in it. */
export function hullOfBoxes(a: Box, b: Box): Point[] {
  return convexHull([...corners(a), ...corners(b)])
}

/**
 * Whether a convex polygon and a box share some inside area (touching does not count), by the
 * separating axis theorem: they are apart exactly when some axis (the box's two, or the normal of
 * one of the polygon's edges) separates their projections.
 */
export function convexPolygonOverlapsBox(polygon: readonly Point[], box: Box): boolean {
  if (polygon.length === 0) return false
  const boxCorners = corners(box)
  const axes: Point[] = [{ x: 1, y: 0 }, { x: 0, y: 1 }]
  polygon.forEach((p, i) => {
    const q = polygon[(i + 1) % polygon.length]!
    if (p.x !== q.x || p.y !== q.y) axes.push({ x: q.y - p.y, y: p.x - q.x })
  })
  const project = (points: readonly Point[], axis: Point): [number, number] => {
    let min = Infinity
    let max = -Infinity
    for (const p of points) {
      const along = p.x * axis.x + p.y * axis.y
      min = Math.min(min, along)
      max = Math.max(max, along)
    }
    return [min, max]
  }
  return axes.every((axis) => {
    const [a0, a1] = project(polygon, axis)
    const [b0, b1] = project(boxCorners, axis)
    return a0 < b1 && b0 < a1
  })
}
