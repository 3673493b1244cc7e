import { hasPhrase, labelWords } from './label-words'

/** Common Danish journey-map words that carry no æ, ø or å. */
const DANISH_WORDS = ['behov', 'tanker', 'tanke', 'barrierer', 'kontaktpunkt', 'oplevelse', 'kunde', 'handling', 'mulighed', 'noter', 'og$', 'jeg$', 'vi$', 'ikke$', 'det$', 'er$']
const DANISH_LETTERS = /[æøå]/i

/** "da" when the board's words look Danish, else "en" (the model's default). */
export function guessLocale(texts: readonly string[]): string {
  const danish = texts.some((text) => DANISH_LETTERS.test(text) || DANISH_WORDS.some((word) => hasPhrase(labelWords(text), word)))
  return danish ? 'da' : 'en'
}
