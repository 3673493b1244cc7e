import { describe, expect, it } from 'vitest'

import { uniqueSlug } from '../../src/templates/unique-slug'

describe('uniqueSlug', () => {
  it('makes a lower-case, dash-separated id from a name', () => {
    expect(uniqueSlug('  Pick up the Car!  ', new Set(), 'stage')).toBe('pick-up-the-car')
  })

  it('spells out Nordic letters and strips accents', () => {
    expect(uniqueSlug('Afhentning på kontoret', new Set(), 'stage')).toBe('afhentning-paa-kontoret')
    expect(uniqueSlug('Første møde, ærligt', new Set(), 'stage')).toBe('foerste-moede-aerligt')
    expect(uniqueSlug('Café crème', new Set(), 'stage')).toBe('cafe-creme')
  })

  it('falls back when nothing readable is left', () => {
    expect(uniqueSlug('还车', new Set(), 'stage')).toBe('stage')
    expect(uniqueSlug('!!!', new Set(['stage']), 'stage')).toBe('stage-2')
  })

  it('numbers the id until it is free', () => {
    expect(uniqueSlug('Plan', new Set(['plan', 'plan-2']), 'stage')).toBe('plan-3')
  })

  it('keeps long names to a readable length without a trailing dash', () => {
    const slug = uniqueSlug('word '.repeat(40), new Set(), 'stage')
    expect(slug.length).toBeLessThanOrEqual(60)
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  })
})
