import { type BoardCatalogue, boardCatalogueFor, type Language, languageOrDefault } from '../i18n'

/** The board's own words (everything that is not journey content), in the journey's language. */
export type BoardLabels = BoardCatalogue['board'] & {
  language: Language
  channelNames: BoardCatalogue['kinds']['channels']
  typography: BoardCatalogue['typography']
}

/** The labels for a locale such as "da" or "en-GB"; English for languages the board does not speak. */
export function boardLabels(locale: string): BoardLabels {
  const catalogue = boardCatalogueFor(locale)
  return { ...catalogue.board, language: languageOrDefault(locale), channelNames: catalogue.kinds.channels, typography: catalogue.typography }
}
