import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { crossFieldIssues, type Item, ItemSchema, type Journey, JourneyBaseSchema, type JourneyInput, validateJourney, validateJourneyOfCheckedItems } from '../../src/model'
import { journeyInputArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/** The smallest journey the model accepts; each test changes one thing. */
function minimalJourney(): JourneyInput {
  return {
    id: 'j',
    title: 'Renting a car',
    personas: [{ id: 'family', name: 'The Hansen family' }],
    stages: [
      { id: 'plan', name: 'Planning' },
      { id: 'book', name: 'Booking' }
    ],
    lanes: [
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
      { id: 'feel', name: 'Experience', kind: 'emotion' }
    ],
    items: [
      { id: 'i1', stageId: 'plan', laneId: 'thoughts', text: 'Where are we going?' },
      { id: 'i2', stageId: 'plan', laneId: 'feel', text: 'Excited', score: 2 }
    ]
  }
}

function problemsOf(input: unknown): { path: string; message: string }[] {
  const result = validateJourney(input)
  if (result.ok) throw new Error('expected the journey to be rejected')
  return result.problems.map(({ path, message }) => ({ path, message }))
}

describe('validateJourney', () => {
  it('accepts a minimal journey and fills in defaults', () => {
    const result = validateJourney(minimalJourney())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.state).toBe('current')
    expect(result.value.locale).toBe('en')
    expect(result.value.emotionScale).toEqual({ min: -2, max: 2, per: 'stage' })
    expect(result.value.links).toEqual([])
    expect(result.value.items[0]?.momentOfTruth).toBe(false)
    expect(result.value.personas[0]?.goals).toEqual([])
  })

  it('expresses every element of a journey map', () => {
    const input: JourneyInput = {
      ...minimalJourney(),
      scenario: 'We are renting a car for our holiday in the USA',
      context: 'A car rental firm wants to see the whole journey',
      state: 'future',
      locale: 'da',
      personas: [
        {
          id: 'family',
          name: 'The Hansen family',
          role: 'Parents of two',
          age: 41,
          goals: ['A relaxed holiday'],
          needs: ['A safe car'],
          expectations: ['No surprises at the counter'],
          frustrations: ['Hidden fees'],
          ambitions: ['See the west coast'],
          hobbies: ['Hiking'],
          channels: ['web', 'phone'],
          quote: 'We just want the keys.',
          scenario: 'Two weeks in California'
        }
      ],
      personaId: 'family',
      phases: [{ id: 'before', name: 'Before' }],
      stages: [
        { id: 'plan', name: 'Planning', phaseId: 'before' },
        { id: 'book', name: 'Booking', phaseId: 'before' }
      ],
      lanes: [
        { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
        { id: 'feel', name: 'Experience', kind: 'emotion' },
        { id: 'touch', name: 'Touchpoints', kind: 'touchpoints' },
        { id: 'plan', name: 'Action plan', kind: 'action-plan' },
        { id: 'staff', name: 'Counter staff', kind: 'actor', actor: 'person' },
        { id: 'customer', name: 'Customer', kind: 'actor', actor: 'customer' },
        { id: 'front', name: 'Frontstage', kind: 'frontstage' },
        { id: 'back', name: 'Backstage', kind: 'backstage' }
      ],
      activityTypes: [{ id: 'handover', name: 'Hand-over', color: 'orange' }],
      items: [
        { id: 'i1', stageId: 'plan', laneId: 'thoughts', text: 'Where are we going?' },
        { id: 'i2', stageId: 'plan', laneId: 'touch', text: 'Comparison site', channel: 'web', device: 'desktop', score: -1 },
        { id: 'i3', stageId: 'book', laneId: 'plan', text: 'Show the final price', owner: 'Web team' },
        { id: 'i4', stageId: 'book', laneId: 'staff', text: 'Hands over keys', flag: 'green', momentOfTruth: true, activityTypeId: 'handover' },
        { id: 'i5', stageId: 'book', laneId: 'customer', text: 'Signs the contract', flag: 'red' }
      ],
      links: [{ id: 'l1', from: 'i4', to: 'i5', kind: 'handover', label: 'keys' }],
      emotionScale: { min: -2, max: 2, per: 'touchpoint' },
      blueprintLines: [
        { kind: 'interaction', afterLaneId: 'customer' },
        { kind: 'visibility', afterLaneId: 'front' },
        { kind: 'internal-interaction', afterLaneId: 'back' }
      ]
    }
    const result = validateJourney(input)
    expect(result.ok ? [] : result.problems).toEqual([])
  })

  it('keeps who took part in an item (an empty list and empty names too) and an accessible title', () => {
    const input = minimalJourney()
    input.accessibleTitle = 'Car rental journey'
    input.items = [
      { id: 'i1', stageId: 'plan', laneId: 'thoughts', text: 'Search', people: ['Me', 'Partner'] },
      { id: 'i2', stageId: 'plan', laneId: 'thoughts', text: 'Wait', people: [] },
      { id: 'i3', stageId: 'plan', laneId: 'thoughts', text: 'Sit', people: [''] }
    ]
    const result = validateJourney(input)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.accessibleTitle).toBe('Car rental journey')
    expect(result.value.items.map((item) => item.people)).toEqual([['Me', 'Partner'], [], ['']])
    expect(problemsOf({ ...input, items: [{ ...input.items[0], people: ['x'.repeat(501)] }] })).toEqual([
      { path: 'items[0].people[0]', message: 'must be at most 500 characters' }
    ])
  })

  it('names the path and says what is wrong for field errors', () => {
    const input = minimalJourney() as Record<string, unknown>
    input.stages = [{ id: 'plan', name: '' }, { id: 'has space', name: 'B' }, { name: 'C' }]
    input.state = 'someday'
    input.title = 42
    expect(problemsOf(input)).toEqual([
      { path: 'title', message: 'must be text, got a number' },
      { path: 'state', message: 'must be one of "current" or "future", got "someday"' },
      { path: 'stages[0].name', message: 'must not be empty' },
      { path: 'stages[1].id', message: 'must be letters, digits, "-", "_", "." or ":" (no spaces)' },
      { path: 'stages[2].id', message: 'is required' }
    ])
  })

  it('rejects duplicate ids in every collection', () => {
    const input = minimalJourney()
    input.stages.push({ id: 'plan', name: 'Again' })
    input.items?.push({ id: 'i1', stageId: 'plan', laneId: 'thoughts' })
    expect(problemsOf(input)).toEqual([
      { path: 'stages[2].id', message: 'duplicate id "plan"' },
      { path: 'items[2].id', message: 'duplicate id "i1"' }
    ])
  })

  it('rejects references that do not resolve', () => {
    const input: JourneyInput = {
      ...minimalJourney(),
      personaId: 'nobody',
      stages: [{ id: 'plan', name: 'Planning', phaseId: 'during' }],
      items: [{ id: 'i1', stageId: 'gone', laneId: 'nope', activityTypeId: 'x' }],
      links: [{ id: 'l1', from: 'i1', to: 'i9' }],
      blueprintLines: [{ kind: 'visibility', afterLaneId: 'front' }]
    }
    expect(problemsOf(input)).toEqual([
      { path: 'personaId', message: 'no persona has id "nobody"' },
      { path: 'stages[0].phaseId', message: 'no phase has id "during"' },
      { path: 'items[0].stageId', message: 'no stage has id "gone"' },
      { path: 'items[0].laneId', message: 'no lane has id "nope"' },
      { path: 'items[0].activityTypeId', message: 'no activity type has id "x"' },
      { path: 'links[0].to', message: 'no item has id "i9"' },
      { path: 'blueprintLines[0].afterLaneId', message: 'no lane has id "front"' }
    ])
  })

  it('rejects scores outside the stated emotion scale', () => {
    const input = minimalJourney()
    input.emotionScale = { min: -1, max: 1 }
    expect(problemsOf(input)).toEqual([{ path: 'items[1].score', message: 'must be between −1 and 1 (the emotion scale), got 2' }])
  })

  it('checks actor lanes and the single customer lane', () => {
    const input = minimalJourney()
    input.lanes = [
      { id: 'a', name: 'A', kind: 'actor' },
      { id: 'b', name: 'B', kind: 'thoughts', actor: 'person' },
      { id: 'c', name: 'C', kind: 'actor', actor: 'customer' },
      { id: 'd', name: 'D', kind: 'actor', actor: 'customer' }
    ]
    input.items = []
    expect(problemsOf(input)).toEqual([
      { path: 'lanes[0].actor', message: 'an actor lane must say whose it is: customer, person, department or partner' },
      { path: 'lanes[1].actor', message: 'only actor lanes have an actor; this lane is "thoughts"' },
      { path: 'lanes[3].actor', message: 'only one lane can be the customer lane' }
    ])
  })

  it('rejects an emotion scale whose min is not below its max, and empty collections', () => {
    const input = minimalJourney()
    input.emotionScale = { min: 3, max: 3 }
    input.personas = []
    expect(problemsOf(input)).toEqual([
      { path: 'personas', message: 'needs at least one persona' },
      { path: 'emotionScale.max', message: 'min must be less than max' }
    ])
  })

  it('never throws, whatever it is given', () => {
    for (const input of [null, undefined, 42, 'journey', [], { stages: 'x' }, { items: [null] }]) {
      expect(validateJourney(input).ok).toBe(false)
    }
  })

  it('accepts votes and provenance on an item, and rejects votes whose count is not the sum of their kinds', () => {
    const journey = minimalJourney()
    const [first, second] = journey.items ?? []
    if (first === undefined || second === undefined) throw new Error('the minimal journey has two items')
    first.votes = { count: 3, kinds: [{ kind: 'thumbs-up', count: 2 }, { kind: 'heart', count: 1 }] }
    first.provenance = { nodeId: '12:34', stage: 'grid-header', lane: 'colour-legend', confidence: 0.8 }
    expect(validateJourney(journey).ok).toBe(true)

    second.votes = { count: 2, kinds: [{ kind: 'star', count: 1 }] }
    second.provenance = { nodeId: '12:35', stage: 'section', lane: 'nearest-label', confidence: 1.5 }
    expect(problemsOf(journey)).toEqual([
      { path: 'items[1].provenance.confidence', message: 'must be 1 or less' },
      { path: 'items[1].votes.count', message: "must be the sum of the kinds' counts (1), got 2" }
    ])
  })
})

