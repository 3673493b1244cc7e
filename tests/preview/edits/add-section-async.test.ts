import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { addSectionAsync, DEFAULT_SECTION_SIZE, NEW_SECTION_NAME } from '../../../src/preview/edits/add-section-async'

describe('addSectionAsync', () => {
  it('draws a section over the box dragged, inside the section it starts in, at page coordinates', async () => {
    const { api } = createFigJamEmulator()
    const outer = api.createSection()
    outer.x = 100
    outer.y = 50
    outer.resizeWithoutConstraints(2000, 1000)
    const id = await addSectionAsync(api, { x: 300, y: 150, width: 400, height: 300 }, outer.id)
    const section = (await api.getNodeByIdAsync(id)) as SectionNode
    expect(section.parent?.id).toBe(outer.id)
    expect(section.name).toBe(NEW_SECTION_NAME)
    expect(section.absoluteBoundingBox).toEqual({ x: 300, y: 150, width: 400, height: 300 })
  })

  it('draws one of the default size from a click, on the page when it starts on no section', async () => {
    const { api } = createFigJamEmulator()
    const id = await addSectionAsync(api, { x: -40, y: 20, width: 2, height: 3 }, null)
    const section = (await api.getNodeByIdAsync(id)) as SectionNode
    expect(section.parent?.id).toBe(api.currentPage.id)
    expect([section.x, section.y, section.width, section.height]).toEqual([-40, 20, DEFAULT_SECTION_SIZE.width, DEFAULT_SECTION_SIZE.height])
  })
})
