import { exportJourneyPieces } from '../../formats'
import type { CommandContext } from '../command'
import { readJourneyDocumentAsync } from '../resolve-journey'
import { rescaleByFlag } from '../scale-flag'
import { emitOutputAsync } from '../write-output'

/** `journeyboard import <file> [--from csv|mermaid|json] [--scale min..max] [--out file]`: prints the journey file. */
export async function importCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const { journey, envelope } = await readJourneyDocumentAsync(io, args[0] ?? '-', flags.from)
  const output = exportJourneyPieces(rescaleByFlag(journey, flags.scale), 'json', { envelope }).pieces
  await emitOutputAsync(io, flags.out, output)
  return 0
}
