import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  curveIdOf,
  DEFAULT_CURVE,
  type JourneyInput,
  journeyCurves,
  journeyEvidenceLevels,
  parseEmotionScale,
  rescaleJourney,
  rescaleScore,
  restsOnAssumption,
  validateJourney
} from '../../src/model'

function research(): JourneyInput {
  return {
    id: 'j',
    title: 'Renting a car',
    personas: [{ id: 'family', name: 'The Hansen family' }],
    stages: [{ id: 'plan', name: 'Planning' }],
    lanes: [
      { id: 'pains', name: 'Barriers', kind: 'pains' },
      { id: 'feel', name: 'Experience', kind: 'emotion' }
    ],
    curves: [
      { id: 'as-is', name: 'As is', color: 'pink', state: 'current' },
      { id: 'to-be', name: 'To be', color: 'violet', state: 'future', personaId: 'family' }
    ],
    items: [
      { id: 'quote', stageId: 'plan', laneId: 'pains', text: '"Too risky abroad"', evidence: { level: 'validated', participants: ['P1'] } },
      { id: 'risk', stageId: 'plan', laneId: 'pains', text: 'Renting abroad feels risky', evidence: { level: 'some-evidence', itemIds: ['quote'] } },
      { id: 'now', stageId: 'plan', laneId: 'feel', text: 'Worried', score: -1 },
      { id: 'later', stageId: 'plan', laneId: 'feel', text: 'Calm', score: 1, curveId: 'to-be', evidence: { level: 'assumption' } }
    ]
  }
}

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = validateJourney(input)
  if (result.ok) throw new Error('expected the journey to be rejected')
  return result.problems.map(({ path, message }) => ({ path, message }))
}

describe('curves and evidence in the model', () => {
  it('accepts curves, curve ids and evidence, filling in empty source lists', () => {
    const result = validateJourney(research())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.items[1]?.evidence).toEqual({ level: 'some-evidence', participants: [], sources: [], itemIds: ['quote'] })
    expect(result.value.items.map((item) => curveIdOf(item, result.value))).toEqual(['as-is', 'as-is', 'as-is', 'to-be'])
    expect(result.value.items.map((item) => restsOnAssumption(item, result.value))).toEqual([false, false, false, true])
  })

  it('gives a journey without curves the one default curve and the default evidence scale', () => {
    const { curves: _curves, ...input } = research()
    const result = validateJourney({ ...input, items: [] })
    if (!result.ok) throw new Error('fixture invalid')
    expect(journeyCurves(result.value)).toEqual([DEFAULT_CURVE])
    expect(journeyEvidenceLevels(result.value).map((level) => level.id)).toEqual(['assumption', 'some-evidence', 'validated'])
  })

  it('names every reference that does not resolve', () => {
    const input = research()
    input.items = [
      { id: 'a', stageId: 'plan', laneId: 'feel', score: 0, curveId: 'nope' },
      { id: 'b', stageId: 'plan', laneId: 'pains', evidence: { level: 'proven', itemIds: ['b', 'ghost'] } }
    ]
    input.curves = [...(input.curves ?? []), { id: 'p', name: 'Persona', color: 'pink', personaId: 'nobody' }]
    expect(problemsOf(input)).toEqual([
      { path: 'curves[2].color', message: 'another curve is already pink: each needs its own colour so the board tells them apart' },
      { path: 'curves[2].personaId', message: 'no persona has id "nobody"' },
      { path: 'items[0].curveId', message: 'no curve has id "nope"' },
      { path: 'items[1].evidence.level', message: 'no evidence level has id "proven" (levels: assumption, some-evidence and validated)' },
      { path: 'items[1].evidence.itemIds[0]', message: 'an item cannot be its own evidence' },
      { path: 'items[1].evidence.itemIds[1]', message: 'no item has id "ghost"' }
    ])
  })

  it('takes a team scale of evidence and checks levels against it', () => {
    const input = { ...research(), evidenceLevels: [{ id: 'hunch', name: 'Hunch', color: 'orange' }, { id: 'seen', name: 'Seen in 3+ interviews', color: 'blue' }] }
    expect(problemsOf(input).map((p) => p.path)).toEqual(['items[0].evidence.level', 'items[1].evidence.level', 'items[3].evidence.level'])
  })

  it('says a curve id needs curves to refer to', () => {
    const { curves: _curves, ...input } = research()
    expect(problemsOf(input)).toEqual([{ path: 'items[3].curveId', message: 'the journey has no curves to refer to; add them under "curves"' }])
  })
})

describe('rescaling', () => {
  const scales = fc.constantFrom({ min: -2, max: 2 }, { min: 1, max: 5 }, { min: 1, max: 10 }, { min: 0, max: 100 })

  it('maps bottoms, middles and tops onto each other', () => {
    expect(rescaleScore(-2, { min: -2, max: 2 }, { min: 1, max: 5 })).toBe(1)
    expect(rescaleScore(0, { min: -2, max: 2 }, { min: 1, max: 5 })).toBe(3)
    expect(rescaleScore(2, { min: -2, max: 2 }, { min: 1, max: 10 })).toBe(10)
    expect(rescaleScore(5.5, { min: 1, max: 10 }, { min: -2, max: 2 })).toBe(0)
  })

  it('goes there and back to within a thousandth, staying on the scale', () => {
    fc.assert(
      fc.property(scales, scales, fc.double({ min: 0, max: 1, noNaN: true }), (from, to, at) => {
        const score = from.min + at * (from.max - from.min)
        const there = rescaleScore(score, from, to)
        expect(there).toBeGreaterThanOrEqual(to.min)
        expect(there).toBeLessThanOrEqual(to.max)
        expect(Math.abs(rescaleScore(there, to, from) - score)).toBeLessThan(0.001)
      })
    )
  })

  it('moves a journey and every score, keeping what is scored per', () => {
    const result = validateJourney(research())
    if (!result.ok) throw new Error('fixture invalid')
    const moved = rescaleJourney(result.value, { min: 1, max: 5 })
    expect(moved.emotionScale).toEqual({ min: 1, max: 5, per: 'stage' })
    expect(moved.items.map((item) => item.score)).toEqual([undefined, undefined, 2, 4])
    expect(validateJourney(moved).ok).toBe(true)
  })

  it('reads scales written MIN..MAX and gives the code of what is wrong otherwise', () => {
    expect(parseEmotionScale('-2..2')).toEqual({ ok: true, scale: { min: -2, max: 2 } })
    expect(parseEmotionScale(' 1 .. 10 ')).toEqual({ ok: true, scale: { min: 1, max: 10 } })
    expect(parseEmotionScale('5..1')).toEqual({ ok: false, code: 'scale-min-not-below-max' })
    expect(parseEmotionScale('2..2')).toEqual({ ok: false, code: 'scale-min-not-below-max' })
    expect(parseEmotionScale('1-5')).toEqual({ ok: false, code: 'scale-not-min-max' })
  })
})
