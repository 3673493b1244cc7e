import type { JourneyTemplate } from './journey-template'
import { TEMPLATES } from './templates'

/** The template with this id, if there is one. */
export function findTemplate(id: string, templates: readonly JourneyTemplate[] = TEMPLATES): JourneyTemplate | undefined {
  return templates.find((template) => template.id === id)
}
