import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { TEMPLATES } from './templates'

/**
 * The templates as the sandbox sends them to the panel: gallery text, every locale a template is
 * written in, and the journeys sent in this message, as plain data. The panel gets its templates
 * this way instead of bundling their content.
 */
export interface TemplateEntry {
  id: string
  title: string
  description: string
  /** Every locale the template is written in, the default first, whether or not its journey is here. */
  locales: string[]
  /** The whole journey in the locales this message carries. */
  journeys: Record<string, JourneyInput>
}

/** Which of a template's journeys a message carries. */
export type JourneyPick = (template: JourneyTemplate, locale: string) => boolean

const EVERY_JOURNEY: JourneyPick = () => true

export function templateCatalogue(templates: readonly JourneyTemplate[] = TEMPLATES, pick: JourneyPick = EVERY_JOURNEY): TemplateEntry[] {
  return templates.map((template) => ({
    id: template.id,
    title: template.title,
    description: template.description,
    locales: [...template.locales],
    journeys: Object.fromEntries(template.locales.filter((locale) => pick(template, locale)).map((locale) => [locale, template.journey(locale)]))
  }))
}

/**
 * The journeys the panel needs to open: each template's default locale (its gallery sketch) and
 * the remembered template in the remembered locale (the form it opens on). The others, about
 * three fifths of the templates' text, follow in a second message, so the gallery is drawn after
 * checking only what it shows.
 */
export function firstJourneys(remembered: { templateId?: string | undefined; locale?: string | undefined }): JourneyPick {
  return (template, locale) => locale === template.locales[0] || (template.id === remembered.templateId && locale === remembered.locale)
}
