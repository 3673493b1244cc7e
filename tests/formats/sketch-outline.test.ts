import { describe, expect, it } from 'vitest'

import { SKETCH_STICKIES_PER_CELL, sketchOutline, SketchOutlineSchema, templateSketches } from '../../src/formats/sketch-outline'
import { MainToUiSchema } from '../../src/messages'
import { validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { templateCatalogue } from '../../src/templates/template-catalogue'

function defaultJourney(id: string) {
  const template = TEMPLATES.find((candidate) => candidate.id === id)
  const checked = template === undefined ? undefined : validateJourney(template.journey(template.locales[0] ?? 'en'))
  if (checked?.ok !== true) throw new Error(`no valid template ${id}`)
  return checked.value
}

describe('sketchOutline', () => {
  it.each(TEMPLATES.map((template) => [template.id] as const))('outlines %s: its stages, lanes, every sticky, and per cell the stickies drawn', (id) => {
    const journey = defaultJourney(id)
    const outline = sketchOutline(journey)
    expect(SketchOutlineSchema.safeParse(outline).success).toBe(true)
    expect(outline.stages).toBe(journey.stages.length)
    expect(outline.lanes).toEqual(journey.lanes.map((lane) => lane.kind))
    expect(outline.stickies).toBe(journey.items.length)
    journey.lanes.forEach((lane, row) =>
      journey.stages.forEach((stage, column) => {
        const inCell = journey.items.filter((item) => item.stageId === stage.id && item.laneId === lane.id).length
        expect(outline.cells[row]?.[column], `${lane.id} × ${stage.id}`).toBe(Math.min(SKETCH_STICKIES_PER_CELL, inCell))
      })
    )
  })

  it('puts the curve at each scored stage as a share of the emotion scale, and has none without scores', () => {
    const checked = validateJourney({
      id: 'j',
      title: 'Three stages',
      personas: [{ id: 'p', name: 'P' }],
      stages: [
        { id: 'a', name: 'A' },
        { id: 'b', name: 'B' },
        { id: 'c', name: 'C' }
      ],
      lanes: [{ id: 'feel', name: 'Feeling', kind: 'emotion' }],
      items: [
        { id: 'i1', stageId: 'a', laneId: 'feel', score: -2 },
        { id: 'i2', stageId: 'c', laneId: 'feel', score: 1 },
        { id: 'i3', stageId: 'c', laneId: 'feel', score: 2 }
      ]
    })
    if (!checked.ok) throw new Error('invalid fixture')
    expect(sketchOutline(checked.value).curve).toEqual([0, null, 0.875])
    expect(sketchOutline({ ...checked.value, items: [] }).curve).toEqual([])
  })

  it('gives every template a sketch, by id', () => {
    expect(Object.keys(templateSketches(TEMPLATES))).toEqual(TEMPLATES.map((template) => template.id))
  })

  it('takes the sketch a template carries (as the build makes it) without making its journey, and refuses one of the wrong shape', () => {
    const sketch = sketchOutline(defaultJourney('ikea'))
    const journey = (): never => {
      throw new Error('the journey was made')
    }
    const template = { id: 'carried', title: 'Carried', description: 'A sketch made beforehand', locales: ['en'], journey, sketch }
    expect(templateSketches([template])).toEqual({ carried: sketch })
    expect(() => templateSketches([{ ...template, sketch: { ...sketch, stages: -1 } }])).toThrow()
  })
})

describe('the templates message', () => {
  const message = { type: 'templates', templates: templateCatalogue(TEMPLATES, () => false), sketches: templateSketches(TEMPLATES) }
  const firstSketch = Object.values(message.sketches)[0]!

  it('parses at the door with sketches and no journeys', () => {
    expect(MainToUiSchema.safeParse(message).success).toBe(true)
  })

  it.each([
    ['a cell with more stickies than a sketch draws', { ...firstSketch, cells: [[SKETCH_STICKIES_PER_CELL + 1]] }],
    ['a curve above the top of the scale', { ...firstSketch, curve: [1.5] }],
    ['a lane of no known kind', { ...firstSketch, lanes: ['weather'] }],
    ['a negative count of stages', { ...firstSketch, stages: -1 }]
  ])('is dropped with %s', (_what, sketch) => {
    expect(MainToUiSchema.safeParse({ ...message, sketches: { ...message.sketches, broken: sketch } }).success).toBe(false)
  })
})
