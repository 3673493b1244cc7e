import type { BoardCandidate } from './find-boards'
import { IdTable } from './id-table'

/**
 * The one rule for the board someone asks for by a word (the panel's selection, the command line's
 * `--board`, an update's board): the first board with a section of that id, else the first with a
 * section of that name, else the first holding a node of that id. Reading, reading every board and
 * updating all choose by it. Returns the finder; its tables are made once, so a page of thousands
 * of boards (5,000 separate stickies) is not searched board by board for each of them.
 */
export function wantedBoards<Board extends BoardCandidate>(boards: readonly Board[]): (wanted: string) => Board | undefined {
  const bySectionId = new Map<string, Board>()
  const bySectionName = new Map<string, Board>()
  for (const board of boards) {
    if (board.section === null) continue
    if (!bySectionId.has(board.section.id)) bySectionId.set(board.section.id, board)
    if (!bySectionName.has(board.section.name)) bySectionName.set(board.section.name, board)
  }
  // Made when a word is neither a section's id nor its name: most questions never need it.
  let byMember: IdTable<Board> | undefined
  const memberTable = (): IdTable<Board> => {
    const table = new IdTable<Board>(boards.reduce((count, board) => count + board.members.length, 0))
    for (const board of boards) for (const member of board.members) if (!table.has(member.id)) table.set(member.id, board)
    return table
  }
  return (wanted) => bySectionId.get(wanted) ?? bySectionName.get(wanted) ?? (byMember ??= memberTable()).get(wanted)
}
