import { describe, expect, it } from 'vitest'

import { maxOf, minOf } from '../../src/model'

describe('minOf and maxOf', () => {
  it('find the extremes of more numbers than Math.min(...values) takes as arguments', () => {
    const values = Array.from({ length: 300_000 }, (_, i) => (i * 7919) % 300_000)
    expect(() => Math.min(...values)).toThrow(RangeError)
    expect([minOf(values), maxOf(values)]).toEqual([0, 299_999])
  })

  it('agree with Math.min and Math.max on no values', () => {
    expect([minOf([]), maxOf([])]).toEqual([Math.min(), Math.max()])
  })
})
