import { EXPORT_FORMATS, exportJourney, ExportFormatSchema } from '../../formats'
import { usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { resolveJourneyDocumentAsync } from '../resolve-journey'
import { emitOutputAsync } from '../write-output'

/** `journeyboard export <journey> --format json|csv|md|mermaid [--localized-header] [--raw] [--out file]`. */
export async function exportCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const format = ExportFormatSchema.safeParse(flags.format ?? 'json')
  if (!format.success) {
    throw usageError(`--format must be one of ${Object.keys(EXPORT_FORMATS).join(', ')}, got "${String(flags.format)}"`)
  }
  if (flags['localized-header'] === true && format.data !== 'csv') throw usageError('--localized-header is for --format csv only')
  if (flags.raw === true && format.data !== 'csv') throw usageError('--raw is for --format csv only')
  const { journey, envelope } = await resolveJourneyDocumentAsync(io, args[0] ?? '', flags)
  const output = exportJourney(journey, format.data, { localizedHeader: flags['localized-header'] === true, envelope, raw: flags.raw === true })
  await emitOutputAsync(io, flags.out, output)
  return 0
}
