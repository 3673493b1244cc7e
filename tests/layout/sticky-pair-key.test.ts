import { describe, expect, it } from 'vitest'

import { stickyPairKey } from '../../src/layout'

describe('stickyPairKey', () => {
  it('should name two stickies alike either way round, and no other pair alike', () => {
    expect(stickyPairKey('item:a', 'item:b')).toBe(stickyPairKey('item:b', 'item:a'))
    expect(stickyPairKey('item:a', 'item:b')).not.toBe(stickyPairKey('item:a', 'item:c'))
  })
})
