import { describe, expect, it } from 'vitest'

import { ellipseCommands } from '../../../src/render/geometry/ellipse-commands'
import { unionBoxes } from '../../../src/render/geometry/union-boxes'

describe('unionBoxes', () => {
  it('is undefined for no boxes and the hull for several', () => {
    expect(unionBoxes([])).toBeUndefined()
    expect(unionBoxes([{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 20, width: 5, height: 5 }])).toEqual({ x: -5, y: 0, width: 15, height: 25 })
  })
})

describe('ellipseCommands', () => {
  it('passes through the four extreme points and closes', () => {
    const commands = ellipseCommands(10, 20, 5, 3)
    const ends = commands.flatMap((c) => (c.op === 'Z' ? [] : [[c.x, c.y]]))
    expect(ends).toEqual([[15, 20], [10, 23], [5, 20], [10, 17], [15, 20]])
    expect(commands.at(-1)).toEqual({ op: 'Z' })
  })
})
