import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { stickyPairKey } from '../../src/layout'
import { ID_PATTERN } from '../../src/model/text-patterns'

/**
 * A plan key as the layout makes them: a role, a colon and a model id (ids hold no spaces). A few
 * fixed ones too, so that pairs often share a sticky or are the same pair.
 */
const planKey = fc.oneof(fc.stringMatching(ID_PATTERN).map((id) => `item:${id}`), fc.constantFrom('item:a', 'item:b', 'item:a:b', 'marker:a'))

describe('stickyPairKey', () => {
  it('should name two stickies alike either way round, and no other pair alike', () => {
    fc.assert(
      fc.property(planKey, planKey, planKey, planKey, (a, b, c, d) => {
        const samePair = (a === c && b === d) || (a === d && b === c)
        expect(stickyPairKey(a, b)).toBe(stickyPairKey(b, a))
        expect(stickyPairKey(a, b) === stickyPairKey(c, d)).toBe(samePair)
      })
    )
  })

  it('should keep the two keys apart where one key run into the next would read as another pair', () => {
    // Ids may hold colons, so "item:a" then "item:bitem:c" spell what "item:aitem:b" then "item:c" spell.
    expect(stickyPairKey('item:a', 'item:bitem:c')).not.toBe(stickyPairKey('item:aitem:b', 'item:c'))
  })
})
