import type { BoardReading, ReadBoardOptions } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { type BoardCandidate, findBoards } from './find-boards'
import { placedSnapshot } from './placed-snapshot'
import { readFoundBoard } from './read-found-board'
import { SnapshotIndex } from './snapshot-index'
import { wantedBoards } from './wanted-boards'
import { warnStickiesOffEveryBoard } from './warn-stickies-off-every-board'
import { WarningLog } from './warning-log'
import type { WarningNode } from './board-reading'

/**
 * Reads a board back into a journey. A generated board starts from the journey stored on it and
 * takes in what people changed on the board since; a board made by hand is read from its sections,
 * labels, stickies and connectors. Never throws on what a board holds and never changes it: what
 * it cannot place comes back as a warning naming the node, and the journey always passes
 * validateJourney. With several boards, reads `options.board` or else the first from the left.
 */
export function readBoard(snapshot: BoardSnapshot, options: ReadBoardOptions = {}): BoardReading {
  const log = new WarningLog()
  const index = new SnapshotIndex(placedSnapshot(snapshot, log), log)
  const boards = findBoards(index)
  const board = chooseBoard(boards, options.board, log)
  warnStickiesOffEveryBoard(index, boards, log)
  return readFoundBoard(index, log, board, options)
}

function chooseBoard(boards: readonly BoardCandidate[], wanted: string | undefined, log: WarningLog): BoardCandidate | undefined {
  if (wanted !== undefined) {
    const chosen = wantedBoards(boards)(wanted)
    if (chosen !== undefined) return chosen
    log.add(null, 'board-not-found', { wanted })
  }
  const first = boards[0]
  if (first !== undefined && boards.length > 1) {
    const what = first.section === null ? looseMap(first) : first.section
    // How to pick another differs: the panel reads the selection, the command line takes a name.
    log.add(first.section?.id ?? null, 'several-boards', { count: boards.length, node: what }, 'several-boards')
  }
  return first
}

/** A map straight on the page, as a warning names it: by its stage sections, else as the map it is. */
function looseMap(board: BoardCandidate): WarningNode {
  return { kind: board.members.some((m) => m.type === 'SECTION' && m.parentId === null) ? 'loose-sections' : 'loose-map' }
}
