/** Language names as their speakers write them; the code itself where none is listed. */
const NAMES: Readonly<Record<string, string>> = {
  en: 'English',
  da: 'Dansk',
  de: 'Deutsch',
  fr: 'Français',
  sv: 'Svenska',
  nb: 'Norsk',
  nl: 'Nederlands',
  es: 'Español',
  zh: '中文',
  ru: 'Русский'
}

export function localeName(locale: string): string {
  return NAMES[locale] ?? locale
}
