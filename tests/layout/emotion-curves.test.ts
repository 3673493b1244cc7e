import { describe, expect, it } from 'vitest'

import { emotionCurves, emotionSign, formatScore, orderLanes } from '../../src/layout'
import { type JourneyInput, validateJourney } from '../../src/model'

function journey(per: 'stage' | 'touchpoint', items: JourneyInput['items']) {
  const result = validateJourney({
    id: 'j',
    title: 'J',
    personas: [{ id: 'p', name: 'P' }],
    stages: [
      { id: 's1', name: 'One' },
      { id: 's2', name: 'Two' }
    ],
    lanes: [
      { id: 'tp', name: 'Touchpoints', kind: 'touchpoints' },
      { id: 'task', name: 'Feeling about the task', kind: 'emotion' },
      { id: 'brand', name: 'Feeling about the brand', kind: 'emotion' }
    ],
    items,
    emotionScale: { min: -2, max: 2, per }
  })
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

const ids = (curves: Map<string, { id: string }[]>) => Object.fromEntries([...curves].map(([lane, items]) => [lane, items.map((i) => i.id)]))

describe('emotionCurves', () => {
  it('should give every emotion lane its own curve of scored items, in stage order', () => {
    const j = journey('stage', [
      { id: 'b2', stageId: 's2', laneId: 'brand', score: 1 },
      { id: 't1', stageId: 's1', laneId: 'task', score: 2 },
      { id: 't2', stageId: 's2', laneId: 'task', score: -1 },
      { id: 'n', stageId: 's1', laneId: 'task', text: 'not scored' },
      { id: 'tp', stageId: 's1', laneId: 'tp', score: 2 }
    ])
    expect(ids(emotionCurves(j, orderLanes(j.lanes)))).toEqual({ task: ['t1', 't2'], brand: ['b2'] })
  })

  it('should draw the scored touchpoints on the first emotion lane when scoring per touchpoint', () => {
    const j = journey('touchpoint', [
      { id: 'tp2', stageId: 's2', laneId: 'tp', score: 1 },
      { id: 'tp1', stageId: 's1', laneId: 'tp', score: -2 },
      { id: 't1', stageId: 's1', laneId: 'task', score: 2 },
      { id: 'b1', stageId: 's1', laneId: 'brand', score: 0 }
    ])
    expect(ids(emotionCurves(j, orderLanes(j.lanes)))).toEqual({ task: ['tp1', 'tp2'], brand: ['b1'] })
  })

  it('should fall back to the emotion lane when no touchpoint is scored', () => {
    const j = journey('touchpoint', [{ id: 't1', stageId: 's1', laneId: 'task', score: 2 }])
    expect(ids(emotionCurves(j, orderLanes(j.lanes)))).toEqual({ task: ['t1'], brand: [] })
  })
})

describe('formatScore and emotionSign', () => {
  it('should sign scores on a scale around zero and not on a positive scale', () => {
    expect(formatScore(2, { min: -2 })).toBe('+2')
    expect(formatScore(-1.5, { min: -2 })).toBe('-1.5')
    // As a board shows it: the language's decimal mark and minus sign.
    expect(formatScore(-1.5, { min: -2 }, { decimal: ',', minus: '\u2212' })).toBe('\u22121,5')
    expect(formatScore(0, { min: -2 })).toBe('0')
    expect(formatScore(1 / 3, { min: -2 })).toBe('+0.33')
    expect(formatScore(4, { min: 1 })).toBe('4')
  })

  it('should call a score positive or negative relative to the middle of its scale', () => {
    expect(emotionSign(1, { min: -2, max: 2 })).toBe('positive')
    expect(emotionSign(0, { min: -2, max: 2 })).toBe('neutral')
    expect(emotionSign(2, { min: 1, max: 5 })).toBe('negative')
    expect(emotionSign(3, { min: 1, max: 5 })).toBe('neutral')
  })
})
