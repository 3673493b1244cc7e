import type { ProblemCatalogue, ProblemCode } from './catalogues/problems/en'
import { fillText } from './fill-placeholders'
import type { Language } from './languages'
import { type Plural, pluralCategory } from './plural'
import { valueText } from './value-text'

/** The values a problem's words are filled with: names, ids, counts, as found; a list in the form of each language's lists. */
export type ProblemParams = Readonly<Record<string, string | number | string[]>>

/** A language's problem words, or part of them (the model's alone, in English). */
export type ProblemWords<Code extends string = ProblemCode> = Omit<ProblemCatalogue, 'problems'> & { problems: Readonly<Record<Code, string | Plural>> }

/** The list values that name alternatives (`must be one of a, b or c`); every other list names things together. */
const ALTERNATIVES: ReadonlySet<string> = new Set(['values', 'options'])

/**
 * The list, by problem, that names what was written (fields, levels), each in the language's
 * quotation marks. By problem, not by name alone: `no-level` lists the journey's levels plainly.
 */
const QUOTED: Readonly<Partial<Record<ProblemCode, string>>> = { 'unknown-fields': 'fields', 'csv-own-levels': 'levels' }

function wordFor(words: Readonly<Record<string, string>>, key: string | number | undefined): string | number | undefined {
  return typeof key === 'string' && Object.prototype.hasOwnProperty.call(words, key) ? words[key] : key
}

/**
 * A problem in a language's words, from its code and values. `expected` and `got` name kinds of
 * value (`number`, `array`), and `change` a kind of change on a board (`text`, `moved`), which each
 * language words itself; a counted problem takes its form from `n`.
 */
export function problemText<Code extends string>(code: Code, params: ProblemParams, words: ProblemWords<Code>, language: Language): string {
  const values = { ...params, expected: wordFor(words.expected, params.expected as string | undefined), got: wordFor(words.got, params.got as string | undefined) }
  // A list (ids, values) is written as the language writes lists: the values or options to choose from as alternatives;
  // a number in the language's marks (valueText, as a warning's). Names quoted take the marks the
  // catalogue gives: the values stay as written, marks apart.
  const quoted = (QUOTED as Readonly<Record<string, string>>)[code]
  const written = (name: string, given: string | number | string[]): string => {
    const value = Array.isArray(given) && name === quoted ? given.map((text) => fillText(words.quoted, { text })) : given
    return valueText(value, language, ALTERNATIVES.has(name) ? 'or' : 'and')
  }
  const defined: Record<string, string> = Object.fromEntries(Object.entries(values).flatMap(([name, value]) => (value === undefined ? [] : [[name, written(name, value)]])))
  // A change names its kind, which the language words with the problem's other values (the node it happened to).
  if (typeof params.change === 'string') defined.change = fillText(String(wordFor(words.changedSince, params.change)), defined)
  const text: string | Plural = words.problems[code]
  // The form follows the language, chosen from the count itself.
  return fillText(typeof text === 'string' ? text : (text[pluralCategory(language, Number(params.n ?? 0))] ?? text.other), defined)
}

/** Where in a text file a problem is, in a language's words: `line 4`, `line 4, column 7`. */
export function lineText(line: number, column: number | undefined, words: Pick<ProblemCatalogue, 'line' | 'lineColumn'>): string {
  return column === undefined ? fillText(words.line, { line }) : fillText(words.lineColumn, { line, column })
}
