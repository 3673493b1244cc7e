import { describe, expect, it } from 'vitest'

import { unionBoxes } from '../../src/geometry'

describe('unionBoxes', () => {
  it('is undefined for no boxes and the hull for several', () => {
    expect(unionBoxes([])).toBeUndefined()
    expect(unionBoxes([{ x: 0, y: 0, width: 10, height: 10 }, { x: -5, y: 20, width: 5, height: 5 }])).toEqual({ x: -5, y: 0, width: 15, height: 25 })
  })
})
