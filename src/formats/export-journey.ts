import type { Journey, Problem } from '../model'
import type { ExportFormat } from './export-formats'
import { exportJourneyPieces, type ExportOptions } from './export-journey-pieces'

/**
 * The journey in one of the export formats, as one text: the pieces of `exportJourneyPieces`
 * joined, for callers that want one string (tests, small outputs). A journey is always exportable,
 * so this cannot fail.
 */
export function exportJourney(journey: Journey, format: ExportFormat, options: ExportOptions = {}): string {
  return exportJourneyWithWarnings(journey, format, options).text
}

/** Like exportJourney, with a warning for each text the format could not write exactly. */
export function exportJourneyWithWarnings(journey: Journey, format: ExportFormat, options: ExportOptions = {}): { text: string; warnings: Problem[] } {
  const { pieces, warnings } = exportJourneyPieces(journey, format, options)
  return { text: pieces.join(''), warnings }
}
