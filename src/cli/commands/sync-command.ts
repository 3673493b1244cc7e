import { syncBoardAsync, type SyncSummary } from '../../plugin-api/sync-board'
import { syncPreviewAsync } from '../../plugin-api/sync-preview'
import { ResolutionSchema } from '../../sync/change-set'
import { describeConflict, formatChangeSet } from '../../sync/format-change-set'
import { resolveAll } from '../../sync/resolve-all'
import { syncCountsText } from '../../sync/sync-counts-text'
import { en } from '../../i18n/catalogues/en'
import { listText } from '../../i18n'
import { CliError, usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { oneOfText } from '../one-of-text'
import { importFormatFlag, readJourneyFileAsync, requireDrawable } from '../resolve-journey'
import { boardProblemsError, loadBoardFileAsync } from './diff-command'
import { textPieces } from '../../formats/text-pieces'
import { outputName, writeOutputAsync } from '../write-output'
import { STANDARD_OUTPUT } from '../cli-io'
import { writeNodeWarnings } from '../write-node-warnings'
import { inputLabel } from '../read-input'

/**
 * `journeyboard sync <board.json> <journey-file> --out <new-board.json> [--resolve board|data|keep-both]
 * [--board <id or name>]`: updates the exported board from the journey with the plugin's own sync on
 * the emulator, and writes the result as REST JSON. Conflicts need `--resolve` (one choice for all);
 * without it the command lists them, board text vs data text, and exits 1 writing nothing.
 */
export async function syncCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  if (typeof flags.out !== 'string') throw usageError('--out <file> is required')
  let choice
  if (flags.resolve !== undefined) {
    const parsed = ResolutionSchema.safeParse(flags.resolve)
    if (!parsed.success) throw usageError(oneOfText('--resolve', ResolutionSchema.options, flags.resolve))
    choice = parsed.data
  }
  // --from is checked before the board is read: a wrong value is wrong usage, whatever the board holds.
  importFormatFlag(flags.from)
  const { emulator, file } = await loadBoardFileAsync(io, args[0] ?? '')
  const journey = requireDrawable(await readJourneyFileAsync(io, args[1] ?? '', flags.from), args[1] ?? '')
  const board = typeof flags.board === 'string' ? flags.board : undefined
  const preview = await syncPreviewAsync(emulator.api, board, journey)
  if (!preview.ok) throw boardProblemsError(args[0] ?? '', file, preview.problems, board)
  const { changeSet, boardId, warnings } = preview.value
  writeNodeWarnings(io, inputLabel(args[0] ?? ''), warnings)
  if (changeSet.conflicts.length > 0 && choice === undefined) {
    throw new CliError(
      `${changeSet.conflicts.length} conflict${changeSet.conflicts.length === 1 ? '' : 's'} between the board and the data; ` +
        `choose ${listText('en', ResolutionSchema.options, 'or')} with --resolve:\n${changeSet.conflicts.map((conflict) => describeConflict(conflict, changeSet.names)).join('\n')}`
    )
  }
  const resolutions = choice === undefined ? {} : resolveAll(changeSet, choice)
  // Nothing waits on the board between chunks here, so yielding would only slow the command down.
  const result = await syncBoardAsync(emulator.api, boardId, journey, resolutions, { yieldAsync: async () => undefined })
  if (!result.ok) throw boardProblemsError(args[0] ?? '', file, result.problems, board)
  await writeOutputAsync(io, flags.out, textPieces(emulator.toRestTextChunks(), '\n'))
  const summary = result.value
  // With the board on standard output (--out -), what changed goes beside the other messages, not into its JSON.
  const tell = flags.out === STANDARD_OUTPUT ? io.stderr : io.stdout
  tell(formatChangeSet(summary.changeSet))
  for (const left of summary.notRemoved) io.stderr(`warning: ${outputName(flags.out)}: object ${left.nodeId} could not be removed (${left.message}): remove it by hand\n`)
  io.stderr(`${outputName(flags.out)}: board "${summary.journey.title}" updated: ${describeSyncResult(summary)}\n`)
  return 0
}

/** What an update did, in the words the panel says it in English. */
export function describeSyncResult(summary: Pick<SyncSummary, 'changeSet' | 'counts'>): string {
  return syncCountsText(summary, en.panel, 'en')
}
