import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { parseCsv, writeCsv } from '../../src/formats'

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
      problems: [{ path: 'line 2, column 3', message: expect.stringContaining('never closed') as string }]
    })
  })

  it('names the line and column of a stray quote inside a field, counting emoji as one column', () => {
    expect(parseCsv('a,b\n😀x"y,z\n')).toEqual({
      ok: false,
      problems: [{ path: 'line 2, column 3', message: expect.stringContaining('put the whole field in quotes') as string }]
    })
  })

  it('names the line and column of text after a closing quote', () => {
    expect(parseCsv('a,"b"c\n')).toEqual({
      ok: false,
      problems: [{ path: 'line 1, column 6', message: expect.stringContaining('after the closing "') as string }]
    })
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
