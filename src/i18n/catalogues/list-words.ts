import type { Language } from '../languages'

/**
 * How each language writes a list: what stands between its items, and before the last one in a
 * list of things together (`and`) or of alternatives (`or`). English writes no comma before "and",
 * as the catalogue's English does ("pains, delights and moments"); Chinese sets items apart with 、
 * and, as its catalogue does round numbers and Latin words ("true 或 false", "{n} 个阶段"), a space
 * between its last word and a Latin letter or digit beside it (`spaceBesideLatin`).
 */
export const LIST_WORDS: Readonly<Record<Language, { between: string; and: string; or: string; spaceBesideLatin?: boolean }>> = {
  en: { between: ', ', and: ' and ', or: ' or ' },
  da: { between: ', ', and: ' og ', or: ' eller ' },
  fr: { between: ', ', and: ' et ', or: ' ou ' },
  ru: { between: ', ', and: ' и ', or: ' или ' },
  'zh-Hans': { between: '、', and: '和', or: '或', spaceBesideLatin: true }
}
