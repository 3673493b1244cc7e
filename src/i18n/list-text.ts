import { LIST_WORDS } from './catalogues/list-words'
import type { Language } from './languages'

/** Whether a list names things together ("a, b and c"), alternatives ("a, b or c") or things done ("3 changes made and 2 edits kept"). */
export type ListKind = 'and' | 'or' | 'clauses'

const LATIN_END = /[A-Za-z0-9]$/
const LATIN_START = /^[A-Za-z0-9]/

/** A list as a language writes it: `a, b and c` in English, `阶段、泳道和 12 张便利贴` in Chinese; one item alone, none as nothing. */
export function listText(language: Language, items: readonly string[], kind: ListKind = 'and'): string {
  const words = LIST_WORDS[language]
  const last = items.length - 1
  if (last < 1) return items.join('')
  const [between, lastWord] = kind === 'clauses' ? words.clauses : [words.between, words[kind]]
  const before = items.slice(0, last).join(between)
  // "green或red" and "和1 条" run a Chinese word into its Latin neighbours; the catalogue spaces them.
  const spaced = words.spaceBesideLatin === true && kind !== 'clauses'
  const space = (text: string, latin: RegExp): string => (spaced && latin.test(text) ? ' ' : '')
  return before + space(before, LATIN_END) + lastWord + space(items[last]!, LATIN_START) + items[last]
}
