import type { Point } from '../../render'
import { containerOrigin } from './container-origin'
import { findContainerAsync } from './find-container-async'

/**
 * Adds an empty sticky centred on `at` (page coordinates) in the section under it, or on the page,
 * as FigJam's sticky tool does.
 * @returns the new sticky's id.
 */
export async function addStickyAsync(api: PluginAPI, at: Point, sectionId: string | null): Promise<string> {
  const container = await findContainerAsync(api, sectionId)
  const sticky = api.createSticky()
  try {
    // FigJam refuses to move a node whose text is in a font not loaded, even empty text (Figma's
    // plugin guide, gotchas.md: appendChild needs the node's fonts).
    const font = sticky.text.fontName
    if (typeof font !== 'symbol') await api.loadFontAsync(font)
    container.appendChild(sticky)
    const origin = containerOrigin(container)
    sticky.x = at.x - sticky.width / 2 - origin.x
    sticky.y = at.y - sticky.height / 2 - origin.y
  } catch (error) {
    sticky.remove()
    throw error
  }
  return sticky.id
}
