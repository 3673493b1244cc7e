import { describe, expect, it } from 'vitest'

import { deleteNodesAsync } from '../../../src/preview/edits/delete-nodes-async'
import { drawAsync, itemSticky, readBothWaysAsync, templateJourney } from '../../reader/generated-board'

describe('deleteNodesAsync', () => {
  it('removes the stickies, skips ids already gone, and the reader no longer sees those items', async () => {
    const journey = templateJourney('moving-house')
    const [first, second] = journey.items
    if (first === undefined || second === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const ids = [itemSticky(emulator.api, first.id).id, itemSticky(emulator.api, second.id).id]

    await deleteNodesAsync(emulator.api, [...ids, ids[0] ?? '', '9:999'])

    for (const id of ids) expect(await emulator.api.getNodeByIdAsync(id)).toBeNull()
    const read = await readBothWaysAsync(emulator)
    const left = new Set(read.journey.items.map((item) => item.id))
    expect(left.has(first.id) || left.has(second.id)).toBe(false)
    expect(read.journey.items).toHaveLength(journey.items.length - 2)
  })
})
