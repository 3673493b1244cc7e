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
 * The journeys the panel needs to open: those of the form it opens on, the remembered template
 * (else the first, as the panel falls back) in its default and the remembered locale. The gallery
 * is drawn from each template's sketch outline, sent beside them; every other journey follows in a
 * second message, so the panel checks one template's journeys at the door before it is drawn.
 */
export function firstJourneys(remembered: { templateId?: string | undefined; locale?: string | undefined }, templates: readonly JourneyTemplate[] = TEMPLATES): JourneyPick {
  const formTemplate = templates.find((template) => template.id === remembered.templateId) ?? templates[0]
  return (template, locale) => template.id === formTemplate?.id && (locale === template.locales[0] || locale === remembered.locale)
}
