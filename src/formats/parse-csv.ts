import { keepShape } from '../hidden-classes/keep-shape'
import { atLine, fail, type ImportProblemCode, ok, type Result } from '../model'
import { importProblem } from './import-problem'
import { lineAndColumn } from './line-and-column'

/** One CSV record and the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number
  fields: string[]
  /** The fields written as `""` (an empty text given on purpose), in order, when there are any. */
  quotedEmpty?: readonly number[]
}

const QUOTE = '"'
const QUOTE_CODE = 0x22
const CR_CODE = 0x0d
const LF_CODE = 0x0a
const BYTE_ORDER_MARK_CODE = 0xfeff

/** The field separators a CSV may use: Excel writes `;` where the decimal mark is a comma, and `\t` for "text". */
export const CSV_DELIMITERS = [',', ';', '\t'] as const
export type CsvDelimiter = (typeof CSV_DELIMITERS)[number]

export interface ParseCsvOptions {
  /** The field separator; by default the one of `CSV_DELIMITERS` the header line uses most (a comma on a tie). */
  delimiter?: CsvDelimiter
}

class CsvSyntaxError extends Error {
  constructor(
    readonly offset: number,
    readonly code: ImportProblemCode
  ) {
    super(code)
  }
}

/** The separator the first line (outside quotes) uses most; a comma when it uses none. */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts = CSV_DELIMITERS.map(() => 0)
  const codes = CSV_DELIMITERS.map((delimiter) => delimiter.charCodeAt(0))
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charCodeAt(i)
    if (ch === QUOTE_CODE) quoted = !quoted
    else if (quoted) continue
    else if (ch === LF_CODE || ch === CR_CODE) break
    else {
      const which = codes.indexOf(ch)
      if (which >= 0) counts[which]! += 1
    }
  }
  let best = 0
  for (let which = 1; which < counts.length; which += 1) if (counts[which]! > counts[best]!) best = which
  return CSV_DELIMITERS[best]!
}

/**
 * Reads CSV in one pass without looking at every character: the next line feed, carriage return,
 * quote and delimiter are found with `indexOf` and remembered until the reader passes them, so each
 * is searched for once per occurrence. A record without a quote before its end is cut with one
 * `split`; only records holding a quote are read field by field. Every position the reader asks
 * about is at or after the one it asked about before, which is what makes remembering them sound.
 */
class CsvScanner {
  index = 0
  /** The physical line (1-based) `index` is on. */
  line = 1
  private readonly length: number
  private readonly delimiterCode: number
  // The next occurrence at or after the last position asked about; `length` when there is none.
  private lf = -1
  private cr = -1
  private quote = -1
  private delimiterAt = -1

  constructor(
    private readonly text: string,
    private readonly delimiter: CsvDelimiter
  ) {
    this.length = text.length
    this.delimiterCode = delimiter.charCodeAt(0)
  }

  private nextLf(from: number): number {
    if (this.lf < from) this.lf = this.found(this.text.indexOf('\n', from))
    return this.lf
  }

  private nextCr(from: number): number {
    if (this.cr < from) this.cr = this.found(this.text.indexOf('\r', from))
    return this.cr
  }

  private nextQuote(from: number): number {
    if (this.quote < from) this.quote = this.found(this.text.indexOf(QUOTE, from))
    return this.quote
  }

  private nextDelimiter(from: number): number {
    if (this.delimiterAt < from) this.delimiterAt = this.found(this.text.indexOf(this.delimiter, from))
    return this.delimiterAt
  }

  private found(at: number): number {
    return at < 0 ? this.length : at
  }

  /** Where the line `from` is on ends: its CR, LF or CRLF, or the end of the text. */
  private lineEnd(from: number): number {
    const lf = this.nextLf(from)
    const cr = this.nextCr(from)
    return cr < lf ? cr : lf
  }

  /** Steps over the line break at `index` (CRLF as one), if there is one. */
  private skipLineBreak(): void {
    if (this.index >= this.length) return
    this.index += this.text.charCodeAt(this.index) === CR_CODE && this.text.charCodeAt(this.index + 1) === LF_CODE ? 2 : 1
    this.line += 1
  }

  /** The next record, `undefined` for a blank line; the scanner is then after its line break. */
  readRecord(): CsvRecord | undefined {
    const start = this.index
    const line = this.line
    const end = this.lineEnd(start)
    if (end === start) {
      this.skipLineBreak()
      return undefined
    }
    if (this.nextQuote(start) >= end) {
      this.index = end
      this.skipLineBreak()
      return { line, fields: this.text.slice(start, end).split(this.delimiter) }
    }
    return this.readQuotedRecord(line)
  }

