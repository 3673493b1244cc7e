import type { Journey, JourneyEnvelope } from '../model'
import { importFailed, type ImportResult, imported } from './import-result'
import { journeyFromCsv } from './journey-from-csv'
import { journeyDocumentFromJson } from './journey-from-json'
import { journeyFromMermaid } from './journey-from-mermaid'
import { type ImportFormat, ImportFormatSchema } from './import-formats'

/** What an import gives back: the journey, and for a journey file its envelope (`$schema`, extension fields) too. */
export type ImportedJourney = ImportResult<Journey> & { envelope?: JourneyEnvelope }

const IMPORTERS: Readonly<Record<ImportFormat, (text: string) => ImportedJourney>> = {
  json: (text) => {
    const result = journeyDocumentFromJson(text)
    return result.ok ? { ...imported(result.value.journey), envelope: result.value.envelope } : importFailed(result.problems)
  },
  csv: journeyFromCsv,
  mermaid: (text) => journeyFromMermaid(text)
}

/**
 * Which format a text is in: a JSON object (or array) is JSON; text that starts like a Mermaid
 * diagram (`journey`, front matter `---`, a `%%` directive or comment) is Mermaid; anything else
 * is read as CSV.
 */
export function detectImportFormat(text: string): ImportFormat {
  const start = text.replace(/^\uFEFF/, '').trimStart()
  if (start.startsWith('{') || start.startsWith('[')) return 'json'
  if (/^(?:journey\b|---|%%)/i.test(start)) return 'mermaid'
  return 'csv'
}

/**
 * Reads a journey in any import format, detecting the format when none is given.
 * @returns the journey, the warnings and the format it was read as; else every problem with its
 *   line or path (and the format it was read as). An unknown `format` is a bug and throws.
 */
export function importJourney(text: string, format?: ImportFormat): ImportedJourney & { format: ImportFormat } {
  const chosen = format === undefined ? detectImportFormat(text) : ImportFormatSchema.parse(format)
  return { ...IMPORTERS[chosen](text), format: chosen }
}
