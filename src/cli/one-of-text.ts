import { listText } from '../i18n'

/**
 * An option given a value it does not take, in the words every choice is refused with (the
 * model's `must be one of` problem, the panel's lists): `--format must be one of json, csv, md or
 * mermaid, got "xml"`; without `got` where the words before it already name the value refused
 * (`no template "spaceship"; the template id must be one of …`). The command line speaks English.
 */
export function oneOfText(option: string, values: readonly string[], ...got: [unknown?]): string {
  const refused = got.length === 0 ? '' : `, got "${String(got[0])}"`
  return `${option} must be one of ${listText('en', values, 'or')}${refused}`
}
