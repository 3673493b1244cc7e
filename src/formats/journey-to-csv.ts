import { curveIdOf, type Item, type Journey } from '../model'
import { JOURNEY_CSV_COLUMNS, type JourneyCsvColumn, localizedCsvHeader } from './journey-csv-columns'
import { formatLinksCell } from './links-cell'
import { formatPeopleCell, formatVoteKindsCell, toSpreadsheetCell } from './csv-cells'
import { formatListCell } from './list-cell'
import { BYTE_ORDER_MARK, type CsvField, EMPTY_TEXT, writeCsvRecord, type WriteCsvOptions } from './write-csv'
import { itemsInBoardOrder } from './items-in-board-order'

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

export function journeyToCsv(journey: Journey, options: JourneyCsvOptions = {}): string {
  const header = options.localizedHeader === true ? localizedCsvHeader(journey.locale) : [...JOURNEY_CSV_COLUMNS]
  const recordOf = journeyCsvRecordOf(journey, options.raw !== true)
  // Each row is written as soon as it is made, so a big journey's rows are not all held at once.
  const lines = [options.bom === true ? BYTE_ORDER_MARK : '', writeCsvRecord(header)]
  for (const item of itemsInBoardOrder(journey)) lines.push(writeCsvRecord(recordOf(item)))
  return lines.join('')
}

/** The item rows of `journeyToCsv`, without the header, in `JOURNEY_CSV_COLUMNS` order. */
export function journeyCsvRecords(journey: Journey, formulaGuard = true): CsvField[][] {
  return itemsInBoardOrder(journey).map(journeyCsvRecordOf(journey, formulaGuard))
}

/** How each of the journey's items is written as a row. */
function journeyCsvRecordOf(journey: Journey, formulaGuard: boolean): (item: Item) => CsvField[] {
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

  return (item) => {
    const stage = stages.get(item.stageId)
    const lane = lanes.get(item.laneId)
    const phase = stage?.phaseId === undefined ? undefined : phases.get(stage.phaseId)
    const cells: Record<JourneyCsvColumn, string> = {
      item_id: item.id,
      stage_id: item.stageId,
      stage: stage?.name ?? '',
      phase: phase?.name ?? '',
      lane_id: item.laneId,
      lane: lane?.name ?? '',
      lane_kind: lane?.kind ?? '',
      actor: lane?.actor ?? '',
      text: item.text,
      score: item.score === undefined ? '' : String(item.score),
      flag: item.flag ?? '',
      activity_type: item.activityTypeId ?? '',
      moment_of_truth: item.momentOfTruth ? TRUE : '',
      channel: item.channel ?? '',
      device: item.device ?? '',
      owner: item.owner ?? '',
      links: formatLinksCell(linksFrom.get(item.id) ?? NONE),
      people: formatPeopleCell(item.people),
      votes: item.votes === undefined ? '' : String(item.votes.count),
      vote_kinds: formatVoteKindsCell(item.votes),
      curve: item.curveId ?? (journey.curves !== undefined && item.score !== undefined ? curveIdOf(item, journey) : ''),
      evidence: item.evidence?.level ?? '',
      participants: formatListCell(item.evidence?.participants ?? NONE),
      evidence_sources: formatListCell(item.evidence?.sources ?? NONE),
      evidence_items: formatListCell(item.evidence?.itemIds ?? NONE)
    }
    return JOURNEY_CSV_COLUMNS.map((column): CsvField => {
      if (column === 'owner' && item.owner === '') return EMPTY_TEXT
      return formulaGuard ? toSpreadsheetCell(cells[column]) : cells[column]
    })
  }
}
