import type { ActivityType, Item, StickyColor } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { stickyColorOf } from './sticky-color-of'

/**
 * One activity type per distinct sticky colour, in the order the items first use them, as a
 * workshop swimlane board colours its stickies by what the activity is; each item gets the type of
 * its sticky's colour (changed in place). Named after the colour: the board does not say more.
 */
export function activityTypesByColour(placed: readonly { item: Item; node: SnapshotNode }[]): ActivityType[] {
  const types: ActivityType[] = []
  const byColour = new Map<StickyColor, string>()
  for (const { item, node } of placed) {
    if (node.fill === undefined) continue
    const colour = stickyColorOf(node.fill)
    let id = byColour.get(colour)
    if (id === undefined) {
      id = colour
      byColour.set(colour, id)
      types.push({ id, name: `${colour.charAt(0).toUpperCase()}${colour.slice(1)} stickies`, color: colour })
    }
    item.activityTypeId = id
  }
  return types
}
