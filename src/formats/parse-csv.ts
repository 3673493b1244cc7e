import { fail, ok, type Problem, type Result } from '../model'

/** One CSV record and the physical line it starts on (1-based). */
export interface CsvRecord {
  line: number
  fields: string[]
}

const QUOTE = '"'
const COMMA = ','
const CR = '\r'
const LF = '\n'
const BYTE_ORDER_MARK = '\uFEFF'

class CsvSyntaxError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message)
  }
}

/** Walks the text keeping the line and column (columns count characters, not UTF-16 units). */
class Cursor {
  index = 0
  line = 1
  column = 1

  constructor(readonly text: string) {}

  get current(): string | undefined {
    return this.text[this.index]
  }

  get atEnd(): boolean {
    return this.index >= this.text.length
  }

  get atLineBreak(): boolean {
    return this.current === CR || this.current === LF
  }

  /** Moves past one character and returns it (a surrogate pair counts as one column). */
  take(): string {
    const code = this.text.codePointAt(this.index) ?? 0
    const ch = String.fromCodePoint(code)
    this.index += ch.length
    this.column += 1
    return ch
  }

  /** Moves past a line break (CRLF, LF or a lone CR) and returns it exactly. */
  takeLineBreak(): string {
    const lineBreak = this.current === CR && this.text[this.index + 1] === LF ? CR + LF : (this.current ?? '')
    this.index += lineBreak.length
    this.line += 1
    this.column = 1
    return lineBreak
  }

  where(line = this.line, column = this.column): string {
    return `line ${line}, column ${column}`
  }
}

function readQuoted(cursor: Cursor): string {
  const openLine = cursor.line
  const openColumn = cursor.column
  cursor.take()
  let value = ''
  for (;;) {
    if (cursor.atEnd) {
      throw new CsvSyntaxError({
        path: cursor.where(openLine, openColumn),
        message: 'this quoted field is never closed: a closing " is missing (a " inside a quoted field is written "")'
      })
    }
    if (cursor.current === QUOTE) {
      cursor.take()
      if (cursor.current !== QUOTE) break
      cursor.take()
      value += QUOTE
    } else if (cursor.atLineBreak) {
      value += cursor.takeLineBreak()
    } else {
      value += cursor.take()
    }
  }
  if (!cursor.atEnd && cursor.current !== COMMA && !cursor.atLineBreak) {
    throw new CsvSyntaxError({
      path: cursor.where(),
      message: 'unexpected text after the closing " of a quoted field; a field ends at a comma or at the end of the line'
    })
  }
  return value
}

function readUnquoted(cursor: Cursor): string {
  let value = ''
  while (!cursor.atEnd && cursor.current !== COMMA && !cursor.atLineBreak) {
    if (cursor.current === QUOTE) {
      throw new CsvSyntaxError({
        path: cursor.where(),
        message: 'a " inside a field that does not start with one; put the whole field in quotes and double the " ("")'
      })
    }
    value += cursor.take()
  }
  return value
}

/**
 * An RFC 4180 reader that is lenient where real files differ from the RFC: a byte order mark is
 * dropped, records may end with CRLF, LF or a lone CR, the last record need not end with a line
 * break, and blank lines are skipped. Quoted fields may hold commas, doubled quotes and line
 * breaks (kept exactly as written).
 * @returns the records with the line each starts on, else the first syntax error with its line and
 *   column.
 */
export function parseCsv(text: string): Result<CsvRecord[]> {
  const cursor = new Cursor(text.startsWith(BYTE_ORDER_MARK) ? text.slice(BYTE_ORDER_MARK.length) : text)
  const records: CsvRecord[] = []
  try {
    while (!cursor.atEnd) {
      const line = cursor.line
      const fields: string[] = []
      let blank = true
      for (;;) {
        const quoted = cursor.current === QUOTE
        const value = quoted ? readQuoted(cursor) : readUnquoted(cursor)
        if (quoted || value !== '') blank = false
        fields.push(value)
        if (cursor.current !== COMMA) break
        blank = false
        cursor.take()
      }
      if (cursor.atLineBreak) cursor.takeLineBreak()
      if (!blank) records.push({ line, fields })
    }
  } catch (error) {
    if (error instanceof CsvSyntaxError) return fail([error.problem])
    throw error
  }
  return ok(records)
}
