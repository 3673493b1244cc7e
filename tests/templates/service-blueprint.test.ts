import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { serviceBlueprintTemplate } from '../../src/templates'

function journeyOf(): Journey {
  const result = validateJourney(serviceBlueprintTemplate.journey('en'))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

const journey = journeyOf()

describe('the service blueprint template', () => {
  it('has the five blueprint rows, top to bottom', () => {
    expect(journey.lanes.slice(0, 5).map((lane) => [lane.id, lane.kind])).toEqual([
      ['physical-evidence', 'physical-evidence'],
      ['customer-actions', 'customer-actions'],
      ['frontstage', 'frontstage'],
      ['backstage', 'backstage'],
      ['support-processes', 'support-processes']
    ])
  })

  it('draws the lines of interaction, visibility and internal interaction in their places', () => {
    expect(journey.blueprintLines).toEqual([
      { kind: 'interaction', afterLaneId: 'customer-actions' },
      { kind: 'visibility', afterLaneId: 'frontstage' },
      { kind: 'internal-interaction', afterLaneId: 'backstage' }
    ])
  })

  it('links stickies in different rows', () => {
    const laneOf = new Map(journey.items.map((item) => [item.id, item.laneId]))
    expect(journey.links.length).toBeGreaterThan(0)
    for (const link of journey.links) expect(laneOf.get(link.from), link.id).not.toBe(laneOf.get(link.to))
  })

  it('scores the guest’s feeling on their own actions, once per stage', () => {
    const scored = journey.items.filter((item) => item.score !== undefined)
    expect(new Set(scored.map((item) => item.laneId))).toEqual(new Set(['customer-actions']))
    expect(scored.map((item) => item.stageId)).toEqual(journey.stages.map((stage) => stage.id))
  })
})
