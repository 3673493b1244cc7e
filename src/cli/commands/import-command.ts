import { exportJourney } from '../../formats'
import type { CommandContext } from '../command'
import { readJourneyFileAsync } from '../resolve-journey'

/** `journeyboard import <file> [--from csv|mermaid|json] [--out file]`: prints the journey file. */
export async function importCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  const journey = await readJourneyFileAsync(io, args[0] ?? '-', flags.from)
  const output = exportJourney(journey, 'json')
  if (typeof flags.out === 'string') await io.writeFileAsync(flags.out, output)
  else io.stdout(output.endsWith('\n') ? output : output + '\n')
  return 0
}
