import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { readBothWaysAsync, templateJourney } from '../reader/generated-board'
import { boardOf, noYield } from '../sync/sync-board-helpers'

const ENVELOPE = { $schema: 'https://example.org/journeyboard/journey.schema.json', 'x-study': { wave: 2, sites: ['Aarhus', 'Lyon'] } }

describe('the file envelope a board keeps', () => {
  it('is stored with the journey, read back, kept by an update that brings none and replaced by one that brings its own', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('car-rental')
    await generateBoardAsync(emulator.api, journey, { ...noYield, envelope: ENVELOPE })
    expect((await readBothWaysAsync(emulator)).envelope).toEqual(ENVELOPE)

    const retitled = { ...journey, title: 'Renting a car, again' }
    const kept = await syncBoardAsync(emulator.api, boardOf(emulator).id, retitled, {}, noYield)
    expect(kept.ok).toBe(true)
    expect((await readBothWaysAsync(emulator)).envelope).toEqual(ENVELOPE)

    const next = { $schema: 'https://example.org/journeyboard/v3.json' }
    const replaced = await syncBoardAsync(emulator.api, boardOf(emulator).id, retitled, {}, { ...noYield, envelope: next })
    expect(replaced.ok).toBe(true)
    expect((await readBothWaysAsync(emulator)).envelope).toEqual(next)
  })

  it('is absent from a board drawn from a journey without one', async () => {
    const emulator = createFigJamEmulator()
    await generateBoardAsync(emulator.api, templateJourney('blank'), noYield)
    expect((await readBothWaysAsync(emulator)).envelope).toBeUndefined()
  })
})
