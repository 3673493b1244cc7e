import { deflateRawSync } from 'node:zlib'

import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CATALOGUES, LANGUAGES } from '../../../src/i18n'
import { packedPanelWords, panelWordsReady, unpackPanelWordsAsync } from '../../../ui/i18n/packed-panel-words'
import { panelWordsFromValues, panelWordValues } from '../../../ui/i18n/panel-word-values'

/** A language's panel words as the build packs them (scripts/pack-panel-words.mjs). */
function pack(words: unknown): string {
  return deflateRawSync(JSON.stringify(panelWordValues(CATALOGUES.en.panel, words)), { level: 9 }).toString('base64')
}

describe('panel word values', () => {
  it('give every language its words back exactly, counted texts in its own plural forms', () => {
    for (const language of LANGUAGES) {
      const words = CATALOGUES[language].panel
      const values = panelWordValues(CATALOGUES.en.panel, words)
      expect(values.every((value) => typeof value === 'string' || (typeof value === 'object' && value !== null)), language).toBe(true)
      expect(panelWordsFromValues(CATALOGUES.en.panel, values), language).toEqual(words)
    }
    // Russian counts in more forms than English: a counted text travels whole.
    expect(Object.keys(CATALOGUES.ru.panel.import.toFix).length).toBeGreaterThan(Object.keys(CATALOGUES.en.panel.import.toFix).length)
  })

  it('round-trip any words in the shape of the English ones', () => {
    const plural = fc.record({ one: fc.string(), other: fc.string() }, { requiredKeys: ['other'] })
    const words = fc.letrec((tie) => ({
      node: fc.dictionary(fc.string({ minLength: 1 }).filter((key) => !['zero', 'one', 'two', 'few', 'many', 'other', '__proto__'].includes(key)), fc.oneof(fc.string(), plural, tie('node')), { minKeys: 1, maxKeys: 4 })
    })).node
    fc.assert(
      fc.property(words, (shape) => {
        expect(panelWordsFromValues(shape, panelWordValues(shape, shape))).toEqual(shape)
      })
    )
  })

  it('refuse values that do not fit the shape', () => {
    const values = panelWordValues(CATALOGUES.en.panel, CATALOGUES.da.panel)
    expect(() => panelWordsFromValues(CATALOGUES.en.panel, [...values, 'one too many'])).toThrow(/hold .* texts/)
  })
})

describe('packed panel words', () => {
  it('are unpacked once, with the platform decompressor, into the catalogue object the panel holds', async () => {
    const words = packedPanelWords('xx-test', pack(CATALOGUES.fr.panel))
    expect(panelWordsReady('xx-test')).toBe(false)
    // Reading them too early is a bug that names itself.
    expect(() => words.tabs).toThrow('the xx-test panel words were read before they were unpacked')
    const unpacking = unpackPanelWordsAsync('XX-Test')
    expect(unpackPanelWordsAsync('xx-test')).toBe(unpacking)
    await unpacking
    expect(panelWordsReady('xx-test')).toBe(true)
    expect(words.tabs.create).toBe(CATALOGUES.fr.panel.tabs.create)
    expect({ ...words }).toEqual(CATALOGUES.fr.panel)
  })

  it('leave words that were never packed ready at once', async () => {
    expect(panelWordsReady('en')).toBe(true)
    await expect(unpackPanelWordsAsync('en')).resolves.toBeUndefined()
  })
})
