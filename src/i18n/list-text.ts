import { LIST_WORDS } from './catalogues/list-words'
import type { Language } from './languages'

/** Whether a list names things together ("a, b and c") or alternatives ("a, b or c"). */
export type ListKind = 'and' | 'or'

const LATIN_END = /[A-Za-z0-9]$/
const LATIN_START = /^[A-Za-z0-9]/

/** A list as a language writes it: `a, b and c` in English, `阶段、泳道和 12 张便利贴` in Chinese; one item alone, none as nothing. */
export function listText(language: Language, items: readonly string[], kind: ListKind = 'and'): string {
  const words = LIST_WORDS[language]
  const last = items.length - 1
  if (last < 1) return items.join('')
  const before = items.slice(0, last).join(words.between)
  // "green或red" and "和1 条" run a Chinese word into its Latin neighbours; the catalogue spaces them.
  const space = (text: string, latin: RegExp): string => (words.spaceBesideLatin === true && latin.test(text) ? ' ' : '')
  return before + space(before, LATIN_END) + words[kind] + space(items[last]!, LATIN_START) + items[last]
}
