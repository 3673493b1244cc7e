import { describe, expect, it } from 'vitest'

import { type Item, type Journey, validateJourney } from '../../src/model'
import { blankTemplate, findTemplate, type JourneyTemplate, TEMPLATES } from '../../src/templates'

/** A sticky is about 240 px wide; longer texts stop fitting. */
const MAX_STICKY_TEXT = 140

function journeyOf(template: JourneyTemplate, locale: string): Journey {
  const result = validateJourney(template.journey(locale))
  if (!result.ok) throw new Error(`${template.id} (${locale}): ${result.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`)
  return result.value
}

function laneKind(journey: Journey, item: Item): string | undefined {
  return journey.lanes.find((lane) => lane.id === item.laneId)?.kind
}

const contentTemplates = TEMPLATES.filter((template) => template.id !== 'blank')
const everyLocale = TEMPLATES.flatMap((template) => template.locales.map((locale) => ({ template, locale })))
const contentLocales = everyLocale.filter(({ template }) => template.id !== 'blank')

describe('the template gallery', () => {
  it('lists the six templates in gallery order', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['car-rental', 'moving-house', 'ikea', 'workshop-swimlane', 'service-blueprint', 'blank'])
  })

  it('finds a template by id, and nothing for an unknown id', () => {
    expect(findTemplate('ikea')?.id).toBe('ikea')
    expect(findTemplate('nope')).toBeUndefined()
    expect(findTemplate('blank', [blankTemplate])).toBe(blankTemplate)
    expect(findTemplate('ikea', [blankTemplate])).toBeUndefined()
  })

  it('gives every template a title, a description and at least one locale', () => {
    for (const template of TEMPLATES) {
      expect(template.title.length, template.id).toBeGreaterThan(0)
      expect(template.description.length, template.id).toBeGreaterThan(0)
      expect(template.locales.length, template.id).toBeGreaterThan(0)
    }
  })

  it('refuses a locale the template is not written in', () => {
    for (const template of TEMPLATES) expect(() => template.journey('xx')).toThrow(/not "xx"/)
  })
})

describe.each(everyLocale)('$template.id in "$locale"', ({ template, locale }) => {
  const result = validateJourney(template.journey(locale))

  it('is a valid journey with the template id and the locale asked for', () => {
    expect(result.ok ? [] : result.problems).toEqual([])
    if (!result.ok) return
    expect(result.value.id).toBe(template.id)
    expect(result.value.locale).toBe(locale)
  })

  it('keeps every sticky text short and non-empty, and every item id readable', () => {
    if (!result.ok) throw new Error('invalid')
    for (const item of result.value.items) {
      expect(item.text.trim().length, item.id).toBeGreaterThan(0)
      expect(item.text.length, item.id).toBeLessThanOrEqual(MAX_STICKY_TEXT)
      expect(item.id, item.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/)
      expect(item.id.startsWith(`${item.stageId}-`), item.id).toBe(true)
    }
  })
})

