/**
 * Guards a template's `journey(locale)`: asking for a locale the template does not list is a bug in
 * the caller (createJourneyFromTemplate checks user input first), so it throws.
 */
export function requireLocale<L extends string>(templateId: string, locales: readonly L[], locale: string): L {
  const found = locales.find((candidate) => candidate === locale)
  if (found === undefined) {
    throw new Error(`template "${templateId}" is written in ${locales.join(', ')}, not "${locale}"`)
  }
  return found
}
