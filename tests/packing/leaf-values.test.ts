import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { differingLeaves, withLeaves } from '../../src/packing/leaf-values'
import { enBoard, enKinds } from '../../src/i18n/catalogues/board/en'
import { ruBoard, ruKinds } from '../../src/i18n/catalogues/board/ru'

/** A counted text, in any of the forms a language uses (Russian four, English two, Chinese one). */
const counted = fc.record({ one: fc.string(), few: fc.string(), many: fc.string(), other: fc.string() }, { requiredKeys: ['other'] })
const leaf = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), counted)
/** Keys of words; a plural form's name would make an object of texts a counted text. */
const key = fc.string({ minLength: 1, maxLength: 6 }).filter((text) => !['one', 'few', 'many', 'other'].includes(text))

/** A tree and another of the same shape, some of whose leaves differ. */
const pair = fc.letrec<{ tree: [unknown, unknown] }>((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.tuple(leaf, leaf, fc.boolean()).map(([base, other, same]): [unknown, unknown] => [base, same ? base : other]),
    fc.array(tie('tree'), { maxLength: 4 }).map((pairs): [unknown, unknown] => [pairs.map(([base]) => base), pairs.map(([, target]) => target)]),
    // The target's keys in any order: a translation may order its words its own way.
    fc.tuple(fc.dictionary(key, tie('tree'), { maxKeys: 4 }), fc.boolean()).map(([pairs, reversed]): [unknown, unknown] => {
      const entries = Object.entries(pairs)
      return [Object.fromEntries(entries.map(([key, [base]]) => [key, base])), Object.fromEntries((reversed ? [...entries].reverse() : entries).map(([key, [, target]]) => [key, target]))]
    })
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

  it('take a target whose keys come in another order, and give it back in the base’s order', () => {
    const values = differingLeaves({ a: 'x', b: 'y' }, { b: 'Y', a: 'x' })
    expect(values).toEqual([1, 'Y'])
    expect(Object.keys(withLeaves({ a: 'x', b: 'y' }, values) as object)).toEqual(['a', 'b'])
  })

  it('refuse a target of another shape, and values that do not fit their shape', () => {
    expect(() => differingLeaves({ a: 'x' }, { b: 'x' })).toThrow(/not the same shape/)
    expect(() => differingLeaves({ a: 'x', b: 'y' }, { a: 'x', c: 'y' })).toThrow(/the whole: not the same shape/)
    expect(() => differingLeaves({ a: 'x' }, { a: 'x', b: 'y' })).toThrow(/not the same shape/)
    expect(() => differingLeaves({ words: { other: 'x' } }, { words: { other: { nested: 'x' } } })).toThrow(/\/words: not the same shape/)
    expect(() => differingLeaves(['x'], ['x', 'y'])).toThrow(/not the same shape/)
    expect(() => differingLeaves({ a: 'x' }, { a: { b: 'x' } })).toThrow(/not the same shape/)
    expect(() => withLeaves(['a', 'b', 'c'], [2])).toThrow(/end or break/)
    expect(() => withLeaves(['a'], [1, 'extra'])).toThrow(/hold 2 entries/)
    expect(() => withLeaves(['a'], [{ not: 'a leaf' }])).toThrow(/end or break/)
  })
})
