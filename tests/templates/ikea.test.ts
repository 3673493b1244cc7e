import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { ikeaTemplate } from '../../src/templates'

function journeyOf(locale = 'en'): Journey {
  const result = validateJourney(ikeaTemplate.journey(locale))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

const journey = journeyOf()

function taskScore(stageId: string): number {
  const item = journey.items.find((i) => i.stageId === stageId && i.laneId === 'feeling-task')
  if (item?.score === undefined) throw new Error(`no task score for ${stageId}`)
  return item.score
}

describe('the IKEA template', () => {
  it('is written in English and Russian, with the same shape and every text in Russian', () => {
    const russian = journeyOf('ru')
    expect(ikeaTemplate.locales).toEqual(['en', 'ru'])
    const shape = (j: Journey): unknown => ({
      stages: j.stages.map((s) => [s.id, s.phaseId]),
      lanes: j.lanes.map((l) => [l.id, l.kind]),
      items: j.items.map(({ text: _text, ...rest }) => rest),
      personas: j.personas.map((p) => [p.id, p.age, p.channels])
    })
    expect(shape(russian)).toEqual(shape(journey))
    expect(russian.items.filter((item, i) => item.text === journey.items[i]?.text)).toEqual([])
    expect(russian.items.every((item) => /[а-яё]/i.test(item.text))).toBe(true)
  })

  it('has the twelve suggested stages', () => {
    expect(journey.stages).toHaveLength(12)
    expect(journey.stages[0]?.id).toBe('inspire')
    expect(journey.stages.map((stage) => stage.id)).toContain('bistro')
  })

  it('draws two curves on a 1 to 5 scale: the task and the brand', () => {
    expect(journey.emotionScale).toEqual({ min: 1, max: 5, per: 'stage' })
    expect(journey.lanes.filter((lane) => lane.kind === 'emotion').map((lane) => lane.id)).toEqual(['feeling-task', 'feeling-brand'])
  })

  it('peaks in the showroom, dips in the warehouse, checkout and assembly, and lifts at the exit bistro', () => {
    const peak = taskScore('showroom')
    for (const low of ['warehouse', 'checkout', 'assembly']) expect(taskScore(low), low).toBeLessThan(peak)
    expect(taskScore('bistro')).toBeGreaterThan(taskScore('checkout'))
    expect(taskScore('assembly')).toBe(Math.min(...journey.stages.map((stage) => taskScore(stage.id))))
  })
})
