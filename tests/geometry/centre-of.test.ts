import { describe, expect, it } from 'vitest'

import { centreOf } from '../../src/geometry'

describe('centreOf', () => {
  it('should give the middle of a box', () => {
    expect(centreOf({ x: 10, y: -20, width: 100, height: 40 })).toEqual({ x: 60, y: 0 })
  })
})
