import { describe, expect, it } from 'vitest'

import { stageItems } from '../../src/templates/stage-items'

describe('stageItems', () => {
  it('numbers stickies per lane, in lane order, with readable ids', () => {
    const items = stageItems('plan', { thoughts: 'thought', emotion: 'emotion' }, {
      emotion: [{ text: 'Happy', score: 1 }],
      thoughts: ['Where to?', 'By car?']
    })
    expect(items).toEqual([
      { id: 'plan-thought-1', stageId: 'plan', laneId: 'thoughts', text: 'Where to?' },
      { id: 'plan-thought-2', stageId: 'plan', laneId: 'thoughts', text: 'By car?' },
      { id: 'plan-emotion-1', stageId: 'plan', laneId: 'emotion', text: 'Happy', score: 1 }
    ])
  })

  it('keeps texts that are not strings (one per locale) as they are', () => {
    const text = { en: 'Where to?', da: 'Hvor skal vi hen?' }
    expect(stageItems('plan', { thoughts: 'thought' }, { thoughts: [text] })[0]?.text).toBe(text)
  })
})
