import { BOARD_CATALOGUES, boardCatalogueFor, LANGUAGES } from '../i18n'

/**
 * The columns of the journey CSV, in the order they are written. One row is one item (sticky);
 * stages, phases, lanes and links travel in the columns of the items that use them.
 */
export const JOURNEY_CSV_COLUMNS = [
  'item_id',
  'stage_id',
  'stage',
  'phase',
  'lane_id',
  'lane',
  'lane_kind',
  'actor',
  'text',
  'score',
  'flag',
  'activity_type',
  'moment_of_truth',
  'channel',
  'device',
  'owner',
  'links',
  'people',
  'votes',
  'vote_kinds',
  'curve',
  'evidence',
  'participants',
  'evidence_sources',
  'evidence_items'
] as const

export type JourneyCsvColumn = (typeof JOURNEY_CSV_COLUMNS)[number]

/** Header names compared the way people type them: case, spaces, hyphens and underscores do not count. */
export function normaliseCsvHeader(name: string): string {
  return name.trim().toLowerCase().replace(/[\s\-_]+/g, '_')
}

/**
 * Every header a column is known by: its id and its name in each language's catalogue. Built on
 * first use, by the importer only.
 */
let columnByHeader: ReadonlyMap<string, JourneyCsvColumn> | undefined

/** The column a header names, by its id ("lane_kind") or its name in any language ("Type de ligne", "泳道类型"). */
export function csvColumnOf(header: string): JourneyCsvColumn | undefined {
  columnByHeader ??= new Map([
    ...JOURNEY_CSV_COLUMNS.map((column) => [column, column] as const),
    ...LANGUAGES.flatMap((language) => JOURNEY_CSV_COLUMNS.map((column) => [normaliseCsvHeader(BOARD_CATALOGUES[language].csv[column]), column] as const))
  ])
  return columnByHeader.get(normaliseCsvHeader(header))
}

/** The header row in words of the locale's language, for people who read the CSV in a spreadsheet. */
export function localizedCsvHeader(locale: string): string[] {
  const names = boardCatalogueFor(locale).csv
  return JOURNEY_CSV_COLUMNS.map((column) => names[column])
}
