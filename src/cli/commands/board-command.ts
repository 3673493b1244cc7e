import { en } from '../../i18n/catalogues/en'
import { boardContentsText } from '../../layout/board-contents-text'
import { generateBoardAsync } from '../../plugin-api/generate-board'
import { createFigJamEmulator } from '../../emulator'
import { usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { requireDrawable, resolveJourneyDocumentAsync } from '../resolve-journey'
import { textPieces } from '../../formats/text-pieces'
import { outputName, writeOutputAsync } from '../write-output'
import { writeNodeWarnings } from '../write-node-warnings'

/**
 * `journeyboard board <template-id | journey-file> --out board.json`: runs the plugin's real
 * generator against the FigJam emulator and writes the document as Figma REST JSON.
 */
export async function boardCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  if (typeof flags.out !== 'string') throw usageError('--out <file> is required')
  const file = await resolveJourneyDocumentAsync(io, args[0] ?? '', flags)
  const journey = requireDrawable(file.journey, args[0] ?? '')
  const emulator = createFigJamEmulator()
  // Nothing waits on the board between chunks here, so yielding would only slow the command down.
  // The file's `$schema` and extension fields go onto the board with the journey, as in the plugin.
  const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: async () => undefined, envelope: file.envelope })
  await writeOutputAsync(io, flags.out, textPieces(emulator.toRestTextChunks(journey.title), '\n'))
  io.stderr(`${outputName(flags.out)}: board "${journey.title}" with ${boardContentsText(summary.contents, en.panel.journey, 'en')}\n`)
  // The objects are those of the board written.
  writeNodeWarnings(io, outputName(flags.out), summary.warnings)
  return 0
}
