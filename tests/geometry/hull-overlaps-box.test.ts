import { describe, expect, it } from 'vitest'

import { convexHull, convexPolygonOverlapsBox, hullOfBoxes } from '../../src/geometry'

describe('hullOfBoxes', () => {
  it('should span two boxes one beside the other with the six corners that are not inside', () => {
    const hull = hullOfBoxes({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 20, width: 10, height: 10 })
    expect(hull).toHaveLength(6)
    expect(hull).toEqual(expect.arrayContaining([{ x: 0, y: 0 }, { x: 10, y: 0 }, { x: 30, y: 20 }, { x: 30, y: 30 }, { x: 20, y: 30 }, { x: 0, y: 10 }]))
  })

  it('should leave out points on a straight run and inside', () => {
    expect(convexHull([{ x: 0, y: 0 }, { x: 5, y: 0 }, { x: 10, y: 0 }, { x: 10, y: 10 }, { x: 0, y: 10 }, { x: 5, y: 5 }])).toHaveLength(4)
  })
})

describe('convexPolygonOverlapsBox', () => {
  // The region between a box at the top left and one at the bottom right: a band along the diagonal.
  const band = hullOfBoxes({ x: 0, y: 0, width: 10, height: 10 }, { x: 90, y: 90, width: 10, height: 10 })

  it('should find a box on the diagonal between the two', () => {
    expect(convexPolygonOverlapsBox(band, { x: 45, y: 45, width: 10, height: 10 })).toBe(true)
  })

  it('should find a box the region lies wholly inside', () => {
    expect(convexPolygonOverlapsBox(band, { x: -5, y: -5, width: 200, height: 200 })).toBe(true)
  })

  it('should not find a box off the diagonal whose bounds overlap the region’s bounds', () => {
    // Inside the bounding box of both, but beside the band: only an edge's normal separates them.
    expect(convexPolygonOverlapsBox(band, { x: 70, y: 0, width: 20, height: 20 })).toBe(false)
  })

  it('should not count a box that only touches the region', () => {
    expect(convexPolygonOverlapsBox(hullOfBoxes({ x: 0, y: 0, width: 10, height: 10 }, { x: 20, y: 0, width: 10, height: 10 }), { x: 0, y: 10, width: 30, height: 5 })).toBe(false)
  })
})
