import { curveIdOf, type Item, type Journey } from '../model'
import { JOURNEY_CSV_COLUMNS, localizedCsvHeader } from './journey-csv-columns'
import { formatLinksCell } from './links-cell'
import { formatPeopleCell, formatVoteKindsCell, toSpreadsheetCell } from './csv-cells'
import { formatListCell } from './list-cell'
import { BYTE_ORDER_MARK, CSV_LINE_END, type CsvField, csvFieldText, EMPTY_TEXT, writeCsvRecord, type WriteCsvOptions } from './write-csv'
import { itemsInBoardOrder } from './items-in-board-order'
import { textPieces } from './text-pieces'

const TRUE = 'yes'
/** What a row without links or evidence lists writes from: one list for all rows, not a new empty one per cell. */
const NONE: readonly never[] = Object.freeze([])

/**
 * The journey's items as RFC 4180 CSV (see `JOURNEY_CSV_COLUMNS`), one row per item in board
 * order: stage by stage, lane by lane within a stage, and in the items' own order within a cell.
 * Each row names its stage (id, name, phase name) and lane (id, name, kind, actor), and lists the
 * links that start at its item (`links-cell.ts`), the curve a score lies on (every score's, once
 * the journey has curves, so the first curve's are not mistaken for another's), and the item's
 * evidence: level id, participants, sources and backing item ids (`list-cell.ts`). The CSV holds
 * items only: the title, persona, scenario, emotion scale, stage descriptions, empty stages and
 * lanes, phase and link ids, the activity types' and curves' names and colours and the evidence
 * levels' names stay in the JSON file.
 */
export interface JourneyCsvOptions extends WriteCsvOptions {
  /**
   * Names the columns in the journey's language ("Étape", "阶段") instead of their ids. The ids are
   * the stable header scripts rely on; `journeyFromCsv` reads either.
   */
  localizedHeader?: boolean
  /**
   * Writes cells as they are, even those a spreadsheet would run as formulas (`=`, `+`, `-`, `@`...).
   * By default such cells get a leading `'` (see `toSpreadsheetCell`), which import removes.
   */
  raw?: boolean
}

/**
 * The journey's CSV as `journeyToCsv` writes it, in pieces for writing (`textPieces`): whole rows
 * gathered up to a piece's size, so no text the size of the table is ever made.
 */
export function journeyToCsvPieces(journey: Journey, options: JourneyCsvOptions = {}): string[] {
  return [...textPieces(journeyCsvRows(journey, options))]
}

/** The journey's CSV as one text: its pieces joined, for callers that want one string. */
export function journeyToCsv(journey: Journey, options: JourneyCsvOptions = {}): string {
  return journeyToCsvPieces(journey, options).join('')
}

/** The header then one row per item, each with its line end. */
function* journeyCsvRows(journey: Journey, options: JourneyCsvOptions): Generator<string> {
  const header = options.localizedHeader === true ? localizedCsvHeader(journey.locale) : [...JOURNEY_CSV_COLUMNS]
  const recordOf = journeyCsvRecordOf(journey, options.raw !== true)
  const items = itemsInBoardOrder(journey)
  yield (options.bom === true ? BYTE_ORDER_MARK : '') + writeCsvRecord(header)
  // One record for every row, written over: a row's fields are garbage once it is joined. Each
  // row's fields are quoted in place and joined, so a row leaves one string behind and no copies.
  const record: CsvField[] = []
  for (let i = 0; i < items.length; i += 1) {
    recordOf(items[i]!, record)
    for (let f = 0; f < record.length; f += 1) record[f] = csvFieldText(record[f]!)
    yield record.join(',') + CSV_LINE_END
  }
}

/** The item rows of `journeyToCsv`, without the header, in `JOURNEY_CSV_COLUMNS` order. */
export function journeyCsvRecords(journey: Journey, formulaGuard = true): CsvField[][] {
  const recordOf = journeyCsvRecordOf(journey, formulaGuard)
  return itemsInBoardOrder(journey).map((item) => recordOf(item))
}

/** One field per column of `JOURNEY_CSV_COLUMNS`, in its order. */
type JourneyCsvRecord<Columns extends readonly string[] = typeof JOURNEY_CSV_COLUMNS> = { -readonly [C in keyof Columns]: CsvField }

/** How each of the journey's items is written as a row: into `into`, when given, else into a new array. */
function journeyCsvRecordOf(journey: Journey, formulaGuard: boolean): (item: Item, into?: CsvField[]) => JourneyCsvRecord {
  const stages = new Map(journey.stages.map((stage) => [stage.id, stage]))
  const lanes = new Map(journey.lanes.map((lane) => [lane.id, lane]))
  const phases = new Map(journey.phases.map((phase) => [phase.id, phase]))
  // Grouped once so each row finds its links directly; a search per row would grow with items x links.
  const linksFrom = new Map<string, Journey['links']>()
  for (const link of journey.links) {
    const list = linksFrom.get(link.from)
    if (list === undefined) linksFrom.set(link.from, [link])
    else list.push(link)
  }
  const cell = formulaGuard ? toSpreadsheetCell : (value: string): string => value

  // An array in column order: no record of named cells copied into it.
  return (item, into = []) => {
    const stage = stages.get(item.stageId)
    const lane = lanes.get(item.laneId)
    const phase = stage?.phaseId === undefined ? undefined : phases.get(stage.phaseId)
    into[0] = cell(item.id)
    into[1] = cell(item.stageId)
    into[2] = cell(stage?.name ?? '')
    into[3] = cell(phase?.name ?? '')
    into[4] = cell(item.laneId)
    into[5] = cell(lane?.name ?? '')
    into[6] = cell(lane?.kind ?? '')
    into[7] = cell(lane?.actor ?? '')
    into[8] = cell(item.text)
    into[9] = cell(item.score === undefined ? '' : String(item.score))
    into[10] = cell(item.flag ?? '')
    into[11] = cell(item.activityTypeId ?? '')
    into[12] = cell(item.momentOfTruth ? TRUE : '')
    into[13] = cell(item.channel ?? '')
    into[14] = cell(item.device ?? '')
    into[15] = item.owner === '' ? EMPTY_TEXT : cell(item.owner ?? '')
    into[16] = cell(formatLinksCell(linksFrom.get(item.id) ?? NONE))
    into[17] = cell(formatPeopleCell(item.people))
    into[18] = cell(item.votes === undefined ? '' : String(item.votes.count))
    into[19] = cell(formatVoteKindsCell(item.votes))
    into[20] = cell(item.curveId ?? (journey.curves !== undefined && item.score !== undefined ? curveIdOf(item, journey) : ''))
    into[21] = cell(item.evidence?.level ?? '')
    into[22] = cell(formatListCell(item.evidence?.participants ?? NONE))
    into[23] = cell(formatListCell(item.evidence?.sources ?? NONE))
    into[24] = cell(formatListCell(item.evidence?.itemIds ?? NONE))
    return into as JourneyCsvRecord
  }
}
