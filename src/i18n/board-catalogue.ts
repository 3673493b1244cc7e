import { daBoard, daCsv, daKinds, daReport, daTypography } from './catalogues/board/da'
import { type BoardCatalogue, enBoard, enCsv, enKinds, enReport, enTypography } from './catalogues/board/en'
import { frBoard, frCsv, frKinds, frReport, frTypography } from './catalogues/board/fr'
import { ruBoard, ruCsv, ruKinds, ruReport, ruTypography } from './catalogues/board/ru'
import { zhHansBoard, zhHansCsv, zhHansKinds, zhHansReport, zhHansTypography } from './catalogues/board/zh-hans'
import { type Language, languageOrDefault } from './languages'

export type { BoardCatalogue }

/**
 * The words a board carries, in each language, and the CSV header's: the part of the catalogues the
 * sandbox draws, reads and writes files with, kept in files of their own so the sandbox does not
 * carry the panel's words.
 */
export const BOARD_CATALOGUES: Readonly<Record<Language, BoardCatalogue>> = {
  en: { board: enBoard, kinds: enKinds, typography: enTypography, report: enReport, csv: enCsv },
  da: { board: daBoard, kinds: daKinds, typography: daTypography, report: daReport, csv: daCsv },
  fr: { board: frBoard, kinds: frKinds, typography: frTypography, report: frReport, csv: frCsv },
  'zh-Hans': { board: zhHansBoard, kinds: zhHansKinds, typography: zhHansTypography, report: zhHansReport, csv: zhHansCsv },
  ru: { board: ruBoard, kinds: ruKinds, typography: ruTypography, report: ruReport, csv: ruCsv }
}

/** The board's words for a locale such as "da" or "en-GB"; English for languages Journeyboard does not speak. */
export function boardCatalogueFor(locale: string): BoardCatalogue {
  return BOARD_CATALOGUES[languageOrDefault(locale)]
}
