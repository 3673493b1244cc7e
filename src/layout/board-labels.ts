import { type Catalogue, catalogueFor, type Language, languageOrDefault } from '../i18n'

/** The board's own words (everything that is not journey content), in the journey's language. */
export type BoardLabels = Catalogue['board'] & {
  language: Language
  channelNames: Catalogue['kinds']['channels']
  typography: Catalogue['typography']
}

/** The labels for a locale such as "da" or "en-GB"; English for languages the board does not speak. */
export function boardLabels(locale: string): BoardLabels {
  const catalogue = catalogueFor(locale)
  return { ...catalogue.board, language: languageOrDefault(locale), channelNames: catalogue.kinds.channels, typography: catalogue.typography }
}
