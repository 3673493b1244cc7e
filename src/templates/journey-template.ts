import type { Journey, JourneyInput } from '../model'

/** A starting point in the gallery: a complete journey, possibly in several languages. */
export interface JourneyTemplate {
  id: string
  /** Gallery title and one-line description, in English (the panel's language). */
  title: string
  description: string
  /** Locales the template is written in; the first is the default. */
  locales: readonly string[]
  /** The whole journey (every persona, stage and lane) in one of `locales`. */
  journey(locale: string): JourneyInput
  /**
   * The gallery's sketch outline of the default journey, where the sandbox's build made it (see
   * scripts/pack-sandbox-content.mjs), so the sandbox neither unpacks nor checks every journey as
   * it opens; absent, it is made when asked (src/formats/sketch-outline.ts checks its shape).
   */
  sketch?: unknown
}

/**
 * A template whose journeys were checked against the journey schema already (the panel's, parsed
 * at the door): they need no second check.
 */
export interface CheckedJourneyTemplate extends JourneyTemplate {
  checked: true
  journey(locale: string): Journey
}

export function isCheckedTemplate(template: JourneyTemplate): template is CheckedJourneyTemplate {
  return 'checked' in template && template.checked === true
}
