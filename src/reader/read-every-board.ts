import type { BoardReading } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { type BoardCandidate, findBoards } from './find-boards'
import { IdTable } from './id-table'
import { placedSnapshot } from './placed-snapshot'
import { readFoundBoard } from './read-found-board'
import { SnapshotIndex } from './snapshot-index'
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
  const chosen = boardChooser(boards)
  return boards.map((board) => {
    const log = new WarningLog()
    log.addAll(page)
    index.reportTo(log)
    return readFoundBoard(index, log, chosen(board))
  })
}

/**
 * The board `readBoard` picks when asked for this board's section id, or else its first node's id:
 * the first board with a section of that id, else the first with a section of that name, else the
 * first holding a node of that id. Usually the board itself; not always (a section may be named
 * after a node's id, a sticky left over a board section is a member of both). Kept in tables made
 * once, rather than searching every board for each.
 */
function boardChooser(boards: readonly BoardCandidate[]): (board: BoardCandidate) => BoardCandidate {
  const bySectionId = new Map<string, BoardCandidate>()
  const bySectionName = new Map<string, BoardCandidate>()
  let byMember: IdTable<BoardCandidate> | undefined
  for (let b = 0; b < boards.length; b += 1) {
    const section = boards[b]!.section
    if (section === null) continue
    if (!bySectionId.has(section.id)) bySectionId.set(section.id, boards[b]!)
    if (!bySectionName.has(section.name)) bySectionName.set(section.name, boards[b]!)
  }
  const memberTable = (): IdTable<BoardCandidate> => {
    const table = new IdTable<BoardCandidate>(boards.reduce((count, board) => count + board.members.length, 0))
    for (let b = 0; b < boards.length; b += 1) {
      const members = boards[b]!.members
      for (let m = 0; m < members.length; m += 1) if (!table.has(members[m]!.id)) table.set(members[m]!.id, boards[b]!)
    }
    return table
  }
  return (board) => {
    const wanted = board.section?.id ?? board.members[0]?.id
    if (wanted === undefined) return board
    return bySectionId.get(wanted) ?? bySectionName.get(wanted) ?? (byMember ??= memberTable()).get(wanted) ?? board
  }
}
