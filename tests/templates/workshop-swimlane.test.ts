import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { workshopSwimlaneTemplate } from '../../src/templates'

function journeyOf(): Journey {
  const result = validateJourney(workshopSwimlaneTemplate.journey('en'))
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path}: ${p.message}`).join('; '))
  return result.value
}

const journey = journeyOf()
const laneOf = new Map(journey.items.map((item) => [item.id, item.laneId]))

describe('the workshop swimlane template', () => {
  it('puts the one customer lane in the middle of the lane list', () => {
    const customer = journey.lanes.filter((lane) => lane.actor === 'customer')
    expect(customer).toHaveLength(1)
    const index = journey.lanes.findIndex((lane) => lane.actor === 'customer')
    expect(journey.lanes.length % 2).toBe(1)
    expect(index).toBe((journey.lanes.length - 1) / 2)
  })

  it('has stakeholder lanes, one per person, department or partner, above and below the customer', () => {
    const actors = journey.lanes.filter((lane) => lane.kind === 'actor')
    const index = actors.findIndex((lane) => lane.actor === 'customer')
    expect(index).toBe((actors.length - 1) / 2)
    expect(actors.slice(0, index).length).toBeGreaterThan(0)
    expect(actors.slice(index + 1).length).toBeGreaterThan(0)
    expect(new Set(actors.map((lane) => lane.actor))).toEqual(new Set(['customer', 'person', 'department', 'partner']))
  })

  it('has one customer event per stage, in time order, each with the customer’s feeling', () => {
    const events = journey.items.filter((item) => item.laneId === 'customer')
    expect(events.map((item) => item.stageId)).toEqual(journey.stages.map((stage) => stage.id))
    for (const event of events) expect(event.score, event.id).toBeDefined()
  })

  it('marks where the process works and where it breaks', () => {
    expect(journey.items.filter((item) => item.flag === 'green').length).toBeGreaterThan(1)
    expect(journey.items.filter((item) => item.flag === 'red').length).toBeGreaterThan(1)
  })

  it('colours four activity types and uses each of them', () => {
    expect(journey.activityTypes.map((type) => type.name)).toEqual(['Assessment', 'Referral', 'Solution provider', 'Hand-over'])
    expect(new Set(journey.activityTypes.map((type) => type.color)).size).toBe(4)
    for (const type of journey.activityTypes) {
      expect(journey.items.some((item) => item.activityTypeId === type.id), type.id).toBe(true)
    }
  })

  it('links stickies across lanes with labelled hand-overs and referrals', () => {
    const kinds = new Set(journey.links.map((link) => link.kind))
    expect(kinds.has('handover')).toBe(true)
    expect(kinds.has('referral')).toBe(true)
    for (const link of journey.links) {
      expect(link.label, link.id).not.toBe('')
      expect(laneOf.get(link.from), link.id).not.toBe(laneOf.get(link.to))
    }
  })
})
