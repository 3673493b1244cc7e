import type { PathEnd, Point } from './connector-geometry-types'

/**
 * How far an elbowed line runs straight out of a magnet before it may turn. FigJam does not
 * document it; this is our model's value, and the board layout keeps more room than this (and less
 * than the gaps it routes through) around every sticky a line leaves, so a somewhat longer or
 * shorter stub in FigJam still runs in the same gap.
 */
export const ELBOW_STUB = 24

/** Room for the corners of any elbowed line (six at most) as x, y pairs: the size of a buffer for elbowPathInto. */
export const ELBOW_PATH_COORDINATES = 12

const EPSILON = 1e-6

const sign = (n: number): number => (Math.abs(n) < EPSILON ? 0 : n > 0 ? 1 : -1)
const same = (ax: number, ay: number, bx: number, by: number): boolean => Math.abs(ax - bx) < EPSILON && Math.abs(ay - by) < EPSILON

/** A free end of an elbowed line leaves along the axis where the other end is farther away. */
function axisToward(from: Point, to: Point): Point {
  const dx = to.x - from.x
  const dy = to.y - from.y
  if (Math.abs(dx) >= Math.abs(dy)) return { x: dx >= 0 ? 1 : -1, y: 0 }
  return { x: 0, y: dy >= 0 ? 1 : -1 }
}

/** Writes point `i` of a line into `out` as an x, y pair; returns the index of the next point. */
function put(out: Float64Array, i: number, x: number, y: number): number {
  out[2 * i] = x
  out[2 * i + 1] = y
  return i + 1
}

/**
 * Orthogonal route when the start leaves horizontally (its direction d0 = (d0x, d0y)); vertical
 * starts are routed on swapped axes. Writes the corners into `out`; returns how many.
 */
function fromHorizontal(out: Float64Array, x0: number, y0: number, d0x: number, d0y: number, x1: number, y1: number, d1x: number, d1y: number, stub: number): number {
  let n = put(out, 0, x0, y0)
  if (d1x !== 0) {
    if (d0x !== d1x && sign(x1 - x0) === d0x) {
      // Facing each other: across to halfway, along, across again.
      const mx = (x0 + x1) / 2
      n = put(out, n, mx, y0)
      n = put(out, n, mx, y1)
    } else if (d0x === d1x) {
      // Both leave the same way: out past the farther end, along, and back in.
      const x = d0x > 0 ? Math.max(x0, x1) + stub : Math.min(x0, x1) - stub
      n = put(out, n, x, y0)
      n = put(out, n, x, y1)
    } else {
      // Facing away from each other: leave, cross over halfway, come back in.
      const ax = x0 + d0x * stub
      const bx = x1 + d1x * stub
      const my = (y0 + y1) / 2
      n = put(out, n, ax, y0 + d0y * stub)
      n = put(out, n, ax, my)
      n = put(out, n, bx, my)
      n = put(out, n, bx, y1 + d1y * stub)
    }
  } else if (sign(x1 - x0) === d0x && sign(y0 - y1) === d1y) {
    // Perpendicular sides: one corner when both legs head that way...
    n = put(out, n, x1, y0)
  } else {
    // ...else out by a stub at each end.
    const ax = x0 + d0x * stub
    const by = y1 + d1y * stub
    n = put(out, n, ax, y0 + d0y * stub)
    n = put(out, n, ax, by)
    n = put(out, n, x1 + d1x * stub, by)
  }
  return put(out, n, x1, y1)
}

/** Swaps x and y of the first `count` points in `c` (a route worked out on swapped axes). */
function swapAxes(c: Float64Array, count: number): void {
  for (let i = 0; i < count; i++) {
    const x = c[2 * i] as number
    c[2 * i] = c[2 * i + 1] as number
    c[2 * i + 1] = x
  }
}

/**
 * Drops repeated points and points in the middle of a straight run, in place; returns how many
 * points are left. Each point is compared with its neighbours as they were before any was dropped:
 * a point is only ever written over one already read.
 */
function simplify(c: Float64Array, count: number): number {
  let unique = 1
  for (let i = 1; i < count; i++) {
    if (same(c[2 * i] as number, c[2 * i + 1] as number, c[2 * i - 2] as number, c[2 * i - 1] as number)) continue
    unique = put(c, unique, c[2 * i] as number, c[2 * i + 1] as number)
  }
  let kept = 1
  for (let i = 1; i < unique; i++) {
    if (i < unique - 1 && !turns(c, i)) continue
    kept = put(c, kept, c[2 * i] as number, c[2 * i + 1] as number)
  }
  return kept
}

/** Whether the line turns at inner point `i` of the coordinates `c`. */
function turns(c: Float64Array, i: number): boolean {
  const x = c[2 * i] as number
  const y = c[2 * i + 1] as number
  const cross = (x - (c[2 * i - 2] as number)) * ((c[2 * i + 3] as number) - y) - (y - (c[2 * i - 1] as number)) * ((c[2 * i + 2] as number) - x)
  return Math.abs(cross) > EPSILON
}

/**
 * elbowPath between two side magnets, written into `out` (at least ELBOW_PATH_COORDINATES long) as
 * x, y pairs instead of made as points; returns how many points it wrote. The layout tries sixteen
 * routes for every link, and this way trying one builds nothing.
 * @param d0 the unit vector out of the start's side, d1 out of the end's
 */
export function elbowPathInto(out: Float64Array, x0: number, y0: number, d0: Point, x1: number, y1: number, d1: Point, stub = ELBOW_STUB): number {
  if (same(x0, y0, x1, y1)) return put(out, put(out, 0, x0, y0), x1, y1)
  if (d0.x !== 0) return simplify(out, fromHorizontal(out, x0, y0, d0.x, d0.y, x1, y1, d1.x, d1.y, stub))
  const count = fromHorizontal(out, y0, x0, d0.y, d0.x, y1, x1, d1.y, d1.x, stub)
  swapAxes(out, count)
  return simplify(out, count)
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
  if (same(p0.x, p0.y, p1.x, p1.y)) return [p0, p1]
  const d0 = start.direction ?? (end.direction !== undefined ? { x: -end.direction.x, y: -end.direction.y } : axisToward(p0, p1))
  const d1 = end.direction ?? (start.direction !== undefined ? { x: -start.direction.x, y: -start.direction.y } : axisToward(p1, p0))
  const out = new Float64Array(ELBOW_PATH_COORDINATES)
  return pointsOf(out, elbowPathInto(out, p0.x, p0.y, d0, p1.x, p1.y, d1, stub))
}

/** The first `count` points of coordinates written as x, y pairs. */
export function pointsOf(coordinates: Float64Array, count: number): Point[] {
  // A loop rather than a callback made per call, which loses its optimised code at each full collection.
  const points: Point[] = []
  for (let i = 0; i < count; i++) points.push({ x: coordinates[2 * i] as number, y: coordinates[2 * i + 1] as number })
  return points
}
