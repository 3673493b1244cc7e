import type { JourneyInput } from '../model'

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
}
