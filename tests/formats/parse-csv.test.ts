import fc from 'fast-check'
import Papa from 'papaparse'
import { describe, expect, it } from 'vitest'

import { CSV_DELIMITERS, type CsvDelimiter, parseCsv, writeCsv } from '../../src/formats'
import { propertyRuns } from '../support/property-runs'

function rows(text: string): string[][] {
  const result = parseCsv(text)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value.map((record) => record.fields)
}

describe('parseCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    expect(rows('a,"b, c","say ""hi""","two\nlines"\r\n')).toEqual([['a', 'b, c', 'say "hi"', 'two\nlines']])
  })

  it('keeps a CRLF inside a quoted field exactly as written', () => {
    expect(rows('"one\r\ntwo",x\r\n')).toEqual([['one\r\ntwo', 'x']])
  })

  it('accepts CRLF, LF and lone CR record ends, and a missing final line break', () => {
    expect(rows('a,b\r\nc,d\ne,f\rg,h')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h']
    ])
  })

  it('drops a byte order mark and skips blank lines, but keeps empty fields', () => {
    expect(rows('\uFEFFa,b\r\n\r\n,\r\n"",x\r\n')).toEqual([
      ['a', 'b'],
      ['', ''],
      ['', 'x']
    ])
  })

  it('keeps unicode and surrounding spaces as they are', () => {
    expect(rows('用户, 😀 ,"👩‍👩‍👧 "\n')).toEqual([['用户', ' 😀 ', '👩‍👩‍👧 ']])
  })

  it('numbers records by the physical line they start on', () => {
    const result = parseCsv('h1,h2\n"a\nb",c\n\nd,e\n')
    expect(result.ok && result.value.map((record) => record.line)).toEqual([1, 2, 5])
  })

  it('names the line and column of a quote that is never closed', () => {
    expect(parseCsv('a,b\nc,"open\nstill open\n')).toEqual({
      ok: false,
      problems: [{ path: 'line 2, column 3', message: expect.stringContaining('never closed') as string, code: 'csv-unclosed-quote', params: {}, line: 2, column: 3 }]
    })
  })

  it('names the line and column of a stray quote inside a field, counting emoji as one column', () => {
    expect(parseCsv('a,b\n😀x"y,z\n')).toEqual({
      ok: false,
      problems: [{ path: 'line 2, column 3', message: expect.stringContaining('put the whole field in quotes') as string, code: 'csv-stray-quote', params: {}, line: 2, column: 3 }]
    })
  })

  it('names the line and column of text after a closing quote', () => {
    expect(parseCsv('a,"b"c\n')).toEqual({
      ok: false,
      problems: [{ path: 'line 1, column 6', message: expect.stringContaining('after the closing "') as string, code: 'csv-text-after-quote', params: {}, line: 1, column: 6 }]
    })
  })
})

/** A CSV text written by hand rather than by `writeCsv`: any delimiter and line break, quotes where needed or not. */
interface HandWrittenCsv {
  text: string
  delimiter: CsvDelimiter
  newline: string
  /** The physical line each record starts on. */
  lines: number[]
}

const NEWLINES = ['\r\n', '\n', '\r'] as const
// Astral characters, both halves of a surrogate pair on their own, a byte order mark inside a
// field, and every character CSV gives a meaning to.
const FIELD_UNITS = ['a', 'Z', 'é', '用', '😀', '\uD83D', '\uDE00', '\uFEFF', ' ', ',', ';', '\t', '"', '\r', '\n', '\r\n'] as const
// A header a spreadsheet writes: no delimiter of any kind outside quotes, so which one the file uses is clear.
const HEADER_UNITS = ['a', 'é', '用', '😀', ' ', '_', '"'] as const

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0
}

