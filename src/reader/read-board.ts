import { decodeStoredJourney } from '../plugin-data/board-tags'
import type { BoardReading, ReadBoardOptions } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { finalizeJourney } from './finalize-journey'
import { type BoardCandidate, findBoards } from './find-boards'
import { readGeneratedBoard } from './read-generated-board'
import { readHandMadeBoard } from './read-hand-made-board'
import { readHandMadeMap } from './read-hand-made-map'
import { SnapshotIndex } from './snapshot-index'
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
  const index = new SnapshotIndex(snapshot, log)
  const boards = findBoards(index)
  const board = chooseBoard(boards, options.board, log)
  warnStickiesOffEveryBoard(index, boards, log)
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

/**
 * Stickies on the page that belong to no board (dragged off one, or dropped far from every map)
 * are not read, and each is named, so nothing people wrote disappears without a word.
 */
function warnStickiesOffEveryBoard(index: SnapshotIndex, boards: readonly BoardCandidate[], log: WarningLog): void {
  const all = index.all()
  // Marks by place rather than a set of ids: a page of 5,000 boards of one sticky each would make a set V8 keeps as a large object.
  const onBoard = new Uint8Array(all.length)
  // Indexed loops: a page of 5,000 boards of one sticky each would make an iterator result per board and per member where the loop is not optimised.
  for (let b = 0; b < boards.length; b += 1) {
    const members = boards[b]!.members
    for (let m = 0; m < members.length; m += 1) {
      const place = index.placeOf(members[m]!)
      if (place !== undefined) onBoard[place] = 1
    }
  }
  for (let place = 0; place < all.length; place += 1) {
    const node = all[place]!
    if (node.type === 'STICKY' && onBoard[place] === 0) log.notRead(node.id, 'off-board', { node })
  }
}

function chooseBoard(boards: readonly BoardCandidate[], wanted: string | undefined, log: WarningLog): BoardCandidate | undefined {
  if (wanted !== undefined) {
    const chosen =
      boards.find((b) => b.section?.id === wanted) ??
      boards.find((b) => b.section?.name === wanted) ??
      boards.find((b) => b.members.some((m) => m.id === wanted))
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
