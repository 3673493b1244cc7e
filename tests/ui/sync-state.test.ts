import { describe, expect, it } from 'vitest'

import { diffJourneys } from '../../src/sync'
import { openConflicts, type SyncState, syncStateReducer } from '../../ui/state/sync-state'
import { templateJourney, withItem } from '../reader/generated-board'

const base = templateJourney('moving-house')
const first = base.items[0]!
const board = withItem(base, first.id, (item) => ({ ...item, text: 'Board text' }))
const data = withItem(base, first.id, (item) => ({ ...item, text: 'Data text' }))
const changeSet = diffJourneys(board, data, base)

function reviewing(): SyncState {
  const comparing = syncStateReducer({ status: 'idle' }, { type: 'compare', requestId: 'c1', journey: data })
  return syncStateReducer(comparing, {
    type: 'message',
    message: { type: 'sync-preview-result', requestId: 'c1', boardId: '1:2', boardName: 'Moving', changeSet, warnings: [] }
  })
}

describe('syncStateReducer', () => {
  it('takes the answer to its own request, with the journey it sent, and ignores answers to others', () => {
    const comparing = syncStateReducer({ status: 'idle' }, { type: 'compare', requestId: 'c1', journey: data })
    const stale = syncStateReducer(comparing, {
      type: 'message',
      message: { type: 'sync-preview-result', requestId: 'old', boardId: '9:9', boardName: 'Other', changeSet, warnings: [] }
    })
    expect(stale).toBe(comparing)
    const state = reviewing()
    expect(state.status === 'review' ? [state.review.boardId, state.review.journey] : undefined).toEqual(['1:2', data])
  })

  it('will not apply while a conflict has no choice, nor close while the board is being written', () => {
    const state = reviewing()
    if (state.status !== 'review') throw new Error('not reviewing')
    expect(openConflicts(state.review)).toEqual([`item:${first.id}`])
    expect(syncStateReducer(state, { type: 'apply', requestId: 'a1' })).toBe(state)
    const chosen = syncStateReducer(state, { type: 'resolve', id: `item:${first.id}`, resolution: 'keep-both' })
    const applying = syncStateReducer(chosen, { type: 'apply', requestId: 'a1' })
    expect(applying.status).toBe('applying')
    expect(syncStateReducer(applying, { type: 'close' })).toBe(applying)
    const undone = syncStateReducer(chosen, { type: 'resolve', id: `item:${first.id}`, resolution: undefined })
    expect(undone.status === 'review' ? openConflicts(undone.review) : undefined).toHaveLength(1)
  })

  it('sets every conflict with All, only to a choice that conflict offers', () => {
    // The stages reordered differently on both sides: an order conflict, which cannot keep both.
    const reordered = diffJourneys({ ...board, stages: [...board.stages].reverse() }, { ...data, stages: [...data.stages.slice(1), data.stages[0]!] }, base)
    expect(reordered.conflicts.map((conflict) => conflict.id).sort()).toEqual([`item:${first.id}`, 'order:stages'])
    let state = syncStateReducer({ status: 'idle' }, { type: 'compare', requestId: 'c2', journey: data })
    state = syncStateReducer(state, { type: 'message', message: { type: 'sync-preview-result', requestId: 'c2', boardId: '1:2', boardName: 'Moving', changeSet: reordered, warnings: [] } })
    const both = syncStateReducer(state, { type: 'resolve-all', resolution: 'keep-both' })
    expect(both.status === 'review' ? both.review.resolutions : undefined).toEqual({ [`item:${first.id}`]: 'keep-both' })
    const boardSide = syncStateReducer(both, { type: 'resolve-all', resolution: 'board' })
    expect(boardSide.status === 'review' ? openConflicts(boardSide.review) : undefined).toEqual([])
  })
})
