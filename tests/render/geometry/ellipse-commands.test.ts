import { describe, expect, it } from 'vitest'

import { ellipseCommands } from '../../../src/render/geometry/ellipse-commands'

describe('ellipseCommands', () => {
  it('passes through the four extreme points and closes', () => {
    const commands = ellipseCommands(10, 20, 5, 3)
    const ends = commands.flatMap((c) => (c.op === 'Z' ? [] : [[c.x, c.y]]))
    expect(ends).toEqual([[15, 20], [10, 23], [5, 20], [10, 17], [15, 20]])
    expect(commands.at(-1)).toEqual({ op: 'Z' })
  })
})
