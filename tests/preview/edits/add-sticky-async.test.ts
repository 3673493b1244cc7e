import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { addStickyAsync } from '../../../src/preview/edits/add-sticky-async'
import { setStickyTextAsync } from '../../../src/preview/edits/set-sticky-text-async'
import { drawAsync, readBothWaysAsync, stageSection, templateJourney } from '../../reader/generated-board'

describe('addStickyAsync', () => {
  it('adds a sticky centred on the click, inside the section under it, which reads back as a new item of that stage', async () => {
    const journey = templateJourney('car-rental')
    const stage = journey.stages[1]
    if (stage === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const section = stageSection(emulator.api, stage.id)
    const box = section.absoluteBoundingBox
    if (box === null) throw new Error('no box')
    const at = { x: box.x + box.width / 2, y: box.y + box.height / 2 }

    const id = await addStickyAsync(emulator.api, at, section.id)
    const sticky = (await emulator.api.getNodeByIdAsync(id)) as StickyNode
    expect(sticky.type).toBe('STICKY')
    expect(sticky.parent?.id).toBe(section.id)
    const added = sticky.absoluteBoundingBox
    expect((added?.x ?? 0) + (added?.width ?? 0) / 2).toBeCloseTo(at.x)
    expect((added?.y ?? 0) + (added?.height ?? 0) / 2).toBeCloseTo(at.y)

    await setStickyTextAsync(emulator.api, id, 'An idea from the workshop')
    const read = await readBothWaysAsync(emulator)
    const item = read.journey.items.find((candidate) => candidate.text === 'An idea from the workshop')
    expect(item?.stageId).toBe(stage.id)
    expect(read.journey.items).toHaveLength(journey.items.length + 1)
  })

  it('adds a sticky on the page when the click is outside every section', async () => {
    const { api } = createFigJamEmulator()
    const id = await addStickyAsync(api, { x: 100, y: 200 }, null)
    const sticky = (await api.getNodeByIdAsync(id)) as StickyNode
    expect(sticky.parent?.id).toBe(api.currentPage.id)
    expect([sticky.x + sticky.width / 2, sticky.y + sticky.height / 2]).toEqual([100, 200])
  })
})
