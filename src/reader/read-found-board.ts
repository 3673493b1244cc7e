import { decodeStoredJourney } from '../plugin-data/board-tags'
import type { BoardReading, ReadBoardOptions } from './board-reading'
import { finalizeJourney } from './finalize-journey'
import type { BoardCandidate } from './find-boards'
import { readGeneratedBoard } from './read-generated-board'
import { readHandMadeBoard } from './read-hand-made-board'
import { readHandMadeMap } from './read-hand-made-map'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

/**
 * One board found on a page, read from the page's index into `log` (which holds what was said of
 * the page already); no board at all gives the empty reading that says so. Reading every board of
 * a page reads each this way from one index and one finding of the boards.
 */
export function readFoundBoard(index: SnapshotIndex, log: WarningLog, board: BoardCandidate | undefined, options: Omit<ReadBoardOptions, 'board'> = {}): BoardReading {
  if (board === undefined) {
    log.add(null, 'no-board')
    const { journey } = readHandMadeBoard(index, log, { section: null, members: [] })
    return { journey: finalizeJourney(journey, log, null), warnings: log.list(), boardId: null, origin: 'hand-made' }
  }

  const boardId = board.section?.id ?? null
  if (board.origin === 'generated' && board.section !== null) {
    const told = options.store?.sectionId === board.section.id ? options.store.decoded : undefined
    // The stored JSON is parsed and its journey checked once, the envelope taken from the same parse.
    const { journey: stored, envelope } = told ?? decodeStoredJourney(board.section.data)
    if (stored.ok) {
      const journey = readGeneratedBoard(index, log, { section: board.section, members: board.members, stored: stored.value, ...(options.onBind === undefined ? {} : { bind: options.onBind }) })
      return { journey: finalizeJourney(journey, log, boardId), warnings: log.list(), boardId, origin: 'generated', ...(Object.keys(envelope).length === 0 ? {} : { envelope: { ...envelope } as Record<string, unknown> }) }
    }
    log.add(boardId, 'stored-journey-unreadable', { problems: stored.problems })
  }
  const journey = readHandMadeMap(index, log, { section: board.section, members: board.members })
  return { journey: finalizeJourney(journey, log, boardId), warnings: log.list(), boardId, origin: 'hand-made' }
}
