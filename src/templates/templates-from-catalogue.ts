import type { JourneyTemplate } from './journey-template'
import type { TemplateEntry } from './template-catalogue'

/** Templates again from the catalogue the panel received; a locale it does not hold is an error. */
export function templatesFromCatalogue(entries: readonly TemplateEntry[]): JourneyTemplate[] {
  return entries.map((entry) => ({
    id: entry.id,
    title: entry.title,
    description: entry.description,
    locales: entry.locales,
    journey(locale: string) {
      const journey = Object.prototype.hasOwnProperty.call(entry.journeys, locale) ? entry.journeys[locale] : undefined
      if (journey === undefined) throw new Error(`template "${entry.id}" has no journey in "${locale}"`)
      return journey
    }
  }))
}
