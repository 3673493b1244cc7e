import { itemStickyColor, STICKY_COLORS } from '../layout'
import type { Item, Journey } from '../model'

/**
 * Whether a sticky's fill is a colour people chose rather than the one the plugin drew for the item
 * as the board shows it. Only a chosen colour may outlive an update: a sticky still in its lane's
 * colour follows the item into another lane's colour.
 * @param boardItem the item as read from the board (undefined for a sticky the board does not list)
 */
export function recolouredByPeople(fill: string, boardItem: Item | undefined, board: Journey): boolean {
  const lane = boardItem === undefined ? undefined : board.lanes.find((l) => l.id === boardItem.laneId)
  if (boardItem === undefined || lane === undefined) return true
  return fill !== STICKY_COLORS[itemStickyColor(boardItem, lane, board.activityTypes)]
}
