import type { Language } from './languages'

/**
 * A text that depends on a count, by CLDR plural category. `other` is always given; English,
 * Danish and French also use `one`, Russian `one`, `few` and `many`, Chinese only `other`.
 * `{n}` stands for the count.
 */
export interface Plural {
  one?: string
  few?: string
  many?: string
  other: string
}

type Category = keyof Plural

/** Every category a counted text may hold (the keys of Plural). */
const CATEGORIES: ReadonlySet<string> = new Set<Category>(['one', 'few', 'many', 'other'])

/**
 * Whether a value is a counted text: an object holding plural forms only, `other` among them, each a
 * text. The languages use different sets of forms (Russian four, Chinese one), so whatever walks
 * words in the shape of the English ones takes a counted text as one leaf.
 */
export function isPlural(value: unknown): value is Plural {
  // An array holds no `other`.
  return value !== null && typeof value === 'object' && 'other' in value && Object.entries(value).every(([key, text]) => CATEGORIES.has(key) && typeof text === 'string')
}

/** The CLDR cardinal category of a count, for the five languages (whole numbers and decimals). */
export function pluralCategory(language: Language, n: number): Category {
  const whole = Number.isInteger(n)
  const abs = Math.abs(n)
  switch (language) {
    case 'zh-Hans':
      return 'other'
    case 'fr':
      // French counts 0 and 1 (and 1.5) as singular: "0 an", "1,5 an".
      return abs < 2 ? 'one' : 'other'
    case 'ru': {
      if (!whole) return 'other'
      const mod10 = abs % 10
      const mod100 = abs % 100
      if (mod10 === 1 && mod100 !== 11) return 'one'
      if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) return 'few'
      return 'many'
    }
    default:
      return whole && abs === 1 ? 'one' : 'other'
  }
}
