import { fail, ok, type Result } from '../model'
import { lineAndColumn } from './line-and-column'

/** One CSV record and the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number
  fields: string[]
  /** The fields written as `""` (an empty text given on purpose), when there are any. */
  quotedEmpty?: ReadonlySet<number>
}

const QUOTE = '"'
const CR = '\r'
const LF = '\n'
const BYTE_ORDER_MARK = '\uFEFF'

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
    message: string
  ) {
    super(message)
  }
}

/**
 * Counts the line breaks in text[from, to), a CRLF as one, jumping from break to break. Lone CRs
 * (old Mac files) are looked for only in texts that have them.
 */
function lineBreaksIn(text: string, from: number, to: number, loneCarriageReturns: boolean): number {
  let count = 0
  for (let i = text.indexOf(LF, from); i >= 0 && i < to; i = text.indexOf(LF, i + 1)) count += 1
  if (!loneCarriageReturns) return count
  for (let i = text.indexOf(CR, from); i >= 0 && i < to; i = text.indexOf(CR, i + 1)) if (text.charCodeAt(i + 1) !== 0x0a) count += 1
  return count
}

/** The separator the first line (outside quotes) uses most; a comma when it uses none. */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts = new Map<string, number>()
  let quoted = false
  for (let i = 0; i < text.length; i += 1) {
    const ch = text.charAt(i)
    if (ch === QUOTE) quoted = !quoted
    else if (!quoted && (ch === LF || ch === CR)) break
    else if (!quoted) counts.set(ch, (counts.get(ch) ?? 0) + 1)
  }
  let best: CsvDelimiter = ','
  for (const delimiter of CSV_DELIMITERS) if ((counts.get(delimiter) ?? 0) > (counts.get(best) ?? 0)) best = delimiter
  return best
}

/**
 * Reads CSV one record at a time, jumping from delimiter to delimiter with `indexOf` and sticky
 * patterns instead of walking characters, so large files read in time proportional to their size.
 */
class CsvReader {
  index = 0
  private readonly unquoted: RegExp
  private readonly delimiterCode: number

  constructor(
    readonly text: string,
    readonly delimiter: CsvDelimiter
  ) {
    const escaped = delimiter === '\t' ? '\\t' : delimiter
    this.unquoted = new RegExp(`[^"${escaped}\\r\\n]*`, 'y')
    this.delimiterCode = delimiter.charCodeAt(0)
  }

  get atEnd(): boolean {
    return this.index >= this.text.length
  }

  atLineBreak(): boolean {
    const ch = this.text.charCodeAt(this.index)
    return ch === 0x0a || ch === 0x0d
  }

  atDelimiter(): boolean {
    return this.text.charCodeAt(this.index) === this.delimiterCode
  }

  skipLineBreak(): void {
    this.index += this.text.charCodeAt(this.index) === 0x0d && this.text.charCodeAt(this.index + 1) === 0x0a ? 2 : 1
  }

  readQuoted(): string {
    const open = this.index
    let value = ''
    let from = this.index + 1
    for (;;) {
      const quote = this.text.indexOf(QUOTE, from)
      if (quote < 0) {
        throw new CsvSyntaxError(open, 'this quoted field is never closed: a closing " is missing (a " inside a quoted field is written "")')
      }
      value += this.text.slice(from, quote)
      if (this.text.charCodeAt(quote + 1) === 0x22) {
        value += QUOTE
        from = quote + 2
        continue
      }
      this.index = quote + 1
      break
    }
    if (!this.atEnd && !this.atDelimiter() && !this.atLineBreak()) {
      throw new CsvSyntaxError(this.index, 'unexpected text after the closing " of a quoted field; a field ends at a delimiter or at the end of the line')
    }
    return value
  }

  readUnquoted(): string {
    this.unquoted.lastIndex = this.index
    const match = this.unquoted.exec(this.text)
    const value = match?.[0] ?? ''
    this.index += value.length
    if (this.text.charCodeAt(this.index) === 0x22) {
      throw new CsvSyntaxError(this.index, 'a " inside a field that does not start with one; put the whole field in quotes and double the " ("")')
    }
    return value
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
  const text = input.startsWith(BYTE_ORDER_MARK) ? input.slice(BYTE_ORDER_MARK.length) : input
  const reader = new CsvReader(text, options.delimiter ?? detectCsvDelimiter(text))
  const records: CsvRecord[] = []
  const loneCarriageReturns = /\r(?!\n)/.test(text)
  let line = 1
  let counted = 0
  try {
    while (!reader.atEnd) {
      const start = reader.index
      line += lineBreaksIn(text, counted, start, loneCarriageReturns)
      counted = start
      const fields: string[] = []
      let quotedEmpty: Set<number> | undefined
      let blank = true
      for (;;) {
        const quoted = text.charCodeAt(reader.index) === 0x22
        const value = quoted ? reader.readQuoted() : reader.readUnquoted()
        if (quoted || value !== '') blank = false
        if (quoted && value === '') (quotedEmpty ??= new Set()).add(fields.length)
        fields.push(value)
        if (!reader.atDelimiter()) break
        blank = false
        reader.index += 1
      }
      if (reader.atLineBreak()) reader.skipLineBreak()
      if (!blank) records.push(quotedEmpty === undefined ? { line, fields } : { line, fields, quotedEmpty })
    }
  } catch (error) {
    if (!(error instanceof CsvSyntaxError)) throw error
    const where = lineAndColumn(text, error.offset)
    return fail([{ path: `line ${where.line}, column ${where.column}`, message: error.message }])
  }
  return ok(records)
}
