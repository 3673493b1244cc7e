import type { Language } from '../languages'

/**
 * How each language writes a list: what stands between its items, and before the last one in a
 * list of things together (`and`) or of alternatives (`or`); and both for a list of things done
 * (`clauses`: "3 changes made and 2 edits kept"), which Chinese joins with a comma, as its 和 joins
 * only nouns. English writes no comma before "and", as the catalogue's English does ("pains,
 * delights and moments"); Chinese sets items apart with 、 and, as its catalogue does round numbers
 * and Latin words ("true 或 false", "{n} 个阶段"), a space between 和 or 或 and a Latin letter or
 * digit beside it (`spaceBesideLatin`).
 */
export const LIST_WORDS: Readonly<Record<Language, { between: string; and: string; or: string; clauses: readonly [between: string, last: string]; spaceBesideLatin?: boolean }>> = {
  en: { between: ', ', and: ' and ', or: ' or ', clauses: [', ', ' and '] },
  da: { between: ', ', and: ' og ', or: ' eller ', clauses: [', ', ' og '] },
  fr: { between: ', ', and: ' et ', or: ' ou ', clauses: [', ', ' et '] },
  ru: { between: ', ', and: ' и ', or: ' или ', clauses: [', ', ' и '] },
  'zh-Hans': { between: '、', and: '和', or: '或', clauses: ['，', '，'], spaceBesideLatin: true }
}
