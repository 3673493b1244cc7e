import type { BoardReading } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { findBoards } from './find-boards'
import { placedSnapshot } from './placed-snapshot'
import { readFoundBoard } from './read-found-board'
import { SnapshotIndex } from './snapshot-index'
import { wantedBoards } from './wanted-boards'
import { warnStickiesOffEveryBoard } from './warn-stickies-off-every-board'
import { WarningLog } from './warning-log'

/**
 * Every board in a snapshot, each read as `readBoard` reads it when asked for by its section's id,
 * else by its first node's id (generated boards first, then boards made by hand, each group from
 * left to right). A snapshot with no board gives one reading that says so, as `readBoard` does.
 *
 * The page is indexed and its boards found once for all of them, not once per board: a page of
 * 5,000 separate stickies holds 5,000 boards. What reading one board on its own says of the page
 * (nodes it cannot place, repeated ids, parent loops, tags that do not decode, stickies off every
 * board) is said once and starts every reading's warnings, as it would.
 */
export function readEveryBoard(snapshot: BoardSnapshot): BoardReading[] {
  const page = new WarningLog()
  const index = new SnapshotIndex(placedSnapshot(snapshot, page), page)
  const boards = findBoards(index)
  warnStickiesOffEveryBoard(index, boards, page)
  if (boards.length <= 1) return [readFoundBoard(index, page, boards[0])]
  // The board readBoard picks when asked for this board's section id, else its first node's id:
  // usually the board itself, not always (a section may be named after a node's id, a sticky left
  // over a board section is a member of both).
  const wanted = wantedBoards(boards)
  return boards.map((board) => {
    const log = new WarningLog()
    log.addAll(page)
    index.reportTo(log)
    const word = board.section?.id ?? board.members[0]?.id
    return readFoundBoard(index, log, (word === undefined ? undefined : wanted(word)) ?? board)
  })
}
