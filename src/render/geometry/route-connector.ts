import { ASSUMED_LABEL_POSITION, elbowPath, pointAlong } from '../../geometry'
import type { PathCommand, Point } from '../display-list'
import { CONNECTOR_CURVE_REACH, CONNECTOR_ELBOW_RADIUS } from '../render-theme'
import type { ConnectorAnchor } from './resolve-connector-ends'

export interface ConnectorRoute {
  commands: PathCommand[]
  /** Direction each tip points (radians): away from the line, out of its end. */
  startAngle: number
  endAngle: number
  /** Halfway along the line, where its label sits. */
  midpoint: Point
}

export interface RouteOptions {
  /** Shorten the drawn line at each end so a filled arrowhead covers it. */
  startInset?: number
  endInset?: number
}

const EPSILON = 1e-6

const add = (a: Point, b: Point, k = 1): Point => ({ x: a.x + b.x * k, y: a.y + b.y * k })
const sub = (a: Point, b: Point): Point => ({ x: a.x - b.x, y: a.y - b.y })
const length = (v: Point): number => Math.hypot(v.x, v.y)
const angleOf = (v: Point): number => Math.atan2(v.y, v.x)
const same = (a: Point, b: Point): boolean => Math.abs(a.x - b.x) < EPSILON && Math.abs(a.y - b.y) < EPSILON

function unit(v: Point): Point {
  const len = length(v)
  return len < EPSILON ? { x: 1, y: 0 } : { x: v.x / len, y: v.y / len }
}

/** Moves `from` toward `to` by `distance`, never past the middle of the segment. */
function moveToward(from: Point, to: Point, distance: number): Point {
  const len = length(sub(to, from))
  if (distance <= 0 || len < EPSILON) return from
  return add(from, unit(sub(to, from)), Math.min(distance, len / 2))
}

/** A polyline with its corners rounded by quadratic curves, FigJam's soft elbows. */
function roundedPolyline(points: readonly Point[], radius: number): PathCommand[] {
  const first = points[0] as Point
  const commands: PathCommand[] = [{ op: 'M', x: first.x, y: first.y }]
  for (let i = 1; i < points.length - 1; i++) {
    const prev = points[i - 1] as Point
    const corner = points[i] as Point
    const next = points[i + 1] as Point
    const r = Math.min(radius, length(sub(corner, prev)) / 2, length(sub(next, corner)) / 2)
    const before = add(corner, unit(sub(prev, corner)), r)
    const after = add(corner, unit(sub(next, corner)), r)
    commands.push({ op: 'L', x: before.x, y: before.y }, { op: 'Q', cx: corner.x, cy: corner.y, x: after.x, y: after.y })
  }
  const last = points[points.length - 1] as Point
  commands.push({ op: 'L', x: last.x, y: last.y })
  return commands
}

function polylineRoute(points: Point[], options: RouteOptions, radius: number): ConnectorRoute {
  const n = points.length
  const first = points[0] as Point
  const second = points[1] as Point
  const last = points[n - 1] as Point
  const beforeLast = points[n - 2] as Point
  const trimmed = points.slice()
  trimmed[0] = moveToward(first, second, options.startInset ?? 0)
  trimmed[n - 1] = moveToward(last, beforeLast, options.endInset ?? 0)
  return {
    commands: roundedPolyline(trimmed, radius),
    startAngle: angleOf(sub(first, second)),
    endAngle: angleOf(sub(last, beforeLast)),
    midpoint: pointAlong(points, ASSUMED_LABEL_POSITION)
  }
}

function curveRoute(start: ConnectorAnchor, end: ConnectorAnchor, options: RouteOptions): ConnectorRoute {
  const p0 = start.point
  const p1 = end.point
  const reach = length(sub(p1, p0)) * CONNECTOR_CURVE_REACH
  const c1 = add(p0, start.direction ?? unit(sub(p1, p0)), reach)
  const c2 = add(p1, end.direction ?? unit(sub(p0, p1)), reach)
  const s = moveToward(p0, c1, options.startInset ?? 0)
  const e = moveToward(p1, c2, options.endInset ?? 0)
  // Bezier at t = 0.5.
  const midpoint = { x: (p0.x + 3 * c1.x + 3 * c2.x + p1.x) / 8, y: (p0.y + 3 * c1.y + 3 * c2.y + p1.y) / 8 }
  return {
    commands: [
      { op: 'M', x: s.x, y: s.y },
      { op: 'C', c1x: c1.x, c1y: c1.y, c2x: c2.x, c2y: c2.y, x: e.x, y: e.y }
    ],
    startAngle: angleOf(sub(p0, c1)),
    endAngle: angleOf(sub(p1, c2)),
    midpoint
  }
}

/**
 * The path of a connector between two anchors for a REST `connectorLineType`: STRAIGHT is one
 * segment, CURVED one cubic leaving each end along its side's direction, and ELBOWED (also the
 * default, as in FigJam) the orthogonal route of our model of FigJam's (geometry/elbow-path.ts),
 * with rounded corners.
 */
export function routeConnector(start: ConnectorAnchor, end: ConnectorAnchor, lineType: string | undefined, options: RouteOptions = {}): ConnectorRoute {
  if (same(start.point, end.point)) {
    const p = start.point
    return { commands: [{ op: 'M', x: p.x, y: p.y }, { op: 'L', x: p.x, y: p.y }], startAngle: Math.PI, endAngle: 0, midpoint: p }
  }
  if (lineType === 'STRAIGHT') return polylineRoute([start.point, end.point], options, 0)
  if (lineType === 'CURVED') return curveRoute(start, end, options)
  return polylineRoute(elbowPath(start, end), options, CONNECTOR_ELBOW_RADIUS)
}
