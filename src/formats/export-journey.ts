import type { Journey, JourneyEnvelope, Problem } from '../model'
import { journeyToCsv } from './journey-to-csv'
import { journeyToJson } from './journey-to-json'
import { journeyToMarkdown } from './journey-to-markdown'
import { journeyToMermaid, type MermaidExportOptions } from './journey-to-mermaid'
import { type ExportFormat, ExportFormatSchema } from './export-formats'
import { loneSurrogateWarnings, replaceLoneSurrogates } from './replace-lone-surrogates'

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

/**
 * Lone surrogates (half a character, which a journey may hold since JSON can) are one rule for every
 * format: JSON writes them as `\udXXX` escapes and Mermaid as its own escapes, both read back
 * exactly; CSV and Markdown, plain UTF-8 text, cannot hold them, so they write U+FFFD and warn,
 * naming each text.
 */
const KEEPS_LONE_SURROGATES: Readonly<Record<ExportFormat, boolean>> = { json: true, csv: false, md: false, mermaid: true }
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { json: 'JSON', csv: 'CSV', md: 'Markdown', mermaid: 'Mermaid' }

/** The journey in one of the export formats. A journey is always exportable, so this cannot fail. */
export function exportJourney(journey: Journey, format: ExportFormat, options: ExportOptions = {}): string {
  return exportJourneyWithWarnings(journey, format, options).text
}

/** Like exportJourney, with a warning for each text the format could not write exactly. */
export function exportJourneyWithWarnings(journey: Journey, format: ExportFormat, options: ExportOptions = {}): { text: string; warnings: Problem[] } {
  const chosen = ExportFormatSchema.parse(format)
  const text = EXPORTERS[chosen](journey, options)
  if (KEEPS_LONE_SURROGATES[chosen]) return { text, warnings: [] }
  const wellFormed = replaceLoneSurrogates(text)
  return { text: wellFormed, warnings: wellFormed === text ? [] : loneSurrogateWarnings(journey, FORMAT_NAMES[chosen]) }
}
