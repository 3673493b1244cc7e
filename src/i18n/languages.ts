/** The languages Journeyboard speaks, on boards, in exports and in the panel; English is the fallback. */
export const LANGUAGES = ['en', 'da', 'fr', 'zh-Hans', 'ru'] as const
export type Language = (typeof LANGUAGES)[number]

export const DEFAULT_LANGUAGE: Language = 'en'

/** Chinese tags that mean Traditional script, which the Simplified catalogue would misrepresent. */
const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)\b/i

/**
 * The catalogue language of a BCP 47 tag ("da-DK" is Danish, "zh", "zh-CN" and "zh-Hans-SG" are
 * Simplified Chinese), or undefined for a language Journeyboard does not speak (Traditional
 * Chinese included: it is not Simplified).
 */
export function languageOf(locale: string): Language | undefined {
  const tag = locale.trim()
  const primary = tag.split(/[-_]/)[0]?.toLowerCase() ?? ''
  if (primary === 'zh') return TRADITIONAL_CHINESE.test(tag.replace('_', '-')) ? undefined : 'zh-Hans'
  return LANGUAGES.find((language) => language === primary)
}

/** The catalogue language of a tag, English when Journeyboard does not speak it. */
export function languageOrDefault(locale: string): Language {
  return languageOf(locale) ?? DEFAULT_LANGUAGE
}

/** Each language's name as its speakers write it, the same in every catalogue (a picker lists them so). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  da: 'Dansk',
  fr: 'Français',
  'zh-Hans': '简体中文',
  ru: 'Русский'
}
