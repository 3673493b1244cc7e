import { describe, expect, it } from 'vitest'

import { analyseJourney } from '../../src/formats'
import { layoutJourney } from '../../src/layout'
import { validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { stageEmotions } from '../../src/formats/sketch-outline'
import { sketchJourney, SKETCH_HEIGHT, SKETCH_WIDTH } from '../../ui/state/preview-sketch'
import { templateJourney } from '../../ui/state/template-journey'

describe('sketchJourney', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))('sketches %s inside its box, one header per stage and one band per lane', (_id, template) => {
    const journey = templateJourney(template, template.locales[0]!)
    const sketch = sketchJourney(journey)
    expect(sketch.stages).toHaveLength(journey.stages.length)
    expect(sketch.lanes).toHaveLength(journey.lanes.length)
    for (const box of [...sketch.stages, ...sketch.lanes, ...sketch.stickies]) {
      expect(box.x).toBeGreaterThanOrEqual(0)
      expect(box.y).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width).toBeLessThanOrEqual(SKETCH_WIDTH + 0.1)
      expect(box.y + box.height).toBeLessThanOrEqual(SKETCH_HEIGHT + 0.1)
    }
    expect(sketch.stickies.length).toBeLessThanOrEqual(journey.items.length)
  })

  it('draws the emotion curve through one point per scored stage, higher for happier stages', () => {
    const checked = validateJourney({
      id: 'j',
      title: 'Two stages',
      personas: [{ id: 'p', name: 'P' }],
      stages: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' }
      ],
      lanes: [{ id: 'feel', name: 'Feeling', kind: 'emotion' }],
      items: [
        { id: 'i1', stageId: 'a', laneId: 'feel', score: -2 },
        { id: 'i2', stageId: 'b', laneId: 'feel', score: 2 }
      ]
    })
    if (!checked.ok) throw new Error('fixture is invalid')
    const curve = sketchJourney(checked.value).curve
    // Starts at the first stage and ends at the second; SVG y grows downwards, so the happier
    // stage is higher up.
    const start = /^M([\d.]+),([\d.]+)/.exec(curve)!.slice(1).map(Number)
    const end = /([\d.]+),([\d.]+)$/.exec(curve)!.slice(1).map(Number)
    expect(end[0]!).toBeGreaterThan(start[0]!)
    expect(end[1]!).toBeLessThan(start[1]!)
    for (const [, y] of curve.matchAll(/,([\d.]+)/g)) {
      expect(Number(y)).toBeLessThanOrEqual(SKETCH_HEIGHT)
    }
    expect(sketchJourney({ ...checked.value, items: [] }).curve).toBe('')
  })
})

describe('the gallery sketch and the board', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))('draws an emotion curve for %s exactly when its board does', (_id, template) => {
    const journey = templateJourney(template, template.locales[0]!)
    const boardPoints = layoutJourney(journey).nodes.filter((node) => node.tag.role === 'emotion-point')
    expect(sketchJourney(journey).curve !== '').toBe(boardPoints.length > 0)
  })

  it('shows no curve for the workshop swimlanes, whose scores are badges on stickies', () => {
    const template = TEMPLATES.find((candidate) => candidate.id === 'workshop-swimlane')!
    expect(sketchJourney(templateJourney(template, 'en')).curve).toBe('')
  })
})

describe('stageEmotions', () => {
  it.each(TEMPLATES.map((template) => [template.id, template] as const))('agrees with analyseJourney for %s', (_id, template) => {
    const journey = templateJourney(template, template.locales[0]!)
    expect(stageEmotions(journey)).toEqual(analyseJourney(journey).stages.map((stage) => stage.emotion))
  })
})
