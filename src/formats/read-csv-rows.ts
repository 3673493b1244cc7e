import { atLine, type Problem } from '../model'
import { CsvItems } from './csv-items'
import { CsvLanes } from './csv-lanes'
import { CsvRow } from './csv-row'
import { CsvStages } from './csv-stages'
import { importProblem } from './import-problem'
import { importFailed, type ImportResult, imported } from './import-result'
import { JOURNEY_CSV_COLUMNS } from './journey-csv-columns'
import { type CsvDelimiter, type CsvRecord, detectCsvDelimiter, forEachCsvRecord } from './parse-csv'
import { type CsvColumns, type CsvHeader, readCsvHeader } from './read-csv-header'
import { type CsvLink, readCsvItem } from './read-csv-item'

/** What a CSV's rows make: its stages, lanes, items and links, and what is wrong on its rows. */
export interface CsvRows {
  columns: CsvColumns
  /** Whether a score may have a decimal comma: in a file whose fields are not separated by commas. */
  decimalComma: boolean
  stages: CsvStages
  lanes: CsvLanes
  items: CsvItems
  /** Every link the rows give, from rows with problems too. */
  links: CsvLink[]
  /** What is wrong on the rows, row by row. */
  problems: Problem[]
  /** The header's warnings. */
  warnings: Problem[]
}

/**
 * A row with nothing in any cell and no cell quoted (`,,,`): what a spreadsheet writes for an empty
 * row it was saved with, between the items or after them. It is left out, as a blank line is.
 */
function isEmptyRow(record: CsvRecord): boolean {
  return record.quotedEmpty === undefined && record.fields.every((field) => field === '')
}

function startRows(columns: CsvColumns, decimalComma: boolean, warnings: Problem[]): CsvRows {
  return {
    columns,
    decimalComma,
    stages: new CsvStages(),
    lanes: new CsvLanes(columns.index.has('lane_kind')),
    items: new CsvItems(),
    links: [],
    problems: [],
    warnings
  }
}

/** One row: its stage, lane and item, in that order; the item is kept only when nothing on the row is wrong. */
function readCsvRow(record: CsvRecord, rowNumber: number, row: CsvRow, rows: CsvRows): void {
  const { problems, columns } = rows
  row.at(record)
  if (record.fields.length !== columns.width) {
    problems.push(row.problem('csv-field-count', { fields: record.fields.length, width: columns.width }))
    return
  }
  const problemsBefore = problems.length
  const stageId = rows.stages.read(row, problems)
  if (stageId === undefined) return
  const laneId = rows.lanes.read(row, problems)
  if (laneId === undefined) return
  const item = readCsvItem(row, rowNumber, stageId, laneId, rows)
  if (problems.length === problemsBefore) rows.items.add(item, record.line)
}

/** What reading a CSV's records has made so far. */
interface CsvReading {
  delimiter: CsvDelimiter
  header: CsvHeader | undefined
  rows: CsvRows | undefined
  row: CsvRow | undefined
  rowNumber: number
}

/** The header from the first record, then each row as the CSV reader hands it over. */
function readRecord(record: CsvRecord, reading: CsvReading): void {
  const header = reading.header
  if (header === undefined) {
    reading.header = readCsvHeader(record)
    return
  }
  // Counted before the empty rows are left out, so an item's made-up id names its row in the file.
  reading.rowNumber += 1
  if (!header.ok || isEmptyRow(record)) return
  reading.rows ??= startRows(header.columns, reading.delimiter !== ',', header.warnings)
  reading.row ??= new CsvRow(header.columns)
  readCsvRow(record, reading.rowNumber, reading.row, reading.rows)
}

/**
 * The header, then every row, each read as soon as the CSV reader hands it over: a big file's
 * records are not all held at once, only what the rows build. A syntax error anywhere in the
 * file, a header without the columns needed, or no row at all is the whole answer.
 */
export function readCsvRows(text: string): ImportResult<CsvRows> {
  const delimiter = detectCsvDelimiter(text)
  const reading: CsvReading = { delimiter, header: undefined, rows: undefined, row: undefined, rowNumber: 0 }
  const parsed = forEachCsvRecord(text, { delimiter }, readRecord, reading)
  if (!parsed.ok) return importFailed(parsed.problems)
  const { header: read, rows } = reading
  if (read === undefined) return importFailed([atLine(importProblem('', 'csv-empty', { columns: [...JOURNEY_CSV_COLUMNS] }), 1)])
  if (!read.ok) return importFailed(read.problems)
  if (rows === undefined) return importFailed([atLine(importProblem('', 'csv-no-rows'), read.columns.headerLine)])
  return imported(rows)
}
