import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { changedSinceReading } from '../../src/plugin-api/check-unchanged'
import type { LiveNode } from '../../src/plugin-api/live-board'

/** A node as a reading left it, whose box now reads as `box` does. */
function liveNode(id: string, removed: boolean, box: () => Rect | null): LiveNode {
  const handle = {
    get removed() {
      return removed
    },
    get absoluteBoundingBox() {
      return box()
    }
  }
  return { handle, snap: { id, box: { x: 0, y: 0, width: 10, height: 10 } }, raw: {} } as unknown as LiveNode
}

describe('changedSinceReading', () => {
  it('says a node the apply would move was deleted since, when reading it throws because FigJam removed it', () => {
    const gone = liveNode('1:7', true, () => {
      throw new Error('The node with id "1:7" does not exist')
    })
    expect(changedSinceReading({ bound: [], moved: [gone], removed: [] })).toEqual({ change: 'deleted', node: '1:7' })
  })

  it('lets any other error go on to the caller rather than call it a deleted node', () => {
    const failing = liveNode('1:8', false, () => {
      throw new Error('the host stopped answering')
    })
    expect(() => changedSinceReading({ bound: [], moved: [failing], removed: [] })).toThrow('the host stopped answering')
  })

  it('says a node moved since when its box differs from the reading', () => {
    const moved = liveNode('1:9', false, () => ({ x: 5, y: 0, width: 10, height: 10 }))
    expect(changedSinceReading({ bound: [], moved: [moved], removed: [] })).toEqual({ change: 'moved', node: '1:9' })
  })

  it('says a sticky deleted since was deleted, on the emulator, which throws on reading a removed node as FigJam does', () => {
    const emulator = createFigJamEmulator()
    const sticky = emulator.api.createSticky()
    sticky.remove()
    const live = { handle: sticky, snap: { id: sticky.id, box: { x: 0, y: 0, width: 240, height: 240 } }, raw: {} } as unknown as LiveNode
    expect(changedSinceReading({ bound: [], moved: [live], removed: [] })).toEqual({ change: 'deleted', node: sticky.id })
  })
})
