import { describe, expect, it } from 'vitest'

import { moveStickyAsync } from '../../../src/preview/edits/move-sticky-async'
import { drawAsync, itemSticky, readBothWaysAsync, stageSection, templateJourney } from '../../reader/generated-board'

describe('moveStickyAsync', () => {
  it('re-parents a sticky dropped over another stage, keeps it where it was dropped, and the reader sees the new stage', async () => {
    const journey = templateJourney('car-rental')
    const item = journey.items.find((candidate) => candidate.stageId === journey.stages[0]?.id)
    const target = journey.stages[2]
    if (item === undefined || target === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const sticky = itemSticky(api, item.id)
    const section = stageSection(api, target.id)
    const sectionBox = section.absoluteBoundingBox
    const stickyBox = sticky.absoluteBoundingBox
    if (sectionBox === null || stickyBox === null) throw new Error('no boxes')
    const drop = { x: sectionBox.x + sectionBox.width / 2 - sticky.width / 2, y: stickyBox.y, sectionId: section.id }

    await moveStickyAsync(api, sticky.id, drop)

    expect(sticky.parent?.id).toBe(section.id)
    // Section-relative numbers, as FigJam stores them...
    expect(sticky.x).toBeCloseTo(drop.x - sectionBox.x)
    expect(sticky.y).toBeCloseTo(drop.y - sectionBox.y)
    // ...which put it exactly where it was dropped on the page.
    expect(sticky.absoluteBoundingBox?.x).toBeCloseTo(drop.x)
    expect(sticky.absoluteBoundingBox?.y).toBeCloseTo(drop.y)
    const read = await readBothWaysAsync(emulator)
    expect(read.journey.items.find((candidate) => candidate.id === item.id)?.stageId).toBe(target.id)
  })

  it('moves a sticky within its section without re-parenting it, and onto the page when dropped outside every section', async () => {
    const journey = templateJourney('car-rental')
    const item = journey.items[0]
    if (item === undefined) throw new Error('fixture')
    const { api } = await drawAsync(journey)
    const sticky = itemSticky(api, item.id)
    const parent = sticky.parent as SectionNode
    const origin = parent.absoluteBoundingBox ?? { x: 0, y: 0 }
    const children = parent.children.length

    await moveStickyAsync(api, sticky.id, { x: origin.x + 30, y: origin.y + 40, sectionId: parent.id })
    expect(sticky.parent?.id).toBe(parent.id)
    expect(parent.children.length).toBe(children)
    expect([sticky.x, sticky.y]).toEqual([30, 40])

    await moveStickyAsync(api, sticky.id, { x: -5000, y: -700, sectionId: null })
    expect(sticky.parent?.id).toBe(api.currentPage.id)
    expect([sticky.x, sticky.y]).toEqual([-5000, -700])
  })

  it('fails with a sentence when the sticky is gone or the id is not a sticky', async () => {
    const journey = templateJourney('car-rental')
    const { api } = await drawAsync(journey)
    const sticky = itemSticky(api, journey.items[0]?.id ?? '')
    const id = sticky.id
    sticky.remove()
    await expect(moveStickyAsync(api, id, { x: 0, y: 0, sectionId: null })).rejects.toThrow(`node ${id} is no longer on the board`)
    const section = api.currentPage.findChild((node) => node.type === 'SECTION')
    await expect(moveStickyAsync(api, section?.id ?? '', { x: 0, y: 0, sectionId: null })).rejects.toThrow(/is a SECTION, not a STICKY or SHAPE_WITH_TEXT/)
  })
})
