import { describe, expect, it } from 'vitest'

import {
  EXPORT_FORMATS,
  exportJourney,
  type ExportFormat,
  journeyToCsv,
  journeyToJson,
  journeyToMarkdown,
  journeyToMermaid
} from '../../src/formats'
import { rentalJourney } from './journey-fixture'

describe('exportJourney', () => {
  const journey = rentalJourney()

  it('runs the exporter of each format', () => {
    expect(exportJourney(journey, 'json')).toBe(journeyToJson(journey))
    expect(exportJourney(journey, 'csv')).toBe(journeyToCsv(journey))
    expect(exportJourney(journey, 'md')).toBe(journeyToMarkdown(journey))
    expect(exportJourney(journey, 'mermaid')).toBe(journeyToMermaid(journey))
  })

  it('knows the file extension and media type of each format', () => {
    expect(EXPORT_FORMATS).toEqual({
      json: { label: 'Journey file (JSON)', extension: '.json', mimeType: 'application/json' },
      csv: { label: 'Items table (CSV)', extension: '.csv', mimeType: 'text/csv' },
      md: { label: 'Workshop report (Markdown)', extension: '.md', mimeType: 'text/markdown' },
      mermaid: { label: 'Mermaid journey diagram', extension: '.mmd', mimeType: 'text/vnd.mermaid' }
    })
  })

  it('throws on a format that does not exist, as that is a bug in the caller', () => {
    expect(() => exportJourney(journey, 'pdf' as ExportFormat)).toThrow()
  })
})
