import { DEFAULT_LANGUAGE, type Language, languageOf } from '../../src/i18n/languages'

/**
 * The panel's language before the user chooses one: the first of the browser's languages that
 * Journeyboard speaks. The Plugin API does not tell a plugin FigJam's own language; the panel's
 * frame reports the language of the browser or desktop app FigJam runs in, which is the nearest
 * sign of it. English when none is spoken.
 */
export function initialPanelLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = languageOf(tag)
    if (language !== undefined) return language
  }
  return DEFAULT_LANGUAGE
}
