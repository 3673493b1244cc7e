import * as z from 'zod/mini'

import type { Journey, JourneyEnvelope } from '../model'
import { journeyToCsv } from './journey-to-csv'
import { journeyToJson } from './journey-to-json'
import { journeyToMarkdown } from './journey-to-markdown'
import { journeyToMermaid, type MermaidExportOptions } from './journey-to-mermaid'

export const ExportFormatSchema = z.enum(['json', 'csv', 'md', 'mermaid'])
export type ExportFormat = z.output<typeof ExportFormatSchema>

export interface ExportFormatInfo {
  label: string
  /** With the dot, as file pickers want it. */
  extension: string
  mimeType: string
}

/** Mermaid has no registered media type; `text/vnd.mermaid` is the one its tooling uses. */
export const EXPORT_FORMATS: Readonly<Record<ExportFormat, ExportFormatInfo>> = {
  json: { label: 'Journey file (JSON)', extension: '.json', mimeType: 'application/json' },
  csv: { label: 'Items table (CSV)', extension: '.csv', mimeType: 'text/csv' },
  md: { label: 'Workshop report (Markdown)', extension: '.md', mimeType: 'text/markdown' },
  mermaid: { label: 'Mermaid journey diagram', extension: '.mmd', mimeType: 'text/vnd.mermaid' }
}

export interface ExportOptions extends MermaidExportOptions {
  /** CSV only: the header in the journey's language instead of the stable column ids. */
  localizedHeader?: boolean
  /** JSON only: the `$schema` and extension fields of the file the journey came from, written back. */
  envelope?: JourneyEnvelope
  /** CSV: cells as they are, without the leading `'` that keeps spreadsheets from running formulas. */
  raw?: boolean
}

const EXPORTERS: Readonly<Record<ExportFormat, (journey: Journey, options: ExportOptions) => string>> = {
  json: (journey, options) => journeyToJson(journey, options.envelope),
  csv: (journey, options) => journeyToCsv(journey, { localizedHeader: options.localizedHeader === true, raw: options.raw === true }),
  md: (journey) => journeyToMarkdown(journey),
  mermaid: (journey, options) => journeyToMermaid(journey, options)
}

/** The journey in one of the export formats. A journey is always exportable, so this cannot fail. */
export function exportJourney(journey: Journey, format: ExportFormat, options: ExportOptions = {}): string {
  return EXPORTERS[ExportFormatSchema.parse(format)](journey, options)
}
