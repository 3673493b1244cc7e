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
      const contents = boardContents(layoutJourney(journey).nodes)
      expect(contents, journey.id).toMatchObject({ stages: journey.stages.length, lanes: journey.lanes.length, stickies: journey.items.length, links: (journey.links ?? []).length })
    }
  })

  it('counts one emotion point for each scored item in an emotion lane of each template, and none for scores shown as badges', () => {
    // Scored items in the templates' emotion lanes, counted in their journeys: car rental's two curves
    // (as is, to be) over seven stages, moving house's nine stages, IKEA's two emotion rows of twelve;
    // the workshop and blueprint score stickies in other lanes (8 and 7 scores, drawn as badges), and
    // the blank map scores nothing.
    const expected: Record<string, number> = { 'car-rental': 14, 'moving-house': 9, ikea: 24, 'workshop-swimlane': 0, 'service-blueprint': 0, blank: 0 }
    const journeys = templateJourneys()
    expect(journeys.map((journey) => journey.id).sort()).toEqual(Object.keys(expected).sort())
    for (const journey of journeys) {
      const emotionLanes = new Set(journey.lanes.filter((lane) => lane.kind === 'emotion').map((lane) => lane.id))
      const onCurves = journey.items.filter((item) => item.score !== undefined && emotionLanes.has(item.laneId)).length
      expect(onCurves, journey.id).toBe(expected[journey.id])
      expect(boardContents(layoutJourney(journey).nodes).emotionPoints, journey.id).toBe(expected[journey.id])
    }
  })

  it('says a board’s contents as a list in the user’s terms, never by FigJam node type', () => {
    const journey = templateJourneys().find((j) => j.id === 'workshop-swimlane')!
    const said = boardContentsText(boardContents(layoutJourney(journey).nodes), en.panel.journey, 'en')
    expect(said).toBe(`${journey.stages.length} stages, ${journey.lanes.length} lanes, ${journey.items.length} stickies and ${(journey.links ?? []).length} links`)
    expect(said).not.toMatch(/section|shape|text|connector|node/)
  })
})