  /** A record with a quote in it, field by field until no quote is left before its end. */
  private readQuotedRecord(line: number): CsvRecord {
    const fields: string[] = []
    let quotedEmpty: number[] | undefined
    for (;;) {
      if (this.text.charCodeAt(this.index) === QUOTE_CODE) {
        const value = this.readQuoted()
        if (value === '') (quotedEmpty ??= []).push(fields.length)
        fields.push(value)
      } else {
        const end = this.lineEnd(this.index)
        if (this.nextQuote(this.index) >= end) {
          // The rest of the record holds no quote: cut it at once.
          for (const value of this.text.slice(this.index, end).split(this.delimiter)) fields.push(value)
          this.index = end
          break
        }
        fields.push(this.readUnquoted(end))
      }
      if (this.text.charCodeAt(this.index) !== this.delimiterCode) break
      this.index += 1
    }
    this.skipLineBreak()
    return quotedEmpty === undefined ? { line, fields } : { line, fields, quotedEmpty }
  }

  private readQuoted(): string {
    const open = this.index
    let value = ''
    let from = open + 1
    for (;;) {
      const quote = this.nextQuote(from)
      if (quote >= this.length) {
        throw new CsvSyntaxError(open, 'csv-unclosed-quote')
      }
      if (this.text.charCodeAt(quote + 1) === QUOTE_CODE) {
        value += this.text.slice(from, quote + 1)
        from = quote + 2
        continue
      }
      value += this.text.slice(from, quote)
      this.line += this.lineBreaksBetween(open, quote)
      this.index = quote + 1
      break
    }
    const next = this.text.charCodeAt(this.index)
    if (this.index < this.length && next !== this.delimiterCode && next !== LF_CODE && next !== CR_CODE) {
      throw new CsvSyntaxError(this.index, 'csv-text-after-quote')
    }
    return value
  }

  /** The unquoted field at `index`, which ends at the next delimiter or at `lineEnd`. */
  private readUnquoted(lineEnd: number): string {
    const start = this.index
    const delimiter = this.nextDelimiter(start)
    const end = delimiter < lineEnd ? delimiter : lineEnd
    const quote = this.nextQuote(start)
    if (quote < end) {
      throw new CsvSyntaxError(quote, 'csv-stray-quote')
    }
    this.index = end
    return this.text.slice(start, end)
  }

  /** The line breaks in text(from, to), a CRLF as one, jumping from break to break. */
  private lineBreaksBetween(from: number, to: number): number {
    let count = 0
    for (let at = this.nextLf(from); at < to; at = this.nextLf(at + 1)) count += 1
    for (let at = this.nextCr(from); at < to; at = this.nextCr(at + 1)) if (this.text.charCodeAt(at + 1) !== LF_CODE) count += 1
    return count
  }
}

/**
 * An RFC 4180 reader that is lenient where real files differ from the RFC: a byte order mark is
 * dropped, the delimiter may be `;` or a tab as well as a comma (found from the header line),
 * records may end with CRLF, LF or a lone CR, the last record need not end with a line break, and
 * blank lines are skipped. Quoted fields may hold delimiters, doubled quotes and line breaks (kept
 * exactly as written).
 * @returns the records with the line each starts on, else the first syntax error with its line and
 *   column (columns count characters, so an emoji is one).
 */
export function parseCsv(input: string, options: ParseCsvOptions = {}): Result<CsvRecord[]> {
  const records: CsvRecord[] = []
  const read = forEachCsvRecord(input, options, pushRecord, records)
  return read.ok ? ok(records) : read
}

function pushRecord(record: CsvRecord, records: CsvRecord[]): void {
  records.push(record)
}

/**
 * Reads CSV as `parseCsv` does, handing each record to `each` as soon as it is read instead of
 * collecting them, so a reader that keeps only what it makes of them does not hold a big file's
 * records all at once. A syntax error stops the reading: what `each` was given before it is then
 * not to be used. `each` is given `context` with every record, so it can be a module-level function
 * rather than a callback made per call, whose optimised code a full collection would throw away.
 * @returns the number of records, else the syntax error with its line and column.
 */
export function forEachCsvRecord<Context>(input: string, options: ParseCsvOptions, each: (record: CsvRecord, context: Context) => void, context: Context): Result<number> {
  const text = input.charCodeAt(0) === BYTE_ORDER_MARK_CODE ? input.slice(1) : input
  const scanner = new CsvScanner(text, options.delimiter ?? detectCsvDelimiter(text))
  let count = 0
  try {
    while (scanner.index < text.length) {
      const record = scanner.readRecord()
      if (record === undefined) continue
      count += 1
      each(record, context)
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    const where = lineAndColumn(text, error.offset)
    return fail([atLine(importProblem('', error.code), where.line, where.column)])
  }
  return ok(count)
}

// Every CSV import makes a scanner: one kept keeps its hidden class, and the code made for it, through full collections.
keepShape(new CsvScanner('', ','))
