import { describe, expect, it } from 'vitest'

import { ELBOW_STUB, elbowPath, pointAlong, sideAnchor } from '../../src/geometry'

const a = { x: 0, y: 0, width: 240, height: 240 }
const below = { x: 300, y: 400, width: 240, height: 240 }
const right = { x: 400, y: 100, width: 240, height: 240 }

describe('elbowPath', () => {
  it('should join facing magnets with one jog halfway between them', () => {
    const path = elbowPath(sideAnchor(a, 'BOTTOM'), sideAnchor(below, 'TOP'))
    expect(path).toEqual([
      { x: 120, y: 240 },
      { x: 120, y: 320 },
      { x: 420, y: 320 },
      { x: 420, y: 400 }
    ])
    // The label, halfway along, sits in the middle of the jog.
    expect(pointAlong(path, 0.5)).toEqual({ x: 270, y: 320 })
  })

  it('should run a straight line between aligned facing magnets', () => {
    const level = { ...right, y: 0 }
    expect(elbowPath(sideAnchor(a, 'RIGHT'), sideAnchor(level, 'LEFT'))).toEqual([
      { x: 240, y: 120 },
      { x: 400, y: 120 }
    ])
  })

  it('should leave two magnets on the same side by a stub past the farther one and come back', () => {
    expect(elbowPath(sideAnchor(a, 'LEFT'), sideAnchor({ ...a, y: 400 }, 'LEFT'))).toEqual([
      { x: 0, y: 120 },
      { x: -ELBOW_STUB, y: 120 },
      { x: -ELBOW_STUB, y: 520 },
      { x: 0, y: 520 }
    ])
  })

  it('should turn once between perpendicular magnets that head toward each other', () => {
    expect(elbowPath(sideAnchor(a, 'RIGHT'), sideAnchor(below, 'TOP'))).toEqual([
      { x: 240, y: 120 },
      { x: 420, y: 120 },
      { x: 420, y: 400 }
    ])
  })

  it('should always start and end on the two magnets, turning only at right angles', () => {
    for (const start of ['TOP', 'BOTTOM', 'LEFT', 'RIGHT'] as const) {
      for (const end of ['TOP', 'BOTTOM', 'LEFT', 'RIGHT'] as const) {
        const from = sideAnchor(a, start)
        const to = sideAnchor(right, end)
        const path = elbowPath(from, to)
        expect(path[0]).toEqual(from.point)
        expect(path[path.length - 1]).toEqual(to.point)
        path.slice(1).forEach((p, i) => expect(p.x === path[i]!.x || p.y === path[i]!.y).toBe(true))
      }
    }
  })
})
