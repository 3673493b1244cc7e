import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { analyseJourney, emotionLanesOf, stageCurveEmotions } from '../../src/formats'
import { curveIdOf, type Item, type Journey, journeyCurves, journeyEvidenceLevels } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'
import { rentalJourney } from './journey-fixture'

/** The items in board order: by stage, then by lane, then as listed (a missing stage or lane counts as the first). */
function boardOrder(journey: Journey): Item[] {
  const stage = (item: Item): number => Math.max(0, journey.stages.findIndex((s) => s.id === item.stageId))
  const lane = (item: Item): number => Math.max(0, journey.lanes.findIndex((l) => l.id === item.laneId))
  return [...journey.items].sort((a, b) => stage(a) - stage(b) || lane(a) - lane(b))
}

function meanOf(values: readonly number[]): number | undefined {
  return values.length === 0 ? undefined : values.reduce((sum, value) => sum + value, 0) / values.length
}

/** Each figure of the analytics by its definition, one scan of the items per list and per stage. */
function analyseOneByOne(journey: Journey) {
  const ordered = boardOrder(journey)
  const kind = (item: Item): string | undefined => journey.lanes.find((lane) => lane.id === item.laneId)?.kind
  const emotionLanes = emotionLanesOf(journey)
  const primary = journeyCurves(journey)[0]?.id
  const onCurve = (item: Item): boolean => item.score !== undefined && emotionLanes.some((lane) => lane.id === item.laneId)
  const emotionScore = (item: Item): boolean => onCurve(item) && curveIdOf(item, journey) === primary
  const { min, max } = journey.emotionScale
  const ids = (keep: (item: Item) => boolean): string[] => ordered.filter(keep).map((item) => item.id)
  return {
    stages: journey.stages.map((stage) => {
      const inStage = ordered.filter((item) => item.stageId === stage.id)
      return {
        emotion: meanOf(inStage.filter(emotionScore).map((item) => item.score!)),
        byLane: emotionLanes.map((lane) => meanOf(inStage.filter((item) => item.laneId === lane.id && emotionScore(item)).map((item) => item.score!))),
        byCurve: journeyCurves(journey).map((curve) => meanOf(inStage.filter((item) => onCurve(item) && curveIdOf(item, journey) === curve.id).map((item) => item.score!))),
        counts: [
          inStage.length,
          inStage.filter((item) => kind(item) === 'pains').length,
          inStage.filter((item) => kind(item) === 'delights').length,
          inStage.filter((item) => item.momentOfTruth).length,
          inStage.filter((item) => item.flag === 'red').length,
          inStage.filter((item) => item.flag === 'green').length
        ]
      }
    }),
    lanes: journey.lanes.map((lane) => journey.items.filter((item) => item.laneId === lane.id).length),
    lists: {
      pains: ids((item) => kind(item) === 'pains'),
      delights: ids((item) => kind(item) === 'delights'),
      momentsOfTruth: ids((item) => item.momentOfTruth),
      redFlags: ids((item) => item.flag === 'red'),
      greenFlags: ids((item) => item.flag === 'green'),
      highs: ids((item) => emotionScore(item) && item.score! >= min + (max - min) * 0.75),
      lows: ids((item) => emotionScore(item) && item.score! <= min + (max - min) * 0.25),
      opportunities: ids((item) => kind(item) === 'opportunities'),
      assumptions: ids((item) => item.evidence?.level === journeyEvidenceLevels(journey)[0]?.id),
      actionPlan: [...ids((item) => kind(item) === 'action-plan'), ...ids((item) => kind(item) !== 'action-plan' && (item.owner ?? '').trim() !== '')]
    }
  }
}

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

  it('gives each stage its mean score per curve, in board order, with nothing where a stage has no score on a curve', () => {
    const journey = rentalJourney({
      curves: [
        { id: 'as-is', name: 'As is', color: 'pink' },
        { id: 'to-be', name: 'To be', color: 'green' }
      ],
      lanes: [{ id: 'feel', name: 'Feeling', kind: 'emotion' }, { id: 'do', name: 'Doing', kind: 'actions' }],
      items: [
        { id: 'a', stageId: 'plan', laneId: 'feel', text: '', score: 0.1 },
        { id: 'b', stageId: 'plan', laneId: 'feel', text: '', score: 0.2, curveId: 'to-be' },
        { id: 'c', stageId: 'plan', laneId: 'feel', text: '', score: 0.7 },
        { id: 'd', stageId: 'plan', laneId: 'do', text: '', score: 2 },
        { id: 'e', stageId: 'book', laneId: 'feel', text: '', score: -1, curveId: 'to-be' }
      ]
    })
    const [plan, book, ...rest] = stageCurveEmotions(journey)
    expect(plan).toEqual([(0 + 0.1 + 0.7) / 2, 0.2])
    expect(book).toEqual([undefined, -1])
    expect(rest.every((stage) => stage.every((emotion) => emotion === undefined))).toBe(true)
  })

  it('gives every list, count and mean its definition gives, item by item, for random journeys', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 30, maxStages: 4, maxLanes: 5 }), (journey) => {
        const analytics = analyseJourney(journey)
        const expected = analyseOneByOne(journey)
        const ids = (refs: readonly { itemId: string }[]): string[] => refs.map((r) => r.itemId)
        expect(
          analytics.stages.map((s) => ({
            emotion: s.emotion,
            byLane: s.emotionByLane.map((lane) => lane.emotion),
            byCurve: s.emotionByCurve.map((curve) => curve.emotion),
            counts: [s.items, s.pains, s.delights, s.momentsOfTruth, s.redFlags, s.greenFlags]
          }))
        ).toEqual(expected.stages)
        // The Mermaid export's stage emotions alone, without the rest of the analytics.
        expect(stageCurveEmotions(journey)).toEqual(expected.stages.map((stage) => stage.byCurve))
        expect(analytics.lanes.map((lane) => lane.items)).toEqual(expected.lanes)
        const { pains, delights, momentsOfTruth, redFlags, greenFlags, highs, lows, opportunities, assumptions, actionPlan } = analytics
        expect(Object.fromEntries(Object.entries({ pains, delights, momentsOfTruth, redFlags, greenFlags, highs, lows, opportunities, assumptions, actionPlan }).map(([name, refs]) => [name, ids(refs)]))).toEqual(expected.lists)
        expect(analytics.totals.items).toBe(journey.items.length)
        expect([analytics.totals.pains, analytics.totals.redFlags, analytics.totals.actions]).toEqual([pains.length, redFlags.length, actionPlan.length])
      }),
      propertyRuns(200)
    )
  })
})
