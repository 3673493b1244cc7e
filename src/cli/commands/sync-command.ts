import { syncBoardAsync, type SyncSummary } from '../../plugin-api/sync-board'
import { syncPreviewAsync } from '../../plugin-api/sync-preview'
import { formatProblems } from '../../model'
import { ResolutionSchema } from '../../sync/change-set'
import { describeConflict, formatChangeSet } from '../../sync/format-change-set'
import { resolveAll } from '../../sync/resolve-all'
import { CliError, usageError } from '../cli-error'
import type { CommandContext } from '../command'
import { readJourneyFileAsync, requireDrawable } from '../resolve-journey'
import { loadBoardFileAsync } from './diff-command'
import { writeOutputAsync } from '../write-output'
import { writeNodeWarnings } from '../write-node-warnings'

/**
 * `journeyboard sync <board.json> <journey-file> --out <new-board.json> [--resolve board|data|keep-both]
 * [--board <id or name>]`: updates the exported board from the journey with the plugin's own sync on
 * the emulator, and writes the result as REST JSON. Conflicts need `--resolve` (one choice for all);
 * without it the command lists them, board text vs data text, and exits 1 writing nothing.
 */
export async function syncCommandAsync({ io, args, flags }: CommandContext): Promise<number> {
  if (typeof flags.out !== 'string') throw usageError('sync: --out <file> is required')
  let choice
  if (flags.resolve !== undefined) {
    const parsed = ResolutionSchema.safeParse(flags.resolve)
    if (!parsed.success) throw usageError(`--resolve must be one of ${ResolutionSchema.options.join(', ')}, got "${String(flags.resolve)}"`)
    choice = parsed.data
  }
  const emulator = await loadBoardFileAsync(io, args[0] ?? '')
  const journey = requireDrawable(await readJourneyFileAsync(io, args[1] ?? '', flags.from), args[1] ?? '')
  const board = typeof flags.board === 'string' ? flags.board : undefined
  const preview = await syncPreviewAsync(emulator.api, board, journey)
  if (!preview.ok) throw new CliError(formatProblems(preview.problems))
  const { changeSet, boardId, warnings } = preview.value
  writeNodeWarnings(io, warnings)
  if (changeSet.conflicts.length > 0 && choice === undefined) {
    throw new CliError(
      `${changeSet.conflicts.length} conflict${changeSet.conflicts.length === 1 ? '' : 's'} between the board and the data; ` +
        `choose with --resolve board|data|keep-both:\n${changeSet.conflicts.map((conflict) => describeConflict(conflict, changeSet.names)).join('\n')}`
    )
  }
  const resolutions = choice === undefined ? {} : resolveAll(changeSet, choice)
  // Nothing waits on the board between chunks here, so yielding would only slow the command down.
  const result = await syncBoardAsync(emulator.api, boardId, journey, resolutions, { yieldAsync: async () => undefined })
  if (!result.ok) throw new CliError(formatProblems(result.problems))
  await writeOutputAsync(io, flags.out, `${JSON.stringify(emulator.toRestFile(), null, 2)}\n`)
  const summary = result.value
  io.stdout(formatChangeSet(summary.changeSet))
  for (const left of summary.notRemoved) io.stderr(`warning: node ${left.nodeId} could not be removed (${left.message}): remove it by hand\n`)
  io.stderr(`${flags.out}: board "${summary.journey.title}" updated: ${describeSyncResult(summary)}\n`)
  return 0
}

function counted(n: number, one: string, other: string): string {
  return `${n} ${n === 1 ? one : other}`
}

/**
 * What an update did, as the panel says it: the changes from the data it made and the board's edits
 * it kept first (a text rewritten in place adds and removes no node), then the nodes it added,
 * removed or moved, only those there were.
 */
export function describeSyncResult({ changeSet, counts }: Pick<SyncSummary, 'changeSet' | 'counts'>): string {
  const made = changeSet.changes.length
  const parts = [made === 0 ? 'nothing from the data to change' : `${counted(made, 'change', 'changes')} from the data made`]
  if (changeSet.boardEdits.length > 0) parts.push(`${counted(changeSet.boardEdits.length, 'edit', 'edits')} on the board kept`)
  const nodes = [
    counts.created > 0 ? `${counted(counts.created, 'node', 'nodes')} added` : '',
    counts.removed > 0 ? `${counted(counts.removed, 'node', 'nodes')} removed` : '',
    counts.moved > 0 ? `${counts.moved} made by hand moved with their cells` : '',
    counts.adopted > 0 ? `${counts.adopted} made by hand taken into the map` : ''
  ].filter((part) => part !== '')
  return nodes.length === 0 ? parts.join(', ') : `${parts.join(', ')}; ${nodes.join(', ')}`
}
