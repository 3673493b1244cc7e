import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { itemsInBoardOrder } from '../../src/formats/items-in-board-order'
import type { Item } from '../../src/model'
import { propertyRuns } from '../support/property-runs'

/** Stages and lanes by id, and items placed in them or in a stage or lane the journey lacks. */
const cells = fc
  .record({ stages: fc.integer({ min: 0, max: 5 }), lanes: fc.integer({ min: 0, max: 5 }) })
  .chain(({ stages, lanes }) =>
    fc.record({
      stages: fc.constant(Array.from({ length: stages }, (_, i) => ({ id: `s${i}` }))),
      lanes: fc.constant(Array.from({ length: lanes }, (_, i) => ({ id: `l${i}` }))),
      items: fc.array(fc.record({ stage: fc.integer({ min: 0, max: stages }), lane: fc.integer({ min: 0, max: lanes }) }), { maxLength: 40 })
    })
  )
  .map(({ stages, lanes, items }) => ({
    stages,
    lanes,
    // Index `stages.length` (or `lanes.length`) names a stage (lane) the journey does not have.
    items: items.map(({ stage, lane }, i) => ({ id: `i${i}`, stageId: `s${stage}`, laneId: `l${lane}` }) as Item)
  }))

describe('itemsInBoardOrder', () => {
  it('orders the items by stage, then lane, then as listed, an item of a missing stage or lane going with the first', () => {
    fc.assert(
      fc.property(cells, (journey) => {
        const indexOf = (ids: readonly { id: string }[], id: string): number => Math.max(0, ids.findIndex((entry) => entry.id === id))
        const expected = [...journey.items].sort(
          (a, b) => indexOf(journey.stages, a.stageId) - indexOf(journey.stages, b.stageId) || indexOf(journey.lanes, a.laneId) - indexOf(journey.lanes, b.laneId)
        )
        expect(itemsInBoardOrder(journey as Parameters<typeof itemsInBoardOrder>[0])).toEqual(expected)
      }),
      propertyRuns(300)
    )
  })

  it('leaves the journey’s own list as it was', () => {
    const items = [{ id: 'b', stageId: 's1', laneId: 'l0' }, { id: 'a', stageId: 's0', laneId: 'l0' }] as Item[]
    const journey = { stages: [{ id: 's0' }, { id: 's1' }], lanes: [{ id: 'l0' }], items } as Parameters<typeof itemsInBoardOrder>[0]
    expect(itemsInBoardOrder(journey).map((item) => item.id)).toEqual(['a', 'b'])
    expect(items.map((item) => item.id)).toEqual(['b', 'a'])
  })
})
