import { textPieces } from './text-pieces'

/** What ends every record. */
export const CSV_LINE_END = '\r\n'
export const BYTE_ORDER_MARK = '\uFEFF'

/**
 * What makes a field need quotes: a comma, quote or line break (RFC 4180), white space at either
 * end, which spreadsheet programs would otherwise trim, and a `;` or a tab, so a reader that detects
 * the delimiter from the first line (as `parseCsv` does) finds the comma. Made once: a regular
 * expression literal in a function body is a new RegExp object each time it is evaluated, which
 * cost every non-empty cell of an export about 60 bytes of garbage.
 */
const NEEDS_QUOTES = /[",;\t\r\n]|^\s|\s$/
const QUOTE = /"/g

/** A field quoted where `NEEDS_QUOTES` says it must be, its quotes doubled. */
function csvField(value: string): string {
  return NEEDS_QUOTES.test(value) ? `"${value.replace(QUOTE, '""')}"` : value
}

export interface WriteCsvOptions {
  /** Starts the text with a byte order mark, which Excel needs to read UTF-8. */
  bom?: boolean
}

/** A field that is an empty text given on purpose (an owner of ""), written `""` so it reads back as given. */
export const EMPTY_TEXT: unique symbol = Symbol('an empty text, written ""')
export type CsvField = string | typeof EMPTY_TEXT

/** One record as `writeCsv` writes it, its CRLF included. */
export function writeCsvRecord(fields: readonly CsvField[]): string {
  // Joined, the line is one flat string; built up with `+`, it would be a chain of pieces as long
  // as the record, held until the whole text is joined.
  return fields.map(csvFieldText).join(',') + CSV_LINE_END
}

/** One field as a record writes it: quoted where needed, an empty text given on purpose as `""`. */
export function csvFieldText(field: CsvField): string {
  // An empty field needs no test for quotes.
  return field === EMPTY_TEXT ? '""' : field === '' ? '' : csvField(field)
}

/** Each record's text (`writeCsvRecord`), the first after the byte order mark when there is one. */
function* csvRecordTexts(records: Iterable<readonly CsvField[]>, bom: boolean): Generator<string> {
  let before = bom ? BYTE_ORDER_MARK : ''
  for (const record of records) {
    yield before + writeCsvRecord(record)
    before = ''
  }
  if (before !== '') yield before
}

/**
 * RFC 4180 text in pieces for writing (`textPieces`), whole records gathered up to a piece's size:
 * fields quoted where needed, every record (the last one too) ended by CRLF.
 */
export function writeCsvPieces(records: Iterable<readonly CsvField[]>, options: WriteCsvOptions = {}): string[] {
  return [...textPieces(csvRecordTexts(records, options.bom === true))]
}

/** `writeCsvPieces` as one text, for callers that want one string. */
export function writeCsv(records: Iterable<readonly CsvField[]>, options: WriteCsvOptions = {}): string {
  return writeCsvPieces(records, options).join('')
}
