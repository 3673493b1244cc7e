import type { PathEnd, Point } from './connector-geometry-types'

/**
 * How far an elbowed line runs straight out of a magnet before it may turn. FigJam does not
 * document it; this is our model's value, and the board layout keeps more room than this (and less
 * than the gaps it routes through) around every sticky a line leaves, so a somewhat longer or
 * shorter stub in FigJam still runs in the same gap.
 */
export const ELBOW_STUB = 24

const EPSILON = 1e-6

const add = (a: Point, b: Point, k = 1): Point => ({ x: a.x + b.x * k, y: a.y + b.y * k })
const swap = (p: Point): Point => ({ x: p.y, y: p.x })
const sign = (n: number): number => (Math.abs(n) < EPSILON ? 0 : n > 0 ? 1 : -1)
const same = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < EPSILON && Math.abs(a.y - b.y) < EPSILON

/** A free end of an elbowed line leaves along the axis where the other end is farther away. */
function axisToward(from: Point, to: Point): Point {
  const dx = to.x - from.x
  const dy = to.y - from.y
  if (Math.abs(dx) >= Math.abs(dy)) return { x: dx >= 0 ? 1 : -1, y: 0 }
  return { x: 0, y: dy >= 0 ? 1 : -1 }
}

/** Orthogonal route when the start leaves horizontally; vertical starts are routed on swapped axes. */
function fromHorizontal(p0: Point, d0: Point, p1: Point, d1: Point, stub: number): Point[] {
  if (d1.x !== 0) {
    if (d0.x !== d1.x && sign(p1.x - p0.x) === d0.x) {
      // Facing each other: across to halfway, along, across again.
      const mx = (p0.x + p1.x) / 2
      return [p0, { x: mx, y: p0.y }, { x: mx, y: p1.y }, p1]
    }
    if (d0.x === d1.x) {
      // Both leave the same way: out past the farther end, along, and back in.
      const x = d0.x > 0 ? Math.max(p0.x, p1.x) + stub : Math.min(p0.x, p1.x) - stub
      return [p0, { x, y: p0.y }, { x, y: p1.y }, p1]
    }
    // Facing away from each other: leave, cross over halfway, come back in.
    const a = add(p0, d0, stub)
    const b = add(p1, d1, stub)
    const my = (p0.y + p1.y) / 2
    return [p0, a, { x: a.x, y: my }, { x: b.x, y: my }, b, p1]
  }
  // Perpendicular sides: one corner when both legs head that way, else out by a stub at each end.
  const corner = { x: p1.x, y: p0.y }
  if (sign(corner.x - p0.x) === d0.x && sign(corner.y - p1.y) === d1.y) return [p0, corner, p1]
  const a = add(p0, d0, stub)
  const b = add(p1, d1, stub)
  return [p0, a, { x: a.x, y: b.y }, b, p1]
}

/**
 * Drops repeated points and points in the middle of a straight run. Gives back `points` itself when
 * none goes (most paths): the layout asks for sixteen paths of every link it routes.
 */
function simplify(points: Point[]): Point[] {
  let repeated = false
  for (let i = 1; i < points.length && !repeated; i++) repeated = same(points[i] as Point, points[i - 1] as Point)
  const unique = repeated ? points.filter((p, i) => i === 0 || !same(p, points[i - 1] as Point)) : points
  let straight = false
  for (let i = 1; i < unique.length - 1 && !straight; i++) straight = !corner(unique, i)
  return straight ? unique.filter((_, i) => corner(unique, i)) : unique
}

/** Whether the line turns at point `i` (its two ends count as turns). Not a closure: simplify runs for every route the layout tries. */
function corner(points: Point[], i: number): boolean {
  const p = points[i] as Point
  const prev = points[i - 1]
  const next = points[i + 1]
  if (prev === undefined || next === undefined) return true
  const cross = (p.x - prev.x) * (next.y - p.y) - (p.y - prev.y) * (next.x - p.x)
  return Math.abs(cross) > EPSILON
}

/**
 * Our model of the line FigJam draws for an elbowed connector between two ends, as the corners of
 * an orthogonal polyline (FigJam rounds the corners; the label sits halfway along, see pointAlong).
 * Every board picture, the preview and the layout's choice of magnets use this one model.
 *
 * What it relies on: a line leaves a side magnet straight out of that side, and two magnets on
 * facing sides join with one jog halfway between them (for TOP/BOTTOM magnets, the jog is a
 * horizontal run halfway between the two ends' heights). FigJam documents neither; where the ends
 * face away from each other or sideways, FigJam may route differently than modelled here (it also
 * steers round the two end nodes, which this model does not), so the layout prefers magnets whose
 * route has no such choice to make.
 */
export function elbowPath(start: PathEnd, end: PathEnd, stub = ELBOW_STUB): Point[] {
  const p0 = start.point
  const p1 = end.point
  if (same(p0, p1)) return [p0, p1]
  const d0 = start.direction ?? (end.direction !== undefined ? { x: -end.direction.x, y: -end.direction.y } : axisToward(p0, p1))
  const d1 = end.direction ?? (start.direction !== undefined ? { x: -start.direction.x, y: -start.direction.y } : axisToward(p1, p0))
  const points = d0.x !== 0 ? fromHorizontal(p0, d0, p1, d1, stub) : fromHorizontal(swap(p0), swap(d0), swap(p1), swap(d1), stub).map(swap)
  return simplify(points)
}
