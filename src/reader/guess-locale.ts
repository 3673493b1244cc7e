import { hasPhrase, labelWords } from '../formats/label-words'

/** Common Danish journey-map words that carry no æ, ø or å. */
const DANISH_WORDS = ['behov', 'tanker', 'tanke', 'barrierer', 'kontaktpunkt', 'oplevelse', 'kunde', 'handling', 'mulighed', 'noter', 'og$', 'jeg$', 'vi$', 'ikke$', 'det$', 'er$']
const DANISH_LETTERS = /[æøå]/i
/** Common French journey-map words, and letters English does not use. */
const FRENCH_WORDS = ['besoin', 'pensée', 'étape', 'parcours', 'client', 'douleur', 'attente', 'avis', 'le$', 'la$', 'les$', 'des$', 'du$', 'et$', 'je$', 'nous$', 'pas$', 'est$']
const FRENCH_LETTERS = /[éèêàçœùîôâû]/i
const HAN = /\p{Script=Han}/u
const CYRILLIC = /\p{Script=Cyrillic}/u

/**
 * The language a hand-made board is written in, from its words: Chinese or Russian by their script,
 * Danish or French by their letters and common words, else English (the model's default). Danish
 * is tried before French, since Danish writes "idé" too.
 */
export function guessLocale(texts: readonly string[]): string {
  const has = (test: (text: string) => boolean): boolean => texts.some(test)
  if (has((text) => HAN.test(text))) return 'zh-Hans'
  if (has((text) => CYRILLIC.test(text))) return 'ru'
  const saysAny = (words: readonly string[]) => (text: string): boolean => words.some((word) => hasPhrase(labelWords(text), word))
  if (has((text) => DANISH_LETTERS.test(text)) || has(saysAny(DANISH_WORDS))) return 'da'
  if (has((text) => FRENCH_LETTERS.test(text)) || has(saysAny(FRENCH_WORDS))) return 'fr'
  return 'en'
}
