import { parseJourneyFile } from '../../model'
import { invalidInputError } from '../cli-error'
import { STANDARD_INPUT, STANDARD_INPUT_NAME } from '../cli-io'
import type { CommandContext } from '../command'
import { boardExportGivenAsJourney } from '../board-export-given-as-journey'
import { inputName, parseJsonInput, readInputAsync } from '../read-input'

/** `journeyboard validate <file>`: 0 when valid, 1 with every problem listed when not. */
export async function validateCommandAsync({ io, args }: CommandContext): Promise<number> {
  const path = args[0] ?? '-'
  const data = parseJsonInput(await readInputAsync(io, path), path)
  const result = parseJourneyFile(data)
  if (result.ok) {
    const j = result.value
    io.stdout(`${path === STANDARD_INPUT ? STANDARD_INPUT_NAME : path}: valid (${j.stages.length} stages, ${j.lanes.length} lanes, ${j.items.length} items, ${j.links.length} links)\n`)
    return 0
  }
  const board = boardExportGivenAsJourney(path, data)
  if (board !== undefined) throw board
  const count = result.problems.length
  throw invalidInputError(`${inputName(path)} has ${count} problem${count === 1 ? '' : 's'}`, result.problems)
}
