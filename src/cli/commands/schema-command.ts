import { journeyFileJsonSchema } from '../../model'
import type { CommandContext } from '../command'

/** `journeyboard schema`: prints the JSON Schema of the journey file. */
export async function schemaCommandAsync({ io }: CommandContext): Promise<number> {
  io.stdout(JSON.stringify(journeyFileJsonSchema(), null, 2) + '\n')
  return 0
}
