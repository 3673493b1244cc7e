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

describe('readSyncState on a page with a node that has no place', () => {
  async function drawnSnapshotAsync() {
    const emulator = await drawAsync(templateJourney('workshop-swimlane'))
    const snapshot = await snapshotBoardAsync(emulator.api, 'page')
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    return snapshot.value
  }

  it('finds no board to update when the board section itself has no place, as the reader finds none', async () => {
    const snapshot = await drawnSnapshotAsync()
    const nodes = snapshot.nodes.map((node) => (node.type === 'SECTION' && node.parentId === null ? { ...node, box: { ...node.box, x: Number.NaN } } : node))

    const state = readSyncState({ nodes })

    expect(state.ok).toBe(false)
    expect(!state.ok && state.problems.map((found) => found.code)).toEqual(['no-board'])
  })

  it('takes a sticky with no place neither as the board’s nor as drawn by hand, and the reading names it', async () => {
    const snapshot = await drawnSnapshotAsync()
    const sticky = snapshot.nodes.find((node) => node.type === 'STICKY')
    if (sticky === undefined) throw new Error('no sticky')
    const handDrawn = { ...sticky, id: 'hand:1', data: {}, box: { ...sticky.box, x: Number.POSITIVE_INFINITY } }

    const state = readSyncState({ nodes: [...snapshot.nodes, handDrawn] })

    if (!state.ok) throw new Error(JSON.stringify(state.problems))
    expect(state.value.handMade.map((node) => node.id)).not.toContain('hand:1')
    expect(state.value.index.get('hand:1')).toBeUndefined()
    expect(state.value.reading.warnings.filter((warning) => warning.code === 'unplaceable-box').map((warning) => warning.nodeId)).toEqual(['hand:1'])
  })
})
