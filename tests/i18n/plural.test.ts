import { describe, expect, it } from 'vitest'

import { CATALOGUES, isPlural } from '../../src/i18n'

describe('isPlural', () => {
  it('knows a counted text: plural forms only, `other` among them, each a text', () => {
    expect(isPlural(CATALOGUES.en.panel.import.toFix)).toBe(true)
    expect(isPlural(CATALOGUES.ru.panel.import.toFix)).toBe(true)
    expect(isPlural({ other: '{n} items' })).toBe(true)
    expect(isPlural({ one: '{n} item', few: '{n} items', many: '{n} items', other: '{n} items' })).toBe(true)
  })

  it('takes nothing else for one: words, a form missing `other`, another key, a form that is not a text', () => {
    expect(isPlural(CATALOGUES.en.panel)).toBe(false)
    expect(isPlural({ one: '{n} item' })).toBe(false)
    expect(isPlural({})).toBe(false)
    expect(isPlural({ one: '{n} item', other: '{n} items', title: 'Items' })).toBe(false)
    expect(isPlural({ other: { one: 'x', other: 'y' } })).toBe(false)
    expect(isPlural(['other'])).toBe(false)
    expect(isPlural('other')).toBe(false)
    expect(isPlural(null)).toBe(false)
  })
})
