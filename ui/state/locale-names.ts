import { LANGUAGE_NAMES, languageOf } from '../../src/i18n'

/** A locale's language as its speakers write it ("Dansk", "简体中文"); the code itself for a language Journeyboard does not speak. */
export function localeName(locale: string): string {
  const language = languageOf(locale)
  return language === undefined ? locale : LANGUAGE_NAMES[language]
}
