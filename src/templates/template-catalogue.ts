import type { JourneyInput } from '../model'
import type { JourneyTemplate } from './journey-template'
import { TEMPLATES } from './templates'

/**
 * The templates as the sandbox sends them to the panel: gallery text and the whole journey in each
 * locale, as plain data. The panel gets its templates this way instead of bundling their content.
 */
export interface TemplateEntry {
  id: string
  title: string
  description: string
  locales: string[]
  journeys: Record<string, JourneyInput>
}

export function templateCatalogue(templates: readonly JourneyTemplate[] = TEMPLATES): TemplateEntry[] {
  return templates.map((template) => ({
    id: template.id,
    title: template.title,
    description: template.description,
    locales: [...template.locales],
    journeys: Object.fromEntries(template.locales.map((locale) => [locale, template.journey(locale)]))
  }))
}
