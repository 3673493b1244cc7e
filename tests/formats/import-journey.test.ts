import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { detectImportFormat, exportJourney, IMPORT_FORMATS, importJourney, type ImportFormat } from '../../src/formats'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { createJourneyFromTemplate } from '../../src/templates'
import { RENTAL_INPUT } from './journey-fixture'

describe('detectImportFormat', () => {
  it('tells JSON, Mermaid and CSV apart', () => {
    const cases: [string, ImportFormat][] = [
      ['{"format": "journeyboard"}', 'json'],
      ['\uFEFF  \n{ }', 'json'],
      ['[1]', 'json'],
      ['journey\n  title X', 'mermaid'],
      ['  journey title X', 'mermaid'],
      ['---\ntitle: X\n---\njourney', 'mermaid'],
      ['%%{init: {}}%%\njourney', 'mermaid'],
      ['%% comment\njourney', 'mermaid'],
      ['JOURNEY\n', 'mermaid'],
      ['item_id,stage,lane,text\n', 'csv'],
      ['journeys,stage\n', 'csv'],
      ['', 'csv']
    ]
    expect(cases.map(([text]) => detectImportFormat(text))).toEqual(cases.map(([, format]) => format))
  })
})

describe('importJourney', () => {
  it('gives a journey file’s $schema and extension fields beside the journey, byte-order mark or not', () => {
    const journey = createJourneyFromTemplate({ templateId: 'blank' })
    if (!journey.ok) throw new Error('fixture')
    const envelope = { $schema: 'https://example.org/journey.schema.json', 'x-study': { wave: 2 } }
    const text = JSON.stringify({ ...envelope, format: 'journeyboard', version: 2, journey: journey.value })
    for (const file of [text, `\uFEFF${text}`]) {
      const result = importJourney(file)
      expect(result).toMatchObject({ ok: true, format: 'json', value: journey.value, envelope })
    }
  })

  it('reads every export of a journey back, detecting its format', () => {
    fc.assert(
      fc.property(journeyArbitrary({ minItems: 1 }), fc.constantFrom('json', 'csv', 'mermaid' as const), (journey, format) => {
        const result = importJourney(exportJourney(journey, format))
        expect(result.format).toBe(format)
        expect(result.ok).toBe(true)
        if (format === 'json') expect(result).toMatchObject({ ok: true, value: journey, warnings: [] })
      })
    )
  })

  it('uses the format it is given, and reports problems with their place', () => {
    const result = importJourney('{"not": "csv"}\n', 'csv')
    expect(result.format).toBe('csv')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems[0]?.path).toBe('line 1, column 2')
    expect(importJourney(JSON.stringify({ format: 'journeyboard', version: 1, journey: RENTAL_INPUT }))).toMatchObject({
      ok: true,
      format: 'json',
      value: { id: 'rental' }
    })
  })

  it('lists the extensions each format is read from', () => {
    expect(Object.keys(IMPORT_FORMATS)).toEqual(['json', 'csv', 'mermaid'])
    expect(IMPORT_FORMATS.mermaid.extensions).toEqual(['.mmd', '.mermaid'])
  })
})
