import { formatNumber } from './format-number'
import type { Language } from './languages'
import { type Plural, pluralCategory } from './plural'

/** A catalogue text with its `{name}` placeholders filled; a placeholder without a value stays as written. */
export function fillText(text: string, values: Readonly<Record<string, string | number>>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = values[name]
    return value === undefined ? whole : String(value)
  })
}

/** The form of a counted text for `n` in the language, with `{n}` and any other placeholders filled. */
export function countText(language: Language, forms: Plural, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  const form = forms[pluralCategory(language, n)] ?? forms.other
  return fillText(form, { n: formatNumber(language, n), ...values })
}
