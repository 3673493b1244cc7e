import { afterEach, describe, expect, it, vi } from 'vitest'

import { snapshotBoardAsync } from '../../src/plugin-api/read-live-board'
import { readSyncState } from '../../src/sync/read-sync-state'
import { drawAsync, templateJourney } from '../reader/generated-board'

describe('readSyncState', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  it('should parse what the board section stores once, and hand the reader what it parsed', async () => {
    const journey = templateJourney('workshop-swimlane')
    const emulator = await drawAsync(journey)
    const snapshot = await snapshotBoardAsync(emulator.api, 'page')
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const parse = vi.spyOn(JSON, 'parse')

    const state = readSyncState(snapshot.value)

    expect(state.ok && state.value.stored).toEqual(journey)
    // The stored JSON starts with the journey; node tags are parsed too, but they are small objects of their own.
    expect(parse.mock.calls.filter(([text]) => typeof text === 'string' && text.startsWith('{"journey"'))).toHaveLength(1)
  })
})