describe.each(contentLocales)('content template $template.id in "$locale"', ({ template, locale }) => {
  const journey = journeyOf(template, locale)
  const items = journey.items

  it('has more than one persona, each fully described with a scenario of their own', () => {
    expect(journey.personas.length).toBeGreaterThan(1)
    for (const persona of journey.personas) {
      expect(persona.role, persona.id).not.toBe('')
      expect(persona.age, persona.id).toBeGreaterThan(0)
      expect(persona.description, persona.id).not.toBe('')
      expect(persona.goals.length, persona.id).toBeGreaterThan(0)
      expect(persona.needs.length, persona.id).toBeGreaterThan(0)
      expect(persona.frustrations.length, persona.id).toBeGreaterThan(0)
      expect(persona.ambitions.length, persona.id).toBeGreaterThan(0)
      expect(persona.hobbies.length, persona.id).toBeGreaterThan(0)
      expect(persona.channels.length, persona.id).toBeGreaterThan(0)
      expect(persona.quote, persona.id).not.toBe('')
      expect(persona.scenario, persona.id).toBeTruthy()
    }
    expect(new Set(journey.personas.map((p) => p.scenario)).size).toBe(journey.personas.length)
  })

  it('has a scenario, a business context and a state', () => {
    expect(journey.scenario).not.toBe('')
    expect(journey.context).not.toBe('')
    expect(['current', 'future']).toContain(journey.state)
  })

  it('scores emotion on its scale', () => {
    const scored = items.filter((item) => item.score !== undefined)
    expect(scored.length).toBeGreaterThan(0)
    const { min, max } = journey.emotionScale
    for (const item of scored) {
      expect(item.score, item.id).toBeGreaterThanOrEqual(min)
      expect(item.score, item.id).toBeLessThanOrEqual(max)
    }
    // Every sticky in an emotion lane carries its score, so the curve has a point per stage.
    for (const item of items.filter((i) => laneKind(journey, i) === 'emotion')) expect(item.score, item.id).toBeDefined()
  })

  it('has pains, delights, at least one moment of truth and opportunities', () => {
    const pains = items.filter((item) => laneKind(journey, item) === 'pains' || item.flag === 'red')
    const delights = items.filter((item) => laneKind(journey, item) === 'delights' || item.flag === 'green')
    const opportunities = items.filter((item) => laneKind(journey, item) === 'opportunities')
    expect(pains.length).toBeGreaterThan(0)
    expect(delights.length).toBeGreaterThan(0)
    expect(items.some((item) => item.momentOfTruth)).toBe(true)
    expect(opportunities.length).toBeGreaterThan(0)
  })

  it('has at least one sticky in every lane of every stage', () => {
    const empty: string[] = []
    for (const stage of journey.stages) {
      for (const lane of journey.lanes) {
        if (!items.some((item) => item.stageId === stage.id && item.laneId === lane.id)) empty.push(`${stage.id} × ${lane.id}`)
      }
    }
    expect(empty).toEqual([])
  })

  it('gives every touchpoint a channel and a device, and every action an owner', () => {
    for (const item of items) {
      if (laneKind(journey, item) === 'touchpoints') {
        expect(item.channel, item.id).toBeDefined()
        expect(item.device, item.id).toBeDefined()
      }
      if (laneKind(journey, item) === 'action-plan') expect(item.owner, item.id).toBeTruthy()
    }
  })

  it('puts every stage in a phase', () => {
    const phaseIds = new Set(journey.phases.map((phase) => phase.id))
    expect(phaseIds.size).toBeGreaterThan(0)
    for (const stage of journey.stages) expect(phaseIds.has(stage.phaseId ?? ''), stage.id).toBe(true)
  })
})

describe('the blank template', () => {
  it.each(blankTemplate.locales)('is a valid, empty map with the standard lanes in "%s"', (locale) => {
    const journey = journeyOf(blankTemplate, locale)
    expect(journey.items).toEqual([])
    expect(journey.personas).toHaveLength(1)
    expect(journey.stages.length).toBeGreaterThanOrEqual(3)
    expect(journey.lanes.map((lane) => lane.kind)).toEqual(['actions', 'thoughts', 'touchpoints', 'emotion', 'pains', 'opportunities'])
  })

  it('uses the same ids in every locale', () => {
    const [en, da] = blankTemplate.locales.map((locale) => journeyOf(blankTemplate, locale))
    const ids = (j: Journey | undefined): unknown => j && [j.stages.map((s) => s.id), j.lanes.map((l) => l.id), j.phases.map((p) => p.id)]
    expect(ids(da)).toEqual(ids(en))
    expect(da?.title).not.toBe(en?.title)
  })
})

it('includes every content template in the content checks', () => {
  expect(contentTemplates.map((t) => t.id)).toEqual(['car-rental', 'moving-house', 'ikea', 'workshop-swimlane', 'service-blueprint'])
})
