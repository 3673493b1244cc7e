import { type Journey, validateJourney } from '../../src/model'
import { isCheckedTemplate, type JourneyTemplate } from '../../src/templates/journey-template'

const cache = new Map<string, Journey>()

/**
 * The whole journey a template draws in one locale (every persona, stage and lane), validated once
 * (the sandbox's templates at the door) and remembered, because the gallery and the form ask for it
 * on every render.
 */
export function templateJourney(template: JourneyTemplate, locale: string): Journey {
  const key = `${template.id}\u0000${locale}`
  const cached = cache.get(key)
  if (cached !== undefined) return cached
  // Checking the sandbox's templates again would double the schema work before the gallery shows.
  if (isCheckedTemplate(template)) {
    const journey = template.journey(locale)
    cache.set(key, journey)
    return journey
  }
  const checked = validateJourney(template.journey(locale))
  if (!checked.ok) throw new Error(`template "${template.id}" (${locale}) is not a valid journey`)
  cache.set(key, checked.value)
  return checked.value
}

/** The template with this id, else the first in the gallery (a remembered id may be gone). */
export function templateOrDefault(id: string | undefined, templates: readonly JourneyTemplate[]): JourneyTemplate {
  const found = id === undefined ? undefined : templates.find((template) => template.id === id)
  const first = templates[0]
  if (found !== undefined) return found
  if (first === undefined) throw new Error('there are no templates')
  return first
}
