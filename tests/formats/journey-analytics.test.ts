import { describe, expect, it } from 'vitest'

import { analyseJourney } from '../../src/formats'
import { rentalJourney } from './journey-fixture'

describe('analyseJourney', () => {
  const analytics = analyseJourney(rentalJourney())

  it('averages the emotion lane per stage, and finds the peak and the valley', () => {
    expect(analytics.emotionLaneIds).toEqual(['feel'])
    expect(analytics.stages.map((s) => [s.stageId, s.emotion, s.scores])).toEqual([
      ['plan', 1, 1],
      ['book', -2, 1],
      ['drive', 2, 1],
      ['home', undefined, 0]
    ])
    expect(analytics.peak).toEqual({ stageId: 'drive', emotion: 2 })
    expect(analytics.valley).toEqual({ stageId: 'book', emotion: -2 })
  })

  it('counts items, pains, delights, moments of truth and flags per stage', () => {
    expect(analytics.stages.map((s) => [s.items, s.pains, s.delights, s.momentsOfTruth, s.redFlags, s.greenFlags])).toEqual([
      [4, 1, 1, 0, 1, 1],
      [4, 1, 0, 1, 0, 0],
      [4, 0, 1, 1, 0, 0],
      [0, 0, 0, 0, 0, 0]
    ])
    expect(analytics.stages.map((s) => s.phaseName)).toEqual(['BEFORE', 'BEFORE', 'DURING', undefined])
  })

  it('totals them and counts items per lane', () => {
    expect(analytics.totals).toEqual({
      stages: 4,
      lanes: 6,
      items: 12,
      pains: 2,
      delights: 2,
      momentsOfTruth: 2,
      redFlags: 1,
      greenFlags: 1,
      opportunities: 2,
      actions: 3
    })
    expect(analytics.lanes.map((l) => [l.laneId, l.items])).toEqual([
      ['tp', 1],
      ['feel', 3],
      ['pain', 2],
      ['joy', 2],
      ['opp', 2],
      ['todo', 2]
    ])
  })

  it('lists moments of truth, flags, highs and lows with their stage and lane, in board order', () => {
    const ids = (refs: readonly { itemId: string }[]): string[] => refs.map((r) => r.itemId)
    expect(ids(analytics.momentsOfTruth)).toEqual(['b-feel', 'd-joy'])
    expect(analytics.redFlags).toEqual([
      { itemId: 'p-pain', text: 'Prices # hidden', stageId: 'plan', stageName: 'Plan', laneId: 'pain', laneName: 'Pains', laneKind: 'pains', flag: 'red' }
    ])
    expect(ids(analytics.greenFlags)).toEqual(['p-joy'])
    // The top and bottom quarters of -2..2: 1 and above, -1 and below (touchpoint scores do not count here).
    expect([analytics.highThreshold, analytics.lowThreshold]).toEqual([1, -1])
    expect(ids(analytics.highs)).toEqual(['p-feel', 'd-feel'])
    expect(ids(analytics.lows)).toEqual(['b-feel'])
    expect(ids(analytics.pains)).toEqual(['p-pain', 'b-pain'])
    expect(ids(analytics.delights)).toEqual(['p-joy', 'd-joy'])
  })

  it('puts the action-plan lane first in the action plan, then anything else with an owner', () => {
    expect(analytics.actionPlan.map((r) => [r.itemId, r.owner])).toEqual([
      ['b-todo', 'Web team'],
      ['d-todo', undefined],
      ['d-opp', 'CRM']
    ])
  })

  it('uses touchpoint scores when emotion is scored per touchpoint', () => {
    const perTouchpoint = analyseJourney(rentalJourney({ emotionScale: { min: -2, max: 2, per: 'touchpoint' } }))
    expect(perTouchpoint.emotionLaneIds).toEqual(['tp'])
    expect(perTouchpoint.stages.map((s) => s.emotion)).toEqual([-1, undefined, undefined, undefined])
  })

  it('falls back to every scored lane when the map has no lane of the scored kind', () => {
    const swimlane = analyseJourney(
      rentalJourney({
        lanes: [
          { id: 'cust', name: 'Customer', kind: 'actor', actor: 'customer' },
          { id: 'desk', name: 'Desk', kind: 'actor', actor: 'department' }
        ],
        items: [
          { id: 'a', stageId: 'plan', laneId: 'cust', text: 'x', score: -1 },
          { id: 'b', stageId: 'plan', laneId: 'cust', text: 'y', score: 2 },
          { id: 'c', stageId: 'book', laneId: 'desk', text: 'z' }
        ]
      })
    )
    expect(swimlane.emotionLaneIds).toEqual(['cust'])
    expect(swimlane.stages.map((s) => s.emotion)).toEqual([0.5, undefined, undefined, undefined])
  })

  it('keeps one curve per emotion lane', () => {
    const twoCurves = analyseJourney(
      rentalJourney({
        lanes: [
          { id: 'act', name: 'Toward the action', kind: 'emotion' },
          { id: 'brand', name: 'Toward the brand', kind: 'emotion' }
        ],
        items: [
          { id: 'a', stageId: 'plan', laneId: 'act', text: '', score: 2 },
          { id: 'b', stageId: 'plan', laneId: 'brand', text: '', score: -1 }
        ]
      })
    )
    expect(twoCurves.stages[0]?.emotion).toBe(0.5)
    expect(twoCurves.stages[0]?.emotionByLane).toEqual([
      { laneId: 'act', laneName: 'Toward the action', emotion: 2 },
      { laneId: 'brand', laneName: 'Toward the brand', emotion: -1 }
    ])
  })
})
