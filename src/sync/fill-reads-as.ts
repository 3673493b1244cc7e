import { itemStickyColor, laneStickyColor, STICKY_COLORS } from '../layout'
import type { Item, Journey } from '../model'
import { stickyColorOf } from '../reader/sticky-color-of'

/**
 * Whether a sticky in this fill still reads as the item (the same activity type), as the reader
 * tells types by colour: then a colour people chose can stay. A board without activity types
 * ignores colours altogether.
 */
export function fillReadsAs(fill: string | undefined, item: Item, journey: Journey): boolean {
  const lane = journey.lanes.find((l) => l.id === item.laneId)
  if (fill === undefined || lane === undefined || journey.activityTypes.length === 0) return true
  if (fill === STICKY_COLORS[itemStickyColor(item, lane, journey.activityTypes)]) return true
  const colour = stickyColorOf(fill)
  const activity = journey.activityTypes.find((a) => a.color === colour)
  if (activity !== undefined) return activity.id === item.activityTypeId
  if (colour === laneStickyColor(lane)) return item.activityTypeId === undefined
  return true
}