function writeByHand(header: readonly string[], body: readonly (readonly string[])[], choices: { delimiter: CsvDelimiter; newline: string; bom: boolean; quoteAll: boolean; blankAfter: readonly boolean[]; finalBreak: boolean }): HandWrittenCsv {
  const { delimiter, newline } = choices
  const needsQuotes = (field: string): boolean => field.includes(delimiter) || /["\r\n]/.test(field)
  const quote = (field: string): string => (choices.quoteAll || needsQuotes(field) ? `"${field.replaceAll('"', '""')}"` : field)
  let text = choices.bom ? '\uFEFF' : ''
  let line = 1
  const lines: number[] = []
  const records = [header, ...body]
  records.forEach((fields, i) => {
    lines.push(line)
    const record = fields.map(quote).join(delimiter)
    text += record
    line += lineBreaks(record)
    if (i < records.length - 1 || choices.finalBreak) {
      text += newline
      line += 1
    }
    if (choices.blankAfter[i] === true && i < records.length - 1) {
      text += newline
      line += 1
    }
  })
  return { text, delimiter, newline, lines }
}

const handWrittenCsv: fc.Arbitrary<HandWrittenCsv> = fc.integer({ min: 2, max: 5 }).chain((width) =>
  fc
    .record({
      header: fc.array(fc.string({ unit: fc.constantFrom(...HEADER_UNITS), minLength: 1, maxLength: 6 }), { minLength: width, maxLength: width }),
      body: fc.array(fc.array(fc.string({ unit: fc.constantFrom(...FIELD_UNITS), maxLength: 6 }), { minLength: width, maxLength: width }), { maxLength: 6 }),
      delimiter: fc.constantFrom(...CSV_DELIMITERS),
      newline: fc.constantFrom(...NEWLINES),
      bom: fc.boolean(),
      quoteAll: fc.boolean(),
      blankAfter: fc.array(fc.boolean(), { maxLength: 7 }),
      finalBreak: fc.boolean()
    })
    .map(({ header, body, ...choices }) => writeByHand(header, body, choices))
)

describe('parseCsv against papaparse', () => {
  // papaparse is told the delimiter and line break; parseCsv finds the delimiter itself and takes
  // CRLF, LF and CR as they come.
  const papaparse = (csv: HandWrittenCsv): string[][] => {
    const result = Papa.parse<string[]>(csv.text, { delimiter: csv.delimiter, newline: csv.newline as Papa.ParseConfig['newline'], skipEmptyLines: true })
    expect(result.errors).toEqual([])
    return result.data
  }

  it('reads every hand-written CSV as papaparse does, finding its delimiter from the header', () => {
    fc.assert(
      fc.property(handWrittenCsv, (csv) => {
        expect(rows(csv.text)).toEqual(papaparse(csv))
      }),
      propertyRuns(500)
    )
  })

  it('starts each record on the physical line it was written on', () => {
    fc.assert(
      fc.property(handWrittenCsv, (csv) => {
        const result = parseCsv(csv.text)
        expect(result.ok && result.value.map((record) => record.line)).toEqual(csv.lines)
      })
    )
  })

  it('names the line and column of an opening quote that is never closed, after any valid text', () => {
    fc.assert(
      fc.property(handWrittenCsv, fc.string({ unit: fc.constantFrom('a', '😀', ',', '\n'), maxLength: 5 }), (csv, rest) => {
        const text = `${csv.text}${csv.newline}x${csv.delimiter}"${rest}`
        const line = 1 + lineBreaks(text.slice(0, text.lastIndexOf('"')))
        expect(parseCsv(text)).toEqual({ ok: false, problems: [{ path: `line ${line}, column 3`, message: expect.stringContaining('never closed') as string, code: 'csv-unclosed-quote', params: {}, line: line, column: 3 }] })
      })
    )
  })
})

describe('writeCsv', () => {
  it('quotes only what needs quoting and ends every record with CRLF', () => {
    expect(writeCsv([['a', 'b,c', 'say "hi"', 'x\ny', ' lead', '']])).toBe('a,"b,c","say ""hi""","x\ny"," lead",\r\n')
  })

  it('can start with a byte order mark for spreadsheet programs', () => {
    expect(writeCsv([['a']], { bom: true })).toBe('\uFEFFa\r\n')
  })

  it('is read back exactly by parseCsv, whatever the fields hold', () => {
    const field = fc.string({ unit: fc.constantFrom('a', 'é', '😀', ',', '"', '\r', '\n', '\r\n', ' ', '\t', '\uFEFF'), maxLength: 8 })
    const table = fc.integer({ min: 1, max: 4 }).chain((width) => fc.array(fc.array(field, { minLength: width, maxLength: width }), { minLength: 1, maxLength: 5 }))
    fc.assert(
      fc.property(table, fc.boolean(), (records, bom) => {
        // A record that is one empty field is a blank line, which readers skip by design.
        const kept = records.filter((record) => !(record.length === 1 && record[0] === ''))
        expect(rows(writeCsv(records, { bom }))).toEqual(kept)
      })
    )
  })
})
