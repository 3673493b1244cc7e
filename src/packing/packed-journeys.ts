import { withLeaves } from './leaf-values'
import { unpackText } from './unpack-text'

/**
 * A template whose journeys in other languages the sandbox's build packed (see
 * scripts/pack-sandbox-content.mjs): its code builds each journey with the English texts only, and
 * the texts of another locale are put in from its pack, unpacked the first time that locale is asked
 * for (the sandbox sends the default and remembered locales first, the rest after). Every call gives
 * a new journey, as the template's own code does.
 */
export function packedJourneys<Template extends { id: string; journey(locale: string): unknown }>(template: Template, packs: Readonly<Record<string, string>>): Template {
  const unpacked = new Map<string, unknown[]>()
  const texts = (locale: string, base64: string): unknown[] => {
    let values = unpacked.get(locale)
    if (values === undefined) {
      try {
        values = JSON.parse(unpackText(base64)) as unknown[]
      } catch (error) {
        throw new Error(`template "${template.id}" in "${locale}" could not be unpacked: ${error instanceof Error ? error.message : String(error)}`)
      }
      unpacked.set(locale, values)
    }
    return values
  }
  return {
    ...template,
    journey(locale: string) {
      const journey = template.journey(locale)
      return Object.prototype.hasOwnProperty.call(packs, locale) ? withLeaves(journey, texts(locale, packs[locale]!)) : journey
    }
  }
}
