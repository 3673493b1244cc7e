import { syncPreviewAsync } from '../../plugin-api/sync-preview'
import { type FigJamEmulator, loadRestFile, RestFileError } from '../../emulator'
import type { Problem } from '../../model'
import { formatChangeSet } from '../../sync/format-change-set'
import { CliError, invalidInputError } from '../cli-error'
import type { CliIo } from '../cli-io'
import type { CommandContext } from '../command'
import { inputLabel, inputName, parseJsonInput, readInputAsync } from '../read-input'
import { importFormatFlag, readJourneyFileAsync } from '../resolve-journey'
import { writeNodeWarnings } from '../write-node-warnings'
import { isJourneyFile, journeyFileGivenAsBoard } from './read-command'
import { readEveryBoard, snapshotFromRestFile } from '../../reader'
import { boardChoicesOfFile } from '../board-choices-of-file'
import { boardChoicesText } from '../board-choices-text'
import { holdsNoJourneyMap } from '../holds-no-journey-map'
import { noJourneyMapError } from '../no-journey-map-error'

/**
 * `journeyboard diff <board.json> <journey-file> [--json] [--board <id or name>]`: what syncing the
 * exported board to the journey would change: the data's changes, the edits on the board it keeps,
 * what it keeps though the data removed it, and the conflicts (board text vs data text). Human
 * readable by default; `--json` prints the change set itself (ChangeSetSchema).
 */
export async function diffCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  // --from is checked before the board is read: a wrong value is wrong usage, whatever the board holds.
  importFormatFlag(flags.from)
  const { emulator, file } = await loadBoardFileAsync(io, args[0] ?? '')
  const journey = await readJourneyFileAsync(io, args[1] ?? '', flags.from)
  const board = typeof flags.board === 'string' ? flags.board : undefined
  const preview = await syncPreviewAsync(emulator.api, board, journey)
  if (!preview.ok) throw boardProblemsError(args[0] ?? '', file, preview.problems, board)
  writeNodeWarnings(io, inputLabel(args[0] ?? ''), preview.value.warnings)
  io.stdout(flags.json === true ? `${JSON.stringify(preview.value.changeSet, null, 2)}\n` : formatChangeSet(preview.value.changeSet))
  return 0
}

/**
 * What an exported board cannot give a sync, naming the file. A file with no journey map at all
 * says so as `read` does; a `--board` naming none of the boards Journeyboard drew there lists
 * those it did draw; a problem with the board itself names `--board` when one was asked for.
 */
export function boardProblemsError(path: string, file: unknown, problems: readonly Problem[], asked: string | undefined): CliError {
  if (problems.some((found) => found.code === 'no-board' || found.code === 'no-such-board')) {
    const whole = snapshotFromRestFile(file)
    if (whole.ok && holdsNoJourneyMap(readEveryBoard(whole.value))) return noJourneyMapError(path, file)
    const drawn = boardChoicesOfFile(file, true)
    if (asked !== undefined && drawn.length > 0) {
      return new CliError(`${inputName(path)} has no board drawn by Journeyboard named "${asked}" or holding an object with that id; ${boardChoicesText('--board', drawn)}`)
    }
  }
  return invalidInputError(inputName(path), problems.map((found) => (found.path === 'board' ? { ...found, path: asked === undefined ? '' : '--board' } : found)))
}

/** An exported board (Figma REST JSON) loaded into the emulator, and the file as read; a file that is not one is one clear error. */
export async function loadBoardFileAsync(io: CliIo, path: string): Promise<{ emulator: FigJamEmulator; file: unknown }> {
  const file = parseJsonInput(await readInputAsync(io, path), path)
  if (isJourneyFile(file)) throw journeyFileGivenAsBoard(path)
  try {
    return { emulator: loadRestFile(file), file }
  } catch (error) {
    if (error instanceof RestFileError) throw invalidInputError(`${inputName(path)} is not a FigJam board exported as REST JSON`, error.problems)
    throw error
  }
}
