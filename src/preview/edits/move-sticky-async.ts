import { containerOrigin } from './container-origin'
import { findContainerAsync } from './find-container-async'
import { findSceneNodeAsync } from './find-scene-node-async'

/** Where a dragged sticky lands: its new top-left in page coordinates and the section under the drop (null: the page). */
export interface StickyDrop {
  x: number
  y: number
  sectionId: string | null
}

/**
 * Moves a sticky (or a shape, such as an emotion point) as a drag in FigJam does: dropped over
 * another section, it becomes that section's child. appendChild keeps the numbers in x/y, so the
 * node is positioned after it is re-parented, relative to its new section.
 */
export async function moveStickyAsync(api: PluginAPI, stickyId: string, drop: StickyDrop): Promise<void> {
  const sticky = await findSceneNodeAsync(api, stickyId, ['STICKY', 'SHAPE_WITH_TEXT'])
  const container = await findContainerAsync(api, drop.sectionId)
  if (sticky.parent?.id !== container.id) container.appendChild(sticky)
  const origin = containerOrigin(container)
  sticky.x = drop.x - origin.x
  sticky.y = drop.y - origin.y
}
