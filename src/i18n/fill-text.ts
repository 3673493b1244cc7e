import { fillText } from './fill-placeholders'
import { formatNumber } from './format-number'
import type { Language } from './languages'
import { type Plural, pluralCategory } from './plural'

/** The form of a counted text for `n` in the language, with `{n}` and any other placeholders filled. */
export function countText(language: Language, forms: Plural, n: number, values: Readonly<Record<string, string | number>> = {}): string {
  const form = forms[pluralCategory(language, n)] ?? forms.other
  return fillText(form, { n: formatNumber(language, n), ...values })
}
