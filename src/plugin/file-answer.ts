import { exportJourneyPieces } from '../formats/export-journey-pieces'
import type { MainToUi, ParsedUiToMain } from '../messages'
import { envelopeOf } from '../model'
import { importAnswer } from './import-answer'

/** A request for the text of a file: one to import, or a journey to write in an export format. */
export type FileRequest = Extract<ParsedUiToMain, { type: 'import' | 'export' }>

/** The sandbox's answer to a file request: what the import read, or the export's text in its pieces and what it could not write exactly. Throws what the importer or exporter throws. */
export function fileAnswer(request: FileRequest): MainToUi {
  const { requestId } = request
  if (request.type === 'import') return { type: 'import-result', requestId, ...importAnswer(request.text, request.format) }
  const { pieces, warnings } = exportJourneyPieces(request.journey, request.format, { envelope: envelopeOf(request.envelope), localizedHeader: request.localizedHeader })
  return { type: 'export-result', requestId, format: request.format, parts: pieces, ...(warnings.length > 0 ? { warnings } : {}) }
}
