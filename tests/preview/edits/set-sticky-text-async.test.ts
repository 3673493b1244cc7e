import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { setStickyTextAsync } from '../../../src/preview/edits/set-sticky-text-async'
import { drawAsync, itemSticky, readBothWaysAsync, templateJourney } from '../../reader/generated-board'

describe('setStickyTextAsync', () => {
  it('loads the sticky font before writing, as FigJam requires, and the reader sees the new text', async () => {
    const journey = templateJourney('ikea')
    const item = journey.items[3]
    if (item === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, item.id)
    emulator.resetCounters()

    await setStickyTextAsync(emulator.api, sticky.id, 'Changed in the preview\nover two lines')

    expect(emulator.fontLoads).toEqual([sticky.text.fontName])
    expect(sticky.text.characters).toBe('Changed in the preview\nover two lines')
    const read = await readBothWaysAsync(emulator)
    expect(read.journey.items.find((candidate) => candidate.id === item.id)?.text).toBe('Changed in the preview\nover two lines')
  })

  it('writes a fresh sticky in the default font, which the emulator would refuse unloaded', async () => {
    const emulator = createFigJamEmulator()
    const sticky = emulator.api.createSticky()
    expect(() => (sticky.text.characters = 'unloaded')).toThrow()
    await setStickyTextAsync(emulator.api, sticky.id, 'loaded first')
    expect(sticky.text.characters).toBe('loaded first')
  })
})
