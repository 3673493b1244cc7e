import * as z from 'zod/mini'

/*
 * The import formats and what a file picker knows them by, apart from the importers: the panel
 * offers the formats and the sandbox, which holds the importers, reads the text.
 */

export const ImportFormatSchema = z.enum(['json', 'csv', 'mermaid'])
export type ImportFormat = z.output<typeof ImportFormatSchema>

export interface ImportFormatInfo {
  label: string
  /** With the dot; the first is the one written on export. */
  extensions: readonly string[]
  mimeTypes: readonly string[]
}

export const IMPORT_FORMATS: Readonly<Record<ImportFormat, ImportFormatInfo>> = {
  json: { label: 'Journey file (JSON)', extensions: ['.json'], mimeTypes: ['application/json'] },
  csv: { label: 'Items table (CSV)', extensions: ['.csv'], mimeTypes: ['text/csv'] },
  mermaid: { label: 'Mermaid journey diagram', extensions: ['.mmd', '.mermaid'], mimeTypes: ['text/vnd.mermaid'] }
}