/** Ways a journey goes wrong outside its items' own fields: in its other fields, or between its parts. */
const SPOILERS: ((journey: JourneyInput) => JourneyInput)[] = [
  (journey) => journey,
  (journey) => ({ ...journey, title: '  ' }),
  (journey) => ({ ...journey, stages: journey.stages.slice(1) }),
  (journey) => ({ ...journey, lanes: [...journey.lanes, { id: journey.lanes[0]!.id, name: 'Twice', kind: 'notes' }] }),
  (journey) => ({ ...journey, links: [...(journey.links ?? []), { id: 'spoiled', from: 'no-such-item', to: 'no-such-item' }] }),
  (journey) => ({ ...journey, emotionScale: { min: 0, max: 0 } }),
  (journey) => ({ ...journey, personaId: 'nobody', unknown: true } as JourneyInput),
  (journey) => ({ ...journey, items: [...(journey.items ?? []), ...(journey.items ?? []).slice(0, 1)] })
]

describe('validateJourneyOfCheckedItems', () => {
  it('gives what validateJourney gives for the journey with its items as read, right or wrong', () => {
    fc.assert(
      fc.property(journeyInputArbitrary(), fc.nat(SPOILERS.length - 1), (input, spoiler) => {
        const journey = SPOILERS[spoiler]!(input)
        const checked = (journey.items ?? []).map((item) => ItemSchema.parse(item) as Item)
        const whole = validateJourney(journey)
        const composed = validateJourneyOfCheckedItems(journey, checked)
        expect(composed).toEqual(whole)
        // In the same key order too, as files are written.
        expect(JSON.stringify(composed)).toBe(JSON.stringify(whole))
      }),
      propertyRuns(150)
    )
  })

  it('finds the same cross-field problems with the items\' ids indexed by the importer, each once, as a map or a set', () => {
    fc.assert(
      fc.property(journeyInputArbitrary(), fc.nat(SPOILERS.length - 1), fc.boolean(), (input, spoiler, asMap) => {
        const fields = JourneyBaseSchema.safeParse(SPOILERS[spoiler]!(input))
        fc.pre(fields.success)
        const journey = fields.data as Journey
        const ids = journey.items.map((item) => item.id)
        // An importer refuses an id met twice before it checks the journey, so it never hands such ids over.
        fc.pre(new Set(ids).size === ids.length)
        const index = asMap ? new Map(ids.map((id, line) => [id, line])) : new Set(ids)
        expect(crossFieldIssues(journey, index)).toEqual(crossFieldIssues(journey))
      }),
      propertyRuns(150)
    )
  })
})
