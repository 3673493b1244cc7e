import { decodeBoardJourney } from '../plugin-data/board-tags'
import { formatProblems } from '../model'
import type { BoardReading, ReadBoardOptions } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { describeNode } from './describe-node'
import { finalizeJourney } from './finalize-journey'
import { type BoardCandidate, findBoards } from './find-boards'
import { readGeneratedBoard } from './read-generated-board'
import { readHandMadeBoard } from './read-hand-made-board'
import { readHandMadeMap } from './read-hand-made-map'
import { SnapshotIndex } from './snapshot-index'
import { WarningLog } from './warning-log'

/**
 * Reads a board back into a journey. A generated board starts from the journey stored on it and
 * takes in what people changed on the board since; a board made by hand is read from its sections,
 * labels, stickies and connectors. Never throws on what a board holds and never changes it: what
 * it cannot place comes back as a warning naming the node, and the journey always passes
 * validateJourney. With several boards, reads `options.board` or else the first from the left.
 */
export function readBoard(snapshot: BoardSnapshot, options: ReadBoardOptions = {}): BoardReading {
  const log = new WarningLog()
  const index = new SnapshotIndex(snapshot, log)
  const boards = findBoards(index)
  const board = chooseBoard(boards, options.board, log)
  warnStickiesOffEveryBoard(index, boards, log)
  if (board === undefined) {
    log.add(null, 'no board found: there is no section and no sticky to read')
    const { journey } = readHandMadeBoard(index, log, { section: null, members: [] })
    return { journey: finalizeJourney(journey, log, null), warnings: log.list(), boardId: null, origin: 'hand-made' }
  }

  const boardId = board.section?.id ?? null
  if (board.origin === 'generated' && board.section !== null) {
    const stored = decodeBoardJourney(board.section.data)
    if (stored.ok) {
      const journey = readGeneratedBoard(index, log, { section: board.section, members: board.members, stored: stored.value, ...(options.onBind === undefined ? {} : { bind: options.onBind }) })
      return { journey: finalizeJourney(journey, log, boardId), warnings: log.list(), boardId, origin: 'generated' }
    }
    log.add(boardId, `the journey stored on the board could not be read (${formatProblems(stored.problems).replace(/\n/g, '; ')}): read from what the board shows`)
  }
  const journey = readHandMadeMap(index, log, { section: board.section, members: board.members })
  return { journey: finalizeJourney(journey, log, boardId), warnings: log.list(), boardId, origin: 'hand-made' }
}

/**
 * Stickies on the page that belong to no board (dragged off one, or dropped far from every map)
 * are not read, and each is named, so nothing people wrote disappears without a word.
 */
function warnStickiesOffEveryBoard(index: SnapshotIndex, boards: readonly BoardCandidate[], log: WarningLog): void {
  const onBoards = new Set<string>()
  for (const board of boards) for (const node of board.members) onBoards.add(node.id)
  for (const node of index.all()) {
    if (node.type !== 'STICKY' || onBoards.has(node.id)) continue
    log.notRead(node.id, `${describeNode(node)} lies on the page outside every board: not read (move it onto the board to read it)`)
  }
}

function chooseBoard(boards: readonly BoardCandidate[], wanted: string | undefined, log: WarningLog): BoardCandidate | undefined {
  if (wanted !== undefined) {
    const chosen =
      boards.find((b) => b.section?.id === wanted) ??
      boards.find((b) => b.section?.name === wanted) ??
      boards.find((b) => b.members.some((m) => m.id === wanted))
    if (chosen !== undefined) return chosen
    log.add(null, `no board is named "${wanted}" or holds a node with that id: read the first board instead`)
  }
  const first = boards[0]
  if (first !== undefined && boards.length > 1) {
    const what = first.section === null ? describeLooseMap(first) : describeNode(first.section)
    // How to pick another differs: the panel reads the selection, the command line takes a name.
    log.add(first.section?.id ?? null, `${boards.length} boards found: read ${what}, the first from the left`, 'several-boards')
  }
  return first
}

/** A map straight on the page, as a warning names it: by its stage sections, else as the map it is. */
function describeLooseMap(board: BoardCandidate): string {
  return board.members.some((m) => m.type === 'SECTION' && m.parentId === null) ? 'the stage sections on the page' : 'the map on the page'
}
