import { describe, expect, it } from 'vitest'

import { BoxGrid } from '../../src/reader/box-grid'

describe('BoxGrid', () => {
  it('keeps each cell with its column, row and numbers in the order they came, near the origin and far from it', () => {
    // Fewer expected than put in: the lists grow.
    const grid = new BoxGrid(2)
    const far = 2 ** 40
    const puts: [number, number, number][] = [
      [0, 0, 1],
      [-3, 5, 2],
      [0, 0, 3],
      [far, -far, 4],
      [-3, 5, 5],
      [far, -far, 6],
      [16_383, -16_383, 7],
      [16_384, 0, 8]
    ]
    for (const [x, y, value] of puts) grid.add(x, y, value)
    const cells = Array.from({ length: grid.cellCount }, (_, cell) => {
      const values: number[] = []
      for (let e = grid.firstEntry(cell); e >= 0; e = grid.nextEntry(e)) values.push(grid.valueOf(e))
      return { x: grid.columnOf(cell), y: grid.rowOf(cell), values }
    })
    expect(cells).toEqual([
      { x: 0, y: 0, values: [1, 3] },
      { x: -3, y: 5, values: [2, 5] },
      { x: far, y: -far, values: [4, 6] },
      { x: 16_383, y: -16_383, values: [7] },
      { x: 16_384, y: 0, values: [8] }
    ])
    expect(grid.cellAt(-3, 5)).toBe(1)
    expect(grid.cellAt(far, -far)).toBe(2)
    expect(grid.cellAt(1, 1)).toBe(-1)
  })
})
