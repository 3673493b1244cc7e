import type { Journey } from '../model'
import type { CheckedJourneyTemplate, JourneyTemplate } from './journey-template'
import type { TemplateEntry } from './template-catalogue'

/** A catalogue entry as the panel holds it: parsed at the door, so its journeys are checked. */
export type CheckedTemplateEntry = Omit<TemplateEntry, 'journeys'> & { journeys: Record<string, Journey> }

/**
 * Templates again from the catalogue the panel received. A template offers the locales whose
 * journeys have come (in the template's order, so its default stays first); asking for another
 * is an error.
 */
export function templatesFromCatalogue(entries: readonly CheckedTemplateEntry[]): CheckedJourneyTemplate[] {
  return entries.map((entry) => ({
    checked: true,
    id: entry.id,
    title: entry.title,
    description: entry.description,
    locales: entry.locales.filter((locale) => Object.prototype.hasOwnProperty.call(entry.journeys, locale)),
    journey(locale: string) {
      const journey = Object.prototype.hasOwnProperty.call(entry.journeys, locale) ? entry.journeys[locale] : undefined
      if (journey === undefined) throw new Error(`template "${entry.id}" has no journey in "${locale}"`)
      return journey
    }
  }))
}

/** Whether none of a template's journeys has come yet (see templatesFromCatalogue): nothing of it can be shown. */
export function awaitsJourneys(template: JourneyTemplate): boolean {
  return template.locales.length === 0
}

/** The catalogue with the journeys of a later message added to the templates they belong to. */
export function withMoreJourneys(entries: readonly CheckedTemplateEntry[], more: readonly CheckedTemplateEntry[]): CheckedTemplateEntry[] {
  return entries.map((entry) => {
    const added = more.find((candidate) => candidate.id === entry.id)
    return added === undefined ? entry : { ...entry, journeys: { ...entry.journeys, ...added.journeys } }
  })
}
