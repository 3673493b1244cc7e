import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { pointAlong, segmentLength } from '../../src/geometry'

const coordinate = fc.oneof(fc.double({ noNaN: true, min: -1e6, max: 1e6 }), fc.integer({ min: -5000, max: 5000 }), fc.constant(0), fc.constant(-0))
const point = fc.record({ x: coordinate, y: coordinate })

describe('segmentLength', () => {
  it('should be exactly what Math.hypot gives, axis-aligned or not', () => {
    fc.assert(
      fc.property(point, point, fc.boolean(), fc.boolean(), (a, b, sameX, sameY) => {
        const to = { x: sameX ? a.x : b.x, y: sameY ? a.y : b.y }
        expect(segmentLength(a, to)).toBe(Math.hypot(to.x - a.x, to.y - a.y))
      })
    )
  })
})

describe('pointAlong', () => {
  it('should find the point halfway along a bent line by its length', () => {
    expect(pointAlong([{ x: 0, y: 0 }, { x: 30, y: 0 }, { x: 30, y: 10 }], 0.5)).toEqual({ x: 20, y: 0 })
  })
})
