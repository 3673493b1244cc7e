import { daBoard, daKinds, daTypography } from './catalogues/board/da'
import { type BoardCatalogue, enBoard, enKinds, enTypography } from './catalogues/board/en'
import { frBoard, frKinds, frTypography } from './catalogues/board/fr'
import { ruBoard, ruKinds, ruTypography } from './catalogues/board/ru'
import { zhHansBoard, zhHansKinds, zhHansTypography } from './catalogues/board/zh-hans'
import { type Language, languageOrDefault } from './languages'

export type { BoardCatalogue }

/**
 * The words a board carries, in each language: the part of the catalogues the sandbox draws with,
 * kept in files of their own so the sandbox does not carry the panel's words.
 */
export const BOARD_CATALOGUES: Readonly<Record<Language, BoardCatalogue>> = {
  en: { board: enBoard, kinds: enKinds, typography: enTypography },
  da: { board: daBoard, kinds: daKinds, typography: daTypography },
  fr: { board: frBoard, kinds: frKinds, typography: frTypography },
  'zh-Hans': { board: zhHansBoard, kinds: zhHansKinds, typography: zhHansTypography },
  ru: { board: ruBoard, kinds: ruKinds, typography: ruTypography }
}

/** The board's words for a locale such as "da" or "en-GB"; English for languages Journeyboard does not speak. */
export function boardCatalogueFor(locale: string): BoardCatalogue {
  return BOARD_CATALOGUES[languageOrDefault(locale)]
}
