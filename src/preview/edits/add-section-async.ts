import type { Box } from '../../render'
import { containerOrigin } from './container-origin'
import { findContainerAsync } from './find-container-async'

/** What FigJam names a section drawn with the section tool. */
export const NEW_SECTION_NAME = 'Section'
/** A click with the section tool, not a drag, draws one this size, as FigJam does. */
export const DEFAULT_SECTION_SIZE = { width: 640, height: 480 }
/** Below this, in page units, a drag counts as a click. */
const MIN_SECTION_SIDE = 16

/**
 * Adds a section as FigJam's section tool does: over the box dragged (or at the default size from
 * the point clicked), inside the section it starts in, else on the page. The reader takes a section
 * added in a board's row of stages as a new stage.
 * @returns the new section's id.
 */
export async function addSectionAsync(api: PluginAPI, box: Box, parentId: string | null): Promise<string> {
  const clicked = box.width < MIN_SECTION_SIDE || box.height < MIN_SECTION_SIDE
  const container = await findContainerAsync(api, parentId)
  const section = api.createSection()
  try {
    container.appendChild(section)
    section.name = NEW_SECTION_NAME
    const origin = containerOrigin(container)
    section.x = box.x - origin.x
    section.y = box.y - origin.y
    section.resizeWithoutConstraints(clicked ? DEFAULT_SECTION_SIZE.width : box.width, clicked ? DEFAULT_SECTION_SIZE.height : box.height)
  } catch (error) {
    section.remove()
    throw error
  }
  return section.id
}
