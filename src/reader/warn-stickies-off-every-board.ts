import type { BoardCandidate } from './find-boards'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

/**
 * Stickies on the page that belong to no board (dragged off one, or dropped far from every map)
 * are not read, and each is named, so nothing people wrote disappears without a word.
 */
export function warnStickiesOffEveryBoard(index: SnapshotIndex, boards: readonly BoardCandidate[], log: WarningLog): void {
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
