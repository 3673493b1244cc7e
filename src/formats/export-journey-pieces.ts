import type { Journey, JourneyEnvelope, Problem } from '../model'
import { journeyToCsvPieces } from './journey-to-csv'
import { journeyToJsonPieces } from './journey-to-json'
import { journeyToMarkdownPieces } from './journey-to-markdown'
import { journeyToMermaidPieces, type MermaidExportOptions } from './journey-to-mermaid'
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

const EXPORTERS: Readonly<Record<ExportFormat, (journey: Journey, options: ExportOptions) => string[]>> = {
  json: (journey, options) => journeyToJsonPieces(journey, options.envelope),
  csv: (journey, options) => journeyToCsvPieces(journey, { localizedHeader: options.localizedHeader === true, raw: options.raw === true }),
  md: (journey) => journeyToMarkdownPieces(journey),
  mermaid: (journey, options) => journeyToMermaidPieces(journey, options)
}

/**
 * Lone surrogates (half a character, which a journey may hold since JSON can) are one rule for every
 * format: JSON writes them as `\udXXX` escapes and Mermaid as its own escapes, both read back
 * exactly; CSV and Markdown, plain UTF-8 text, cannot hold them, so they write U+FFFD and warn,
 * naming each text.
 */
const KEEPS_LONE_SURROGATES: Readonly<Record<ExportFormat, boolean>> = { json: true, csv: false, md: false, mermaid: true }
const FORMAT_NAMES: Readonly<Record<ExportFormat, string>> = { json: 'JSON', csv: 'CSV', md: 'Markdown', mermaid: 'Mermaid' }

/**
 * The journey in one of the export formats, as pieces of at most TEXT_PIECE_CHARS characters to be
 * written one after another (`textPieces`), with a warning for each text the format could not write
 * exactly. A journey is always exportable, so this cannot fail. No piece parts a surrogate pair, so
 * each piece's lone halves are the whole text's, replaced piece by piece.
 */
export function exportJourneyPieces(journey: Journey, format: ExportFormat, options: ExportOptions = {}): { pieces: string[]; warnings: Problem[] } {
  const chosen = ExportFormatSchema.parse(format)
  const pieces = EXPORTERS[chosen](journey, options)
  if (KEEPS_LONE_SURROGATES[chosen]) return { pieces, warnings: [] }
  let replaced = false
  for (let i = 0; i < pieces.length; i += 1) {
    const piece = pieces[i]!
    const wellFormed = replaceLoneSurrogates(piece)
    if (wellFormed !== piece) {
      pieces[i] = wellFormed
      replaced = true
    }
  }
  return { pieces, warnings: replaced ? loneSurrogateWarnings(journey, FORMAT_NAMES[chosen]) : [] }
}
