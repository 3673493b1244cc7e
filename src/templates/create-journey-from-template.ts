import type { Journey, Result } from '../model'
import type { JourneyTemplate } from './journey-template'
import { type JourneyChoices, journeyFromTemplate } from './journey-from-template'
import { TEMPLATES } from './templates'

/** `journeyFromTemplate` over the built-in templates (or the ones given), as the CLI and sandbox use it. */
export function createJourneyFromTemplate(choices: JourneyChoices, templates: readonly JourneyTemplate[] = TEMPLATES): Result<Journey> {
  return journeyFromTemplate(choices, templates)
}
