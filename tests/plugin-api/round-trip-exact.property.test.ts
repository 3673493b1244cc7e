import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { journeyFromJson, journeyToJson } from '../../src/formats'
import { parseJourneyFile } from '../../src/model'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import { journeyArbitrary, journeyInputArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'
import { drawAsync } from '../reader/generated-board'

/**
 * Random valid journeys (names padded with white space, many scripts, extension fields on every
 * object) come back exactly as validation gave them: through the board, read live and through
 * REST, and through the JSON file. `JOURNEYBOARD_PROPERTY_RUNS=1000` makes this the nightly run.
 */
describe('exact round trips of random journeys', () => {
  it('through the board, live and through REST, extension fields included', async () => {
    await fc.assert(
      fc.asyncProperty(journeyArbitrary({ extensions: true }), async (journey) => {
        const emulator = await drawAsync(journey)
        const live = await readBoardAsync(emulator.api, 'page')
        if (!live.ok) throw new Error(JSON.stringify(live.problems))
        expect(live.value.journey).toEqual(journey)
        expect(live.value.warnings).toEqual([])
        const snapshot = snapshotFromRestFile(JSON.parse(JSON.stringify(emulator.toRestFile())))
        if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
        expect(readBoard(snapshot.value).journey).toEqual(journey)
      }),
      propertyRuns(25)
    )
  })

  it('through the JSON file, which validation normalises once and then keeps', () => {
    fc.assert(
      fc.property(journeyInputArbitrary({ extensions: true }), (input) => {
        const once = parseJourneyFile({ format: 'journeyboard', version: 2, journey: input })
        if (!once.ok) throw new Error(JSON.stringify(once.problems))
        const again = journeyFromJson(journeyToJson(once.value))
        expect(again).toEqual({ ok: true, value: once.value })
      }),
      propertyRuns(200)
    )
  })
})
