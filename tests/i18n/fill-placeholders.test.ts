import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BOARD_CATALOGUES, fillText, LANGUAGES, placeholderFiller } from '../../src/i18n'
import { propertyRuns } from '../support/property-runs'

/** Texts made of plain runs, placeholders and stray braces, so the pieces meet in every way. */
const template = fc
  .array(fc.oneof(fc.constantFrom('{label}', '{value}', '{score}', '{}', '{', '}', '{a-b}', '{{value}}'), fc.string({ maxLength: 4 })), { maxLength: 8 })
  .map((parts) => parts.join(''))
const values = fc.dictionary(fc.constantFrom('label', 'value', 'score', 'other'), fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.constantFrom('{value}', '$&', '$1')))

/** The rule, as one replacement: every `{name}` with a value takes it, once, left to right; the values are not read again. */
function filledByReplacing(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (values[name] === undefined ? whole : String(values[name])))
}

describe('fillText and placeholderFiller', () => {
  it('fill every placeholder that has a value and leave the rest as written, whatever the text and the values', () => {
    fc.assert(
      fc.property(template, values, (text, given) => {
        const expected = filledByReplacing(text, given)
        expect(fillText(text, given)).toBe(expected)
        const fill = placeholderFiller(text)
        expect(fill(given)).toBe(expected)
        // Split once, filled many times: the second fill is the same as the first.
        expect(fill(given)).toBe(expected)
      }),
      propertyRuns(300)
    )
  })

  it('fill every language’s “label: value”, a value that looks like a placeholder left as it is', () => {
    for (const language of LANGUAGES) {
      const { labelled } = BOARD_CATALOGUES[language].typography
      expect(placeholderFiller(labelled)({ label: 'Pay', value: '{value} 5' })).toBe(filledByReplacing(labelled, { label: 'Pay', value: '{value} 5' }))
      expect(placeholderFiller(labelled)({ label: 'Pay' })).toContain('{value}')
    }
    expect(fillText('{label}: {value}', { label: 'Pay', value: '{label}' })).toBe('Pay: {label}')
  })
})
