import { exportJourney } from '../../formats'
import { formatProblems } from '../../model'
import { readBoard, snapshotFromRestFile } from '../../reader'
import { CliError } from '../cli-error'
import type { CommandContext } from '../command'
import { parseJsonInput, readInputAsync } from '../read-input'

/**
 * `journeyboard read <figma-rest-file.json> [--section <name or id>]`: reads a board exported
 * through the Figma REST API (or by `journeyboard board`) and prints the journey file.
 */
export async function readCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const path = args[0] ?? '-'
  const file = parseJsonInput(await readInputAsync(io, path), path)
  const snapshot = snapshotFromRestFile(file, { section: typeof flags.section === 'string' ? flags.section : undefined })
  if (!snapshot.ok) throw new CliError(`"${path}" cannot be read as a FigJam board:\n${formatProblems(snapshot.problems)}`)
  const reading = readBoard(snapshot.value)
  for (const warning of reading.warnings) {
    const how = warning.kind === 'several-boards' ? '; choose another with --section <name or id>' : ''
    io.stderr(`warning: ${warning.nodeId ? `node ${warning.nodeId}: ` : ''}${warning.message}${how}\n`)
  }
  const output = exportJourney(reading.journey, 'json')
  if (typeof flags.out === 'string') await io.writeFileAsync(flags.out, output)
  else io.stdout(output.endsWith('\n') ? output : output + '\n')
  return 0
}
