import { NUMBER_MARKS } from './catalogues/number-marks'
import { inNumberMarks } from './format-number'
import type { Language } from './languages'
import { type ListKind, listText } from './list-text'

/**
 * A value a problem's or a warning's words are filled with, as the language writes it for people:
 * a list in the form of its lists; a number (a score, a scale, a bound, a count) in its marks,
 * "−3" as the board and the reports write it, in full (the shortest digits that read back as the
 * same number): a score refused is shown as it was given, never rounded to a bound it is outside of
 * ("−1.5000000000000002" is outside −1.5). The one place a problem's or a warning's numbers become
 * words, so the panel and the command line say the same of both. Texts stay as typed ("-1.5" in a
 * cell). No language here groups thousands: 100000 is written as the limits are written everywhere.
 */
export function valueText(value: string | number | readonly string[], language: Language, kind: ListKind = 'and'): string {
  if (typeof value === 'string') return value
  return typeof value === 'number' ? inNumberMarks(String(value), NUMBER_MARKS[language]) : listText(language, value, kind)
}
