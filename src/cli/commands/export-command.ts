import { EXPORT_FORMATS, exportJourneyPieces, ExportFormatSchema } from '../../formats'
import { journeyCurves } from '../../model'
import { CliError, usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { inputLabel } from '../read-input'
import { resolveJourneyDocumentAsync } from '../resolve-journey'
import { rescaleByFlag } from '../scale-flag'
import { emitOutputAsync } from '../write-output'
import { oneOfText } from '../one-of-text'

/** `journeyboard export <journey> --format json|csv|md|mermaid [--localized-header] [--raw] [--scale min..max] [--curve id] [--out file]`. */
export async function exportCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const format = ExportFormatSchema.safeParse(flags.format ?? 'json')
  if (!format.success) {
    throw usageError(oneOfText('--format', Object.keys(EXPORT_FORMATS), flags.format))
  }
  if (flags['localized-header'] === true && format.data !== 'csv') throw usageError('--localized-header is for --format csv only')
  if (flags.raw === true && format.data !== 'csv') throw usageError('--raw is for --format csv only')
  const document = await resolveJourneyDocumentAsync(io, args[0] ?? '', flags)
  const journey = rescaleByFlag(document.journey, flags.scale)
  const curveId = typeof flags.curve === 'string' ? flags.curve : undefined
  if (curveId !== undefined && !journeyCurves(journey).some((curve) => curve.id === curveId)) {
    // The journey lacks it, as a template lacks a --stages id: the input, not the usage, is at fault.
    throw new CliError(`the journey has no curve "${curveId}"; ${oneOfText('--curve', journeyCurves(journey).map((curve) => curve.id))}`)
  }
  const output = exportJourneyPieces(journey, format.data, { localizedHeader: flags['localized-header'] === true, envelope: document.envelope, raw: flags.raw === true, curveId })
  // Named as every warning is: the file read, then the field in it.
  for (const warning of output.warnings) io.stderr(`warning: ${inputLabel(args[0] ?? '')}: ${warning.path}: ${warning.message}\n`)
  await emitOutputAsync(io, flags.out, output.pieces)
  return 0
}
