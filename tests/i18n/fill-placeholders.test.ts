import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BOARD_CATALOGUES, fillText, LANGUAGES, placeholderFiller } from '../../src/i18n'
import { propertyRuns } from '../support/property-runs'

/** Texts made of plain runs, placeholders and stray braces, so the pieces meet in every way. */
const template = fc
  .array(fc.oneof(fc.constantFrom('{label}', '{value}', '{score}', '{}', '{', '}', '{a-b}', '{{value}}'), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''))
const values = fc.dictionary(fc.constantFrom('label', 'value', 'score', 'other'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constantFrom('{value}', '$&', '$1')))

describe('placeholderFiller', () => {
  it('fills a text as fillText does, whatever the text and the values', () => {
    fc.assert(
      fc.property(template, values, (text, given) => {
        expect(placeholderFiller(text)(given)).toBe(fillText(text, given))
      }),
      propertyRuns(300)
    )
  })

  it('fills every language’s “label: value” as fillText does, a placeholder without a value left as written', () => {
    for (const language of LANGUAGES) {
      const { labelled } = BOARD_CATALOGUES[language].typography
      expect(placeholderFiller(labelled)({ label: 'Pay', value: '{value} 5' })).toBe(fillText(labelled, { label: 'Pay', value: '{value} 5' }))
      expect(placeholderFiller(labelled)({ label: 'Pay' })).toBe(fillText(labelled, { label: 'Pay' }))
    }
  })
})
