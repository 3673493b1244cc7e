import type { Language } from '../languages'

/**
 * How each language writes a number for people: its decimal mark, and its minus sign before a
 * negative number (U+2212 in all five: the hyphen-minus is a hyphen, and Intl.NumberFormat,
 * which FigJam's sandbox may lack, writes one for each of them; files a program reads keep "-").
 * Apart from the board's words, as the list words are, so a problem worded before any command
 * runs (the command line's own) writes its numbers without loading them.
 */
export const NUMBER_MARKS: Readonly<Record<Language, { decimal: string; minus: string }>> = {
  en: { decimal: '.', minus: '\u2212' },
  da: { decimal: ',', minus: '\u2212' },
  fr: { decimal: ',', minus: '\u2212' },
  ru: { decimal: ',', minus: '\u2212' },
  'zh-Hans': { decimal: '.', minus: '\u2212' }
}
