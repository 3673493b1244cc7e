import { describe, expect, it } from 'vitest'

import { boardContents } from '../../src/layout/board-contents'
import { boardContentsText } from '../../src/layout/board-contents-text'
import { layoutJourney } from '../../src/layout'
import { en } from '../../src/i18n/catalogues/en'
import type { Journey } from '../../src/model'
import { createJourneyFromTemplate, TEMPLATES } from '../../src/templates'

function templateJourneys(): Journey[] {
  return TEMPLATES.map((template) => {
    const made = createJourneyFromTemplate({ templateId: template.id })
    if (!made.ok) throw new Error(`template ${template.id} gave no journey`)
    return made.value
  })
}

describe('boardContents', () => {
  it('counts each template’s board in the journey’s terms: one stage, lane, sticky and link for each the journey has', () => {
    for (const journey of templateJourneys()) {
      const contents = boardContents(layoutJourney(journey))
      expect(contents, journey.id).toMatchObject({ stages: journey.stages.length, lanes: journey.lanes.length, stickies: journey.items.length, links: (journey.links ?? []).length })
    }
  })

  it('counts the emotion points a map with a curve draws, and none on a map without one', () => {
    const journeys = new Map(templateJourneys().map((journey) => [journey.id, journey]))
    const scored = (id: string): number => journeys.get(id)!.items.filter((item) => item.score !== undefined).length
    expect(boardContents(layoutJourney(journeys.get('car-rental')!)).emotionPoints).toBeGreaterThan(0)
    expect(boardContents(layoutJourney(journeys.get('car-rental')!)).emotionPoints).toBeLessThanOrEqual(scored('car-rental'))
    expect(boardContents(layoutJourney(journeys.get('workshop-swimlane')!)).emotionPoints).toBe(0)
  })

  it('says a board’s contents as a list in the user’s terms, never by FigJam node type', () => {
    const journey = templateJourneys().find((j) => j.id === 'workshop-swimlane')!
    const said = boardContentsText(boardContents(layoutJourney(journey)), en.panel.journey, 'en')
    expect(said).toBe(`${journey.stages.length} stages, ${journey.lanes.length} lanes, ${journey.items.length} stickies and ${(journey.links ?? []).length} links`)
    expect(said).not.toMatch(/section|shape|text|connector|node/)
  })
})
