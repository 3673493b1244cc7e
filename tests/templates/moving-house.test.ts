import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { movingHouseTemplate } from '../../src/templates'

function journeyOf(): Journey {
  const result = validateJourney(movingHouseTemplate.journey('en'))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

const journey = journeyOf()

describe('the moving-house template', () => {
  it('follows the nine home-move stages', () => {
    expect(journey.stages.map((stage) => stage.id)).toEqual([
      'trigger',
      'stay-or-switch',
      'availability',
      'book-move',
      'install',
      'moving-day',
      'activation',
      'first-bill',
      'settle-in'
    ])
    expect(journey.scenario).toBe('I am moving')
  })

  it('makes stay-or-switch a moment of truth', () => {
    expect(journey.items.some((item) => item.stageId === 'stay-or-switch' && item.momentOfTruth)).toBe(true)
  })

  it('hits its emotional low on moving day, without internet', () => {
    const scores = journey.items.filter((item) => item.laneId === 'emotion').map((item) => [item.stageId, item.score])
    const lowest = [...scores].sort((a, b) => Number(a[1]) - Number(b[1]))[0]
    expect(lowest?.[0]).toBe('moving-day')
  })
})
