import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sameJson } from '../../../src/emulator/support/same-json'
import { propertyRuns } from '../../support/property-runs'

/** Plain data with what JSON writes its own way: undefined, non-finite numbers, -0, keys in any order. */
const value = fc.letrec((tie) => ({
  leaf: fc.oneof(fc.constant(null), fc.constant(undefined), fc.boolean(), fc.constantFrom(0, -0, 1, NaN, Infinity, -Infinity), fc.double(), fc.string({ maxLength: 3 })),
  tree: fc.oneof({ depthSize: 'small' }, tie('leaf'), fc.array(tie('tree'), { maxLength: 3 }), fc.dictionary(fc.constantFrom('a', 'b', 'c', '1'), tie('tree'), { maxKeys: 3 }))
})).tree

describe('sameJson', () => {
  it('agrees with comparing the two JSON texts', () => {
    fc.assert(
      fc.property(value, value, (a, b) => {
        expect(sameJson(a, b)).toBe(JSON.stringify(a) === JSON.stringify(b))
        expect(sameJson(a, structuredClone(a))).toBe(true)
      }),
      propertyRuns(500)
    )
  })

  it('counts key order, and leaves out what JSON leaves out', () => {
    expect(sameJson({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(false)
    expect(sameJson({ a: 1, b: undefined }, { a: 1 })).toBe(true)
    expect(sameJson([undefined], [null])).toBe(true)
    expect(sameJson({ n: NaN }, { n: null })).toBe(true)
    expect(sameJson([1], { 0: 1 })).toBe(false)
  })
})
