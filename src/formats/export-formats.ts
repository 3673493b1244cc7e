import * as z from 'zod/mini'

/*
 * The export formats and their files, apart from the exporters: the panel names the formats and
 * the files, and the sandbox, which holds the exporters, writes the text.
 */

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
