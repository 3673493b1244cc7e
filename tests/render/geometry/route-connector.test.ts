import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import type { Box, PathCommand, Point } from '../../../src/render/display-list'
import { resolveConnectorEnds } from '../../../src/render/geometry/resolve-connector-ends'
import { routeConnector } from '../../../src/render/geometry/route-connector'

function endpoints(commands: readonly PathCommand[]): { first: Point; last: Point } {
  const points = commands.flatMap((c) => (c.op === 'Z' ? [] : [{ x: c.x, y: c.y }]))
  return { first: points[0] as Point, last: points[points.length - 1] as Point }
}

/** Straight runs of an elbowed path: M/L commands only (Q commands round the corners). */
function straightSegments(commands: readonly PathCommand[]): [Point, Point][] {
  const segments: [Point, Point][] = []
  let at: Point | undefined
  for (const c of commands) {
    if (c.op === 'L' && at !== undefined) segments.push([at, { x: c.x, y: c.y }])
    if (c.op !== 'Z') at = { x: c.x, y: c.y }
  }
  return segments
}

const right = { point: { x: 240, y: 120 }, direction: { x: 1, y: 0 } }
const left = { point: { x: 400, y: 160 }, direction: { x: -1, y: 0 } }

describe('routeConnector', () => {
  it('draws STRAIGHT as one segment between the anchors, tips pointing out of each end', () => {
    const route = routeConnector(right, left, 'STRAIGHT')
    expect(route.commands).toEqual([
      { op: 'M', x: 240, y: 120 },
      { op: 'L', x: 400, y: 160 }
    ])
    expect(route.midpoint).toEqual({ x: 320, y: 140 })
    expect(Math.cos(route.endAngle)).toBeGreaterThan(0.9)
    expect(Math.cos(route.startAngle)).toBeLessThan(-0.9)
  })

  it('draws ELBOWED (the default) as horizontal and vertical runs with a bend halfway', () => {
    const route = routeConnector(right, left, undefined)
    const { first, last } = endpoints(route.commands)
    expect(first).toEqual(right.point)
    expect(last).toEqual(left.point)
    for (const [a, b] of straightSegments(route.commands)) expect(a.x === b.x || a.y === b.y).toBe(true)
    expect(route.commands.some((c) => c.op === 'Q')).toBe(true)
    expect(route.endAngle).toBeCloseTo(0, 6)
    expect(route.midpoint).toEqual({ x: 320, y: 140 })
  })

  it('draws CURVED as one cubic that leaves each end along its side', () => {
    const route = routeConnector(right, left, 'CURVED')
    const curve = route.commands[1]
    expect(curve?.op).toBe('C')
    if (curve?.op !== 'C') return
    expect(curve.c1y).toBe(120)
    expect(curve.c1x).toBeGreaterThan(240)
    expect(curve.c2y).toBe(160)
    expect(curve.c2x).toBeLessThan(400)
  })

  it('stops the line short of a tip by the inset, so a filled arrowhead hides its end', () => {
    const route = routeConnector(right, left, 'STRAIGHT', { endInset: 10 })
    const { last } = endpoints(route.commands)
    expect(Math.hypot(last.x - 400, last.y - 160)).toBeCloseTo(10, 6)
    expect(route.endAngle).toBeCloseTo(Math.atan2(40, 160), 6)
  })

  it('routes every pair of boxes with AUTO magnets orthogonally from anchor to anchor', () => {
    const box = fc.record({ x: fc.integer({ min: -800, max: 800 }), y: fc.integer({ min: -800, max: 800 }), width: fc.integer({ min: 20, max: 400 }), height: fc.integer({ min: 20, max: 400 }) })
    const magnet = fc.constantFrom('AUTO', 'TOP', 'BOTTOM', 'LEFT', 'RIGHT')
    fc.assert(
      fc.property(box, box, magnet, magnet, (a: Box, b: Box, ma, mb) => {
        const boxes: Record<string, Box> = { a, b }
        const ends = resolveConnectorEnds({ endpointNodeId: 'a', magnet: ma }, { endpointNodeId: 'b', magnet: mb }, (id) => boxes[id])
        if (!ends.ok) throw new Error('both nodes exist')
        const route = routeConnector(ends.start, ends.end, 'ELBOWED')
        const { first, last } = endpoints(route.commands)
        expect(first.x).toBeCloseTo(ends.start.point.x, 6)
        expect(first.y).toBeCloseTo(ends.start.point.y, 6)
        expect(last.x).toBeCloseTo(ends.end.point.x, 6)
        expect(last.y).toBeCloseTo(ends.end.point.y, 6)
        for (const [p, q] of straightSegments(route.commands)) expect(Math.abs(p.x - q.x) < 1e-6 || Math.abs(p.y - q.y) < 1e-6).toBe(true)
        expect(Number.isFinite(route.startAngle) && Number.isFinite(route.endAngle)).toBe(true)
      })
    )
  })

  it('leaves an attached end along its side: a line into a LEFT magnet arrives pointing right', () => {
    const below = { point: { x: 100, y: 600 }, direction: { x: -1, y: 0 } }
    const route = routeConnector({ point: { x: 300, y: 100 }, direction: { x: 0, y: 1 } }, below, 'ELBOWED')
    expect(route.endAngle).toBeCloseTo(0, 6)
    expect(route.startAngle).toBeCloseTo(-Math.PI / 2, 6)
  })
})
