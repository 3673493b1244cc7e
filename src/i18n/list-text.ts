import { LIST_WORDS } from './catalogues/list-words'
import type { Language } from './languages'

/** Whether a list names things together ("a, b and c") or alternatives ("a, b or c"). */
export type ListKind = 'and' | 'or'

/** A list as a language writes it: `a, b and c` in English, `a、b和c` in Chinese; one item alone, none as nothing. */
export function listText(language: Language, items: readonly string[], kind: ListKind = 'and'): string {
  const words = LIST_WORDS[language]
  const last = items.length - 1
  return last < 1 ? items.join('') : items.slice(0, last).join(words.between) + words[kind] + items[last]
}
