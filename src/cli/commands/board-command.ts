import { generateBoardAsync } from '../../plugin-api/generate-board'
import { createFigJamEmulator } from '../../emulator'
import { usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { resolveJourneyAsync, requireDrawable } from '../resolve-journey'
import { writeOutputAsync } from '../write-output'

/**
 * `journeyboard board <template-id | journey-file> --out board.json`: runs the plugin's real
 * generator against the FigJam emulator and writes the document as Figma REST JSON.
 */
export async function boardCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  if (typeof flags.out !== 'string') throw usageError('board: --out <file> is required')
  const journey = requireDrawable(await resolveJourneyAsync(io, args[0] ?? '', flags), args[0] ?? '')
  const emulator = createFigJamEmulator()
  // Nothing waits on the board between chunks here, so yielding would only slow the command down.
  const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: async () => undefined })
  await writeOutputAsync(io, flags.out, JSON.stringify(emulator.toRestFile(journey.title), null, 2) + '\n')
  const { stickies, sections, connectors } = summary.counts
  io.stderr(`${flags.out}: board "${journey.title}" with ${stickies} stickies, ${sections} sections, ${connectors} connectors\n`)
  return 0
}
