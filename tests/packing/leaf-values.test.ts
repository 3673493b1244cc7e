import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { differingLeaves, withLeaves } from '../../src/packing/leaf-values'
import { enBoard, enKinds } from '../../src/i18n/catalogues/board/en'
import { ruBoard, ruKinds } from '../../src/i18n/catalogues/board/ru'

const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null))

/** A tree and another of the same shape, some of whose leaves differ. */
const pair = fc.letrec<{ tree: [unknown, unknown] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(leaf, leaf, fc.boolean()).map(([base, other, same]): [unknown, unknown] => [base, same ? base : other]),
    fc.array(tie('tree'), { maxLength: 4 }).map((pairs): [unknown, unknown] => [pairs.map(([base]) => base), pairs.map(([, target]) => target)]),
    fc.dictionary(fc.string({ minLength: 1, maxLength: 6 }), tie('tree'), { maxKeys: 4 }).map((pairs): [unknown, unknown] => [
      Object.fromEntries(Object.entries(pairs).map(([key, [base]]) => [key, base])),
      Object.fromEntries(Object.entries(pairs).map(([key, [, target]]) => [key, target]))
    ])
  )
})).tree

describe('differingLeaves and withLeaves', () => {
  it('give back the target from the base and what differs, through JSON, leaving the base as it was', () => {
    fc.assert(
      fc.property(pair, ([base, target]) => {
        const before = JSON.stringify(base)
        const values = JSON.parse(JSON.stringify(differingLeaves(base, target))) as unknown[]
        expect(withLeaves(base, values)).toEqual(target)
        expect(JSON.stringify(base)).toBe(before)
      })
    )
  })

  it('carry only what differs: a run of equal leaves is one count', () => {
    expect(differingLeaves({ a: 'x', b: 'y', c: ['z', 1, true] }, { a: 'x', b: 'Y', c: ['z', 1, false] })).toEqual([1, 'Y', 2, [false]])
    expect(differingLeaves(['a', 'b'], ['a', 'b'])).toEqual([2])
  })

  it('carry a counted text whole, since languages count in different forms', () => {
    const values = differingLeaves([enBoard, enKinds], [ruBoard, ruKinds])
    expect(values).toContainEqual([ruBoard.age])
    expect(withLeaves([enBoard, enKinds], values)).toEqual([ruBoard, ruKinds])
  })

  it('refuse a target of another shape, and values that do not fit their shape', () => {
    expect(() => differingLeaves({ a: 'x' }, { b: 'x' })).toThrow(/not the same shape/)
    expect(() => differingLeaves(['x'], ['x', 'y'])).toThrow(/not the same shape/)
    expect(() => differingLeaves({ a: 'x' }, { a: { b: 'x' } })).toThrow(/not the same shape/)
    expect(() => withLeaves(['a', 'b', 'c'], [2])).toThrow(/end or break/)
    expect(() => withLeaves(['a'], [1, 'extra'])).toThrow(/hold 2 entries/)
    expect(() => withLeaves(['a'], [{ not: 'a leaf' }])).toThrow(/end or break/)
  })
})
