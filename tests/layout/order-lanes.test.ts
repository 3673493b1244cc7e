import { describe, expect, it } from 'vitest'

import { orderLanes } from '../../src/layout'
import type { Lane } from '../../src/model'

const actor = (id: string, kind: 'customer' | 'person' = 'person'): Lane => ({ id, name: id, kind: 'actor', actor: kind })
const row = (id: string): Lane => ({ id, name: id, kind: 'notes' })
const ids = (lanes: Lane[]): string[] => lanes.map((lane) => lane.id)

describe('orderLanes', () => {
  it('should leave a map without a customer lane as it is', () => {
    expect(ids(orderLanes([row('a'), actor('b'), row('c')]))).toEqual(['a', 'b', 'c'])
  })

  it('should put the customer in the middle of the actors, one more below than above when uneven', () => {
    expect(ids(orderLanes([actor('c', 'customer'), actor('a'), actor('b')]))).toEqual(['a', 'c', 'b'])
    expect(ids(orderLanes([actor('a'), actor('b'), actor('d'), actor('c', 'customer')]))).toEqual(['a', 'c', 'b', 'd'])
    expect(ids(orderLanes([actor('c', 'customer')]))).toEqual(['c'])
  })

  it('should keep lanes of other kinds in their places', () => {
    expect(ids(orderLanes([row('x'), actor('c', 'customer'), actor('a'), row('y'), actor('b')]))).toEqual(['x', 'a', 'c', 'y', 'b'])
  })

  it('should not change its input', () => {
    const lanes = [actor('c', 'customer'), actor('a'), actor('b')]
    orderLanes(lanes)
    expect(ids(lanes)).toEqual(['c', 'a', 'b'])
  })
})
