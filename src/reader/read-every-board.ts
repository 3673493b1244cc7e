import type { BoardReading } from './board-reading'
import type { BoardSnapshot } from './board-snapshot'
import { findBoards } from './find-boards'
import { readBoard } from './read-board'
import { SnapshotIndex } from './snapshot-index'
import { WarningLog } from './warning-log'

/**
 * Every board in a snapshot, read one by one as `readBoard` reads a chosen board (generated boards
 * first, then boards made by hand, each group from left to right). A snapshot with no board gives
 * one reading that says so, as `readBoard` does.
 */
export function readEveryBoard(snapshot: BoardSnapshot): BoardReading[] {
  const boards = findBoards(new SnapshotIndex(snapshot, new WarningLog()))
  if (boards.length <= 1) return [readBoard(snapshot)]
  return boards.map((board) => readBoard(snapshot, { board: board.section?.id ?? board.members[0]?.id }))
}
