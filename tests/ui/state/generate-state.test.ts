import { describe, expect, it } from 'vitest'

import { type GenerateState, generateStateReducer } from '../../../ui/state/generate-state'

describe('generateStateReducer reset', () => {
  it('keeps the very same state when there is nothing to reset, so resetting re-renders nothing', () => {
    const idle: GenerateState = { status: 'idle' }
    expect(generateStateReducer(idle, { type: 'reset' })).toBe(idle)
    const running: GenerateState = { status: 'running', requestId: 'g1', done: 1, total: 4 }
    expect(generateStateReducer(running, { type: 'reset' })).toBe(running)
  })

  it('clears a result or a failure', () => {
    const done: GenerateState = { status: 'done', summary: { boardId: 'b', title: 'T', contents: { stages: 1, lanes: 1, stickies: 2, links: 0, emotionPoints: 0 }, fonts: [], warnings: [] } }
    expect(generateStateReducer(done, { type: 'reset' })).toEqual({ status: 'idle' })
    const failed: GenerateState = { status: 'failed', message: 'no', problems: [] }
    expect(generateStateReducer(failed, { type: 'reset' })).toEqual({ status: 'idle' })
  })
})
