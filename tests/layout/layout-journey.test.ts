import { describe, expect, it } from 'vitest'

import {
  type BoardPlan,
  BODY_FONT,
  CONNECTOR_COLORS,
  estimatedTextMeasure,
  EMOTION_BAND_HEIGHT,
  EMOTION_POINT_SIZE,
  HEADING_FONT,
  LAYOUT_VERSION,
  layoutJourney,
  STAGE_TITLE_CLEARANCE,
  type PlanNode,
  type PlanShape,
  type PlanSticky,
  type PlanText,
  STICKY_COLORS,
  STICKY_SHAPE_PRESETS,
  STICKY_SIZE,
  STICKY_WIDE_WIDTH
} from '../../src/layout'
import { type Journey, type JourneyInput, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardBoxes, contains, planProblems } from './plan-invariants'

function journeyOf(input: JourneyInput): Journey {
  const result = validateJourney(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

/** A small map with one of everything, changed per test. */
function sample(overrides: Partial<JourneyInput> = {}): Journey {
  return journeyOf({
    id: 'sample',
    title: 'Renting a car',
    scenario: 'We rent a car for our holiday',
    personas: [
      { id: 'ann', name: 'Ann', goals: ['See the coast'] },
      { id: 'bo', name: 'Bo', role: 'Commuter', age: 41, frustrations: ['Queues'] }
    ],
    phases: [
      { id: 'before', name: 'Before' },
      { id: 'during', name: 'During' }
    ],
    stages: [
      { id: 'plan', name: 'Plan', phaseId: 'before' },
      { id: 'book', name: 'Book', phaseId: 'before' },
      { id: 'drive', name: 'Drive', phaseId: 'during' }
    ],
    lanes: [
      { id: 'thoughts', name: 'Thoughts', kind: 'thoughts' },
      { id: 'feel', name: 'Emotion', kind: 'emotion' },
      { id: 'pains', name: 'Pain points', kind: 'pains' }
    ],
    items: [
      { id: 't1', stageId: 'plan', laneId: 'thoughts', text: 'Where are we going?' },
      { id: 'e1', stageId: 'plan', laneId: 'feel', text: 'Excited', score: 2 },
      { id: 'e2', stageId: 'book', laneId: 'feel', text: 'Unsure', score: -1 },
      { id: 'e3', stageId: 'drive', laneId: 'feel', text: 'Fine', score: 0 },
      { id: 'p1', stageId: 'book', laneId: 'pains', text: 'Prices cannot be compared', flag: 'red', momentOfTruth: true }
    ],
    links: [{ id: 'k1', from: 't1', to: 'p1', kind: 'handover', label: 'leads to' }],
    ...overrides
  })
}

const byKey = (plan: BoardPlan, key: string): PlanNode => {
  const node = plan.nodes.find((n) => n.key === key)
  if (node === undefined) throw new Error(`no node ${key}`)
  return node
}
const withRole = (plan: BoardPlan, role: string): PlanNode[] => plan.nodes.filter((n) => n.tag.role === role)

describe('layoutJourney', () => {
  describe('on every template', () => {
    for (const template of TEMPLATES) {
      for (const locale of template.locales) {
        it(`should lay out "${template.id}" (${locale}) without breaking any board rule`, () => {
          const journey = journeyOf(template.journey(locale))
          const plan = layoutJourney(journey)
          expect(planProblems(plan, journey)).toEqual([])
          expect(plan.nodes.filter((n) => n.kind === 'sticky')).toHaveLength(journey.items.length)
          expect(plan.nodes.filter((n) => n.tag.role === 'stage' && n.kind === 'section')).toHaveLength(journey.stages.length)
          expect(withRole(plan, 'lane-label')).toHaveLength(journey.lanes.length)
          expect(withRole(plan, 'link')).toHaveLength(journey.links.length)
        })
      }
    }
  })

  it('should name every legend entry once on every template, telling link kinds apart from activity types of the same name', () => {
    for (const template of TEMPLATES) {
      for (const locale of template.locales) {
        const plan = layoutJourney(journeyOf(template.journey(locale)))
        const labels = plan.nodes.filter((n): n is PlanText => n.kind === 'text' && n.tag.role === 'legend' && n.tag.part === 'label').map((n) => n.text)
        expect(labels.filter((label, i) => labels.indexOf(label) !== i), `${template.id} (${locale})`).toEqual([])
      }
    }
    const workshop = layoutJourney(journeyOf(TEMPLATES.find((t) => t.id === 'workshop-swimlane')!.journey('en')))
    const legend = (subject: string): string[] =>
      workshop.nodes.filter((n): n is PlanText => n.kind === 'text' && n.tag.legendSubject === subject && n.tag.part === 'label').map((n) => n.text)
    expect(legend('activity-type')).toContain('Hand-over')
    expect(legend('link-kind')).toContain('Arrow: Hand-over')
  })

  it('should give the same plan for the same journey, as plain JSON', () => {
    const journey = sample()
    const plan = layoutJourney(journey)
    expect(layoutJourney(structuredClone(journey))).toEqual(plan)
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan)
    expect(plan.layoutVersion).toBe(LAYOUT_VERSION)
    expect(plan.journeyId).toBe('sample')
  })

  it('should put everything in one board section named after the journey', () => {
    const plan = layoutJourney(sample())
    const [board, ...rest] = plan.nodes
    expect(board).toMatchObject({ kind: 'section', key: 'board', parent: null, name: 'Renting a car', x: 0, y: 0 })
    expect(rest.every((n) => n.parent !== null)).toBe(true)
    expect(plan.nodes.filter((n) => n.parent === null)).toHaveLength(1)
  })

  it('should draw a header with title, scenario and the state as a label', () => {
    const plan = layoutJourney(sample({ state: 'future' }))
    expect(byKey(plan, 'header:title')).toMatchObject({ kind: 'text', text: 'Renting a car', font: HEADING_FONT })
    expect(byKey(plan, 'header:scenario')).toMatchObject({ kind: 'text', text: 'We rent a car for our holiday' })
    expect(byKey(plan, 'header:state')).toMatchObject({ kind: 'shape', text: 'Future state', tag: { role: 'header', part: 'state', variant: 'future' } })
  })

  it('should write the board words in the journey language', () => {
    const plan = layoutJourney(sample({ locale: 'da' }))
    expect(byKey(plan, 'header:state')).toMatchObject({ text: 'Nuværende situation' })
    expect(byKey(plan, 'legend:title')).toMatchObject({ text: 'Forklaring' })
  })

  it("should show the journey's persona, or the first one", () => {
    const first = byKey(layoutJourney(sample()), 'persona:name')
    expect(first).toMatchObject({ kind: 'text', text: 'Ann', font: HEADING_FONT, tag: { role: 'persona', part: 'title', personaId: 'ann' } })
    const picked = layoutJourney(sample({ personaId: 'bo' }))
    expect(byKey(picked, 'persona:name')).toMatchObject({ text: 'Bo', tag: { personaId: 'bo' } })
    expect(byKey(picked, 'persona:role')).toMatchObject({ text: 'Commuter · Age 41', font: BODY_FONT })
    expect(byKey(picked, 'persona:frustrations:heading')).toMatchObject({ text: 'Frustrations', font: HEADING_FONT, tag: { part: 'label' } })
    expect(byKey(picked, 'persona:frustrations')).toMatchObject({ text: '• Queues', font: BODY_FONT })
  })

  it('should stack the persona card blocks top to bottom inside the card, apart, the card as tall as they need', () => {
    const plan = layoutJourney(journeyOf(TEMPLATES.find((t) => t.id === 'moving-house')!.journey('en')))
    const boxes = boardBoxes(plan)
    const card = boxes.get('persona:card')!
    const blocks = plan.nodes.filter((n) => n.tag.role === 'persona' && n.tag.part !== 'card').map((n) => boxes.get(n.key)!)
    expect(blocks.length).toBeGreaterThan(4)
    blocks.forEach((block, i) => {
      expect(contains(card, block)).toBe(true)
      if (i > 0) expect(block.y).toBeGreaterThan(blocks[i - 1]!.y + blocks[i - 1]!.height)
    })
    expect(card.y + card.height).toBeGreaterThan(blocks.at(-1)!.y + blocks.at(-1)!.height)
  })

  it('should make one stage section per stage in the board, in stage order, sized to contain its stickies', () => {
    const plan = layoutJourney(sample())
    const sections = plan.nodes.filter((n) => n.kind === 'section' && n.tag.role === 'stage')
    expect(sections.map((s) => [s.name, s.parent, s.tag.stageId])).toEqual([
      ['Plan', 'board', 'plan'],
      ['Book', 'board', 'book'],
      ['Drive', 'board', 'drive']
    ])
    const xs = sections.map((s) => s.x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
  })

  it('should head every stage section with its name, in bold larger than any other text in the grid, above its rows', () => {
    const journey = sample({ stages: [{ id: 'plan', name: 'Plan the whole trip around the school holidays', description: 'Weeks before' }, { id: 'book', name: 'Book' }, { id: 'drive', name: 'Drive' }] })
    const plan = layoutJourney(journey)
    const boxes = boardBoxes(plan)
    const headings = plan.nodes.filter((n): n is PlanText => n.kind === 'text' && n.tag.role === 'stage' && n.tag.part === 'title')
    expect(headings.map((h) => [h.text, h.parent, h.tag.stageId])).toEqual(journey.stages.map((s) => [s.name, `stage:${s.id}`, s.id]))
    const gridTexts = plan.nodes.filter(
      (n): n is Exclude<PlanNode, { kind: 'section' }> =>
        n.kind !== 'section' && n.kind !== 'connector' && n.tag.part !== 'title' && (n.parent?.startsWith('stage:') === true || n.tag.role === 'lane-label')
    )
    const firstRow = Math.min(...plan.grid.rows.map((row) => row.y))
    for (const heading of headings) {
      expect(heading.font).toEqual(HEADING_FONT)
      expect(heading.fontSize).toBeGreaterThan(Math.max(...gridTexts.map((n) => n.fontSize)))
      const box = boxes.get(heading.key)!
      // Below the section's title tab, above the first row, and the description under it.
      expect(box.y).toBeGreaterThanOrEqual(boxes.get(heading.parent!)!.y + STAGE_TITLE_CLEARANCE)
      expect(box.y + box.height).toBeLessThanOrEqual(firstRow)
    }
    const description = boxes.get('stage:plan:description')!
    expect(description.y).toBeGreaterThanOrEqual(boxes.get('stage:plan:heading')!.y + boxes.get('stage:plan:heading')!.height)
    expect(planProblems(plan, journey)).toEqual([])
  })

  it('should label every empty cell with a hint naming its lane, in the cell, and none where the cell has stickies', () => {
    const blank = journeyOf(TEMPLATES.find((t) => t.id === 'blank')!.journey('en'))
    expect(blank.items).toEqual([])
    const plan = layoutJourney(blank)
    const boxes = boardBoxes(plan)
    const hints = plan.nodes.filter((n): n is PlanText => n.kind === 'text' && n.tag.role === 'cell-hint')
    expect(hints.map((h) => [h.tag.stageId, h.tag.laneId])).toEqual(blank.stages.flatMap((stage) => blank.lanes.map((lane) => [stage.id, lane.id])))
    for (const hint of hints) {
      const lane = blank.lanes.find((l) => l.id === hint.tag.laneId)!
      expect(hint.text).toBe(`${lane.name}: add stickies here`)
      expect(hint.parent).toBe(`stage:${hint.tag.stageId}`)
      const row = plan.grid.rows.find((r) => r.laneId === lane.id)!
      const box = boxes.get(hint.key)!
      expect(box.y).toBeGreaterThanOrEqual(row.y)
      expect(box.y + box.height).toBeLessThanOrEqual(row.y + row.height)
    }
    const filled = layoutJourney(sample())
    const hinted = filled.nodes.filter((n) => n.tag.role === 'cell-hint').map((n) => `${n.tag.stageId} ${n.tag.laneId}`)
    expect(hinted).not.toContain('plan thoughts')
    expect(hinted).toContain('drive thoughts')
    // The emotion row shows its curve's points, not a hint.
    expect(hinted.filter((cell) => cell.endsWith(' feel'))).toEqual([])
  })

  it('should colour stickies by lane kind, and by activity type where an item has one', () => {
    const journey = sample({
      activityTypes: [{ id: 'handover', name: 'Hand-over', color: 'violet' }],
      items: [
        { id: 't1', stageId: 'plan', laneId: 'thoughts', text: 'a thought' },
        { id: 't2', stageId: 'plan', laneId: 'thoughts', text: 'handed over', activityTypeId: 'handover' },
        { id: 'p1', stageId: 'plan', laneId: 'pains', text: 'a pain' }
      ],
      links: []
    })
    const plan = layoutJourney(journey)
    expect(byKey(plan, 'item:t1')).toMatchObject({ fill: STICKY_COLORS.yellow })
    expect(byKey(plan, 'item:t2')).toMatchObject({ fill: STICKY_COLORS.violet, tag: { activityTypeId: 'handover' } })
    expect(byKey(plan, 'item:p1')).toMatchObject({ fill: STICKY_COLORS.red })
    const legend = withRole(plan, 'legend').filter((n) => n.tag.part === 'swatch')
    // A legend swatch is a shape: the sticky colour's hue as a shape preset, fill, outline and text colour together.
    expect(legend.find((n) => n.tag.activityTypeId === 'handover')).toMatchObject({ fill: '#DCCCFF', stroke: '#874FFF', textFill: '#1E1E1E' })
    expect(legend.find((n) => n.tag.laneId === 'pains')).toMatchObject(STICKY_SHAPE_PRESETS.red)
  })

  it("should size every marker's and badge's glyph to fit its shape's text area, so FigJam centres it rather than clipping it", () => {
    // A diamond holds text in its inscribed square (half its side), an ellipse in a square 1/√2 of its side.
    const shares: Partial<Record<string, number>> = { DIAMOND: 0.5, ELLIPSE: Math.SQRT1_2, STAR: 0.4 }
    for (const id of ['workshop-swimlane', 'service-blueprint', 'car-rental']) {
      const plan = layoutJourney(journeyOf(TEMPLATES.find((t) => t.id === id)!.journey('en')))
      const glyphs = plan.nodes.filter((n): n is PlanShape => n.kind === 'shape' && n.text.length <= 3 && n.text !== '' && n.tag.role !== 'lane-label')
      if (id === 'workshop-swimlane') expect(glyphs.some((n) => n.shapeType === 'DIAMOND' && n.text === '!')).toBe(true)
      for (const glyph of glyphs) {
        const area = Math.min(glyph.width, glyph.height) * (shares[glyph.shapeType] ?? 1)
        const line = estimatedTextMeasure.heightOf({ kind: 'text', text: glyph.text, font: glyph.font, fontSize: glyph.fontSize, width: area })
        expect(line, `${glyph.key} "${glyph.text}" in a ${glyph.width} px ${glyph.shapeType}`).toBeLessThanOrEqual(area)
      }
    }
  })

  it('should use a wide sticky for long text and grow it, and a square one for short text', () => {
    const long = 'The prices cannot be compared because every site shows a different total. '.repeat(8)
    const plan = layoutJourney(
      sample({ items: [{ id: 'x', stageId: 'plan', laneId: 'pains', text: long }, { id: 'y', stageId: 'plan', laneId: 'pains', text: 'Short' }], links: [] })
    )
    const wide = byKey(plan, 'item:x') as PlanSticky
    expect(wide).toMatchObject({ wide: true, width: STICKY_WIDE_WIDTH })
    expect(wide.height).toBeGreaterThan(STICKY_SIZE)
    expect(byKey(plan, 'item:y')).toMatchObject({ wide: false, width: STICKY_SIZE, height: STICKY_SIZE })
    // The column grows to the wide sticky.
    const column = plan.grid.columns.find((c) => c.stageId === 'plan')!
    expect(column.width).toBeGreaterThanOrEqual(STICKY_WIDE_WIDTH)
  })

  it('should stack several items of one cell without overlap and make the row as tall as its tallest cell', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: `n${i}`, stageId: 'book', laneId: 'thoughts', text: `Thought ${i}` }))
    const journey = sample({ items, links: [] })
    const plan = layoutJourney(journey)
    expect(planProblems(plan, journey)).toEqual([])
    const boxes = boardBoxes(plan)
    const row = plan.grid.rows.find((r) => r.laneId === 'thoughts')!
    const bottom = Math.max(...items.map((item) => boxes.get(`item:${item.id}`)!.y + STICKY_SIZE))
    expect(row.y + row.height).toBeGreaterThanOrEqual(bottom)
    // Seven square stickies wrap into three columns of at most three rows.
    const xs = new Set(items.map((item) => boxes.get(`item:${item.id}`)!.x))
    expect(xs.size).toBe(3)
  })

  it('should mark flags and moments of truth beside their sticky, and explain them in the legend', () => {
    const plan = layoutJourney(sample())
    const markers = withRole(plan, 'flag-marker')
    expect(markers.map((m) => [m.key, m.tag.part, m.parent])).toEqual([
      ['marker:p1:red-flag', 'red-flag', 'stage:book'],
      ['marker:p1:moment-of-truth', 'moment-of-truth', 'stage:book']
    ])
    const boxes = boardBoxes(plan)
    const sticky = boxes.get('item:p1')!
    for (const marker of markers) {
      const b = boxes.get(marker.key)!
      // Pinned to the sticky's top edge, on its right half.
      expect(b.y).toBeLessThan(sticky.y)
      expect(b.y + b.height).toBeGreaterThan(sticky.y)
      expect(b.x).toBeGreaterThan(sticky.x + sticky.width / 2)
    }
    const legendMarkers = withRole(plan, 'legend').filter((n) => n.tag.legendSubject === 'marker' && n.tag.part === 'swatch')
    expect(legendMarkers.map((n) => n.tag.variant)).toEqual(['red-flag', 'moment-of-truth'])
  })

  describe('the emotion curve', () => {
    it('should place one point per stage by score, the highest score highest, with the score as its text', () => {
      const plan = layoutJourney(sample())
      const points = withRole(plan, 'emotion-point') as PlanShape[]
      expect(points.map((p) => [p.tag.itemId, p.text, p.parent, p.shapeType])).toEqual([
        ['e1', '+2', 'stage:plan', 'ELLIPSE'],
        ['e2', '\u22121', 'stage:book', 'ELLIPSE'],
        ['e3', '0', 'stage:drive', 'ELLIPSE']
      ])
      const boxes = boardBoxes(plan)
      const row = plan.grid.rows.find((r) => r.laneId === 'feel')!
      const top = (key: string): number => boxes.get(key)!.y - row.y
      expect(top('emotion-point:e1')).toBeLessThan(top('emotion-point:e3'))
      expect(top('emotion-point:e3')).toBeLessThan(top('emotion-point:e2'))
      // The top of the scale is the top of the band, the bottom of the scale its bottom.
      expect(top('emotion-point:e2') - top('emotion-point:e1')).toBe(((2 - -1) / 4) * (EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE))
    })

    it('should join consecutive points with straight, capless connectors', () => {
      const plan = layoutJourney(sample())
      const lines = withRole(plan, 'emotion-line')
      expect(lines.map((l) => (l.kind === 'connector' ? [l.start, l.end, l.startCap, l.endCap, l.lineType] : l.kind))).toEqual([
        ['emotion-point:e1', 'emotion-point:e2', 'NONE', 'NONE', 'STRAIGHT'],
        ['emotion-point:e2', 'emotion-point:e3', 'NONE', 'NONE', 'STRAIGHT']
      ])
    })

    it('should keep the emotion text readable as stickies below the curve band', () => {
      const plan = layoutJourney(sample())
      const boxes = boardBoxes(plan)
      const sticky = boxes.get('item:e2')!
      const point = boxes.get('emotion-point:e2')!
      expect(sticky.y).toBeGreaterThanOrEqual(point.y + point.height)
    })

    it('should draw one point per touchpoint when the scale is per touchpoint', () => {
      const journey = sample({
        lanes: [
          { id: 'tp', name: 'Touchpoints', kind: 'touchpoints' },
          { id: 'feel', name: 'Emotion', kind: 'emotion' }
        ],
        items: [
          { id: 'a', stageId: 'plan', laneId: 'tp', text: 'Website', score: 1 },
          { id: 'b', stageId: 'plan', laneId: 'tp', text: 'Phone', score: -2 },
          { id: 'c', stageId: 'drive', laneId: 'tp', text: 'App', score: 2 },
          { id: 'f', stageId: 'plan', laneId: 'feel', text: 'Mixed' }
        ],
        links: [],
        emotionScale: { min: -2, max: 2, per: 'touchpoint' }
      })
      const plan = layoutJourney(journey)
      expect(planProblems(plan, journey)).toEqual([])
      const points = withRole(plan, 'emotion-point')
      expect(points.map((p) => [p.tag.itemId, p.parent])).toEqual([
        ['a', 'stage:plan'],
        ['b', 'stage:plan'],
        ['c', 'stage:drive']
      ])
      // Drawn in the emotion row, side by side within the stage column.
      const boxes = boardBoxes(plan)
      const row = plan.grid.rows.find((r) => r.laneId === 'feel')!
      for (const p of points) expect(contains({ x: 0, y: row.y, width: plan.width, height: row.height }, boxes.get(p.key)!)).toBe(true)
      expect(boxes.get('emotion-point:a')!.x + EMOTION_POINT_SIZE).toBeLessThanOrEqual(boxes.get('emotion-point:b')!.x)
    })

    it('should show scores outside an emotion row as badges on their stickies', () => {
      const journey = sample({
        lanes: [{ id: 'guest', name: 'Guest actions', kind: 'customer-actions' }],
        items: [{ id: 'g', stageId: 'plan', laneId: 'guest', text: 'Queues', score: -1 }],
        links: []
      })
      const plan = layoutJourney(journey)
      expect(planProblems(plan, journey)).toEqual([])
      expect(withRole(plan, 'emotion-point')).toEqual([])
      expect(byKey(plan, 'score:g')).toMatchObject({ kind: 'shape', text: '\u22121', fill: CONNECTOR_COLORS.red, tag: { role: 'score-badge', itemId: 'g' } })
    })
  })

  it('should draw links as arrows between their stickies with their label', () => {
    const plan = layoutJourney(sample())
    expect(byKey(plan, 'link:k1')).toMatchObject({
      kind: 'connector',
      parent: 'board',
      start: 'item:t1',
      end: 'item:p1',
      startCap: 'NONE',
      endCap: 'ARROW_LINES',
      text: 'leads to',
      font: BODY_FONT,
      tag: { role: 'link', linkId: 'k1', variant: 'handover' }
    })
  })

  describe('phase bands', () => {
    it('should span the stages of each run of a phase, and split a phase that reordering broke up', () => {
      const journey = sample({
        stages: [
          { id: 'a', name: 'A', phaseId: 'before' },
          { id: 'b', name: 'B', phaseId: 'before' },
          { id: 'c', name: 'C', phaseId: 'during' },
          { id: 'd', name: 'D', phaseId: 'before' },
          { id: 'e', name: 'E' }
        ],
        items: [],
        links: []
      })
      const plan = layoutJourney(journey)
      expect(planProblems(plan, journey)).toEqual([])
      const bands = withRole(plan, 'phase') as PlanShape[]
      expect(bands.map((b) => [b.key, b.text])).toEqual([
        ['phase:before:0', 'Before'],
        ['phase:during:0', 'During'],
        ['phase:before:1', 'Before']
      ])
      const column = (id: string) => plan.grid.columns.find((c) => c.stageId === id)!
      const span = (band: PlanShape): [number, number] => [band.x, band.x + band.width]
      expect(span(bands[0]!)).toEqual([column('a').x, column('b').x + column('b').width])
      expect(span(bands[1]!)).toEqual([column('c').x, column('c').x + column('c').width])
      expect(span(bands[2]!)).toEqual([column('d').x, column('d').x + column('d').width])
      // Above the stage sections.
      const stageTop = byKey(plan, 'stage:a').y
      for (const band of bands) expect(band.y + band.height).toBeLessThan(stageTop)
    })
  })

  describe('swimlanes', () => {
    const swimlane = (order: string[]): Journey =>
      sample({
        lanes: order.map((id) =>
          id === 'notes'
            ? { id, name: 'Notes', kind: 'notes' as const }
            : { id, name: id, kind: 'actor' as const, actor: id === 'customer' ? ('customer' as const) : ('department' as const) }
        ),
        items: [
          { id: 'x', stageId: 'plan', laneId: 'customer', text: 'Asks for help' },
          { id: 'y', stageId: 'plan', laneId: 'sales', text: 'Hands over to support' },
          { id: 'z', stageId: 'book', laneId: 'support', text: 'Takes the case' }
        ],
        links: [
          { id: 'h1', from: 'x', to: 'y', kind: 'handover' },
          { id: 'h2', from: 'y', to: 'z', kind: 'handover' }
        ]
      })

    it('should move the customer lane to the middle of the actor lanes, keeping the others in order', () => {
      const plan = layoutJourney(swimlane(['customer', 'sales', 'support', 'partner', 'finance']))
      expect(plan.grid.rows.map((r) => r.laneId)).toEqual(['sales', 'support', 'customer', 'partner', 'finance'])
    })

    it('should keep other lanes in their places while centring the customer among the actors', () => {
      const plan = layoutJourney(swimlane(['notes', 'sales', 'support', 'finance', 'customer']))
      expect(plan.grid.rows.map((r) => r.laneId)).toEqual(['notes', 'sales', 'customer', 'support', 'finance'])
    })

    it('should draw hand-overs across lanes as arrows', () => {
      const journey = swimlane(['sales', 'customer', 'support'])
      const plan = layoutJourney(journey)
      expect(planProblems(plan, journey)).toEqual([])
      expect(withRole(plan, 'link').map((l) => (l.kind === 'connector' ? [l.start, l.end, l.stroke] : []))).toEqual([
        ['item:x', 'item:y', CONNECTOR_COLORS.blue],
        ['item:y', 'item:z', CONNECTOR_COLORS.blue]
      ])
    })
  })

  describe('service blueprint lines', () => {
    it('should draw each line with its label in the gap below the lane it follows', () => {
      const journey = sample({
        lanes: [
          { id: 'customer', name: 'Customer actions', kind: 'customer-actions' },
          { id: 'front', name: 'Frontstage', kind: 'frontstage' },
          { id: 'back', name: 'Backstage', kind: 'backstage' },
          { id: 'support', name: 'Support processes', kind: 'support-processes' }
        ],
        items: [],
        links: [],
        blueprintLines: [
          { kind: 'interaction', afterLaneId: 'customer' },
          { kind: 'visibility', afterLaneId: 'front' },
          { kind: 'internal-interaction', afterLaneId: 'back' }
        ]
      })
      const plan = layoutJourney(journey)
      expect(planProblems(plan, journey)).toEqual([])
      const rows = plan.grid.rows
      const lines = withRole(plan, 'blueprint-line').filter((n) => n.tag.part === 'line')
      const labels = withRole(plan, 'blueprint-line').filter((n) => n.tag.part === 'label') as PlanShape[]
      expect(lines.map((l) => [l.tag.variant, l.tag.laneId])).toEqual([
        ['interaction', 'customer'],
        ['visibility', 'front'],
        ['internal-interaction', 'back']
      ])
      expect(labels.map((l) => l.text)).toEqual(['Line of interaction', 'Line of visibility', 'Line of internal interaction'])
      lines.forEach((line, i) => {
        const above = rows[i]!
        const below = rows[i + 1]!
        expect(line.y).toBeGreaterThan(above.y + above.height)
        expect(line.y + line.height).toBeLessThan(below.y)
        // Across the lane labels and every stage column.
        const lastColumn = plan.grid.columns[plan.grid.columns.length - 1]!
        expect(line.x).toBeLessThanOrEqual(byKey(plan, `lane:${above.laneId}`).x)
        expect(line.x + line.width).toBeGreaterThanOrEqual(lastColumn.x + lastColumn.width)
        const label = labels[i]!
        expect(label.y).toBeGreaterThan(above.y + above.height)
        expect(label.y + label.height).toBeLessThan(below.y)
      })
    })
  })

  it('should list every font it uses once, sorted', () => {
    const plan = layoutJourney(sample())
    expect(plan.fonts).toEqual([BODY_FONT, HEADING_FONT].sort((a, b) => a.style.localeCompare(b.style)))
    const used = new Set(plan.nodes.flatMap((n) => (n.kind === 'section' ? [] : [`${n.font.family}/${n.font.style}`])))
    expect(new Set(plan.fonts.map((f) => `${f.family}/${f.style}`))).toEqual(used)
  })

  it('should describe its grid so the cell of every sticky can be found again', () => {
    const plan = layoutJourney(sample())
    expect(plan.grid.columns.map((c) => c.stageId)).toEqual(['plan', 'book', 'drive'])
    expect(plan.grid.rows.map((r) => r.laneId)).toEqual(['thoughts', 'feel', 'pains'])
    for (const column of plan.grid.columns) expect(byKey(plan, `stage:${column.stageId}`)).toMatchObject({ x: column.x, width: column.width })
    for (const row of plan.grid.rows) expect(byKey(plan, `lane:${row.laneId}`)).toMatchObject({ y: row.y, height: row.height })
  })

  it('should refuse a journey whose references do not resolve, naming the culprit', () => {
    const journey = sample()
    const broken = { ...journey, items: [...journey.items, { ...journey.items[0]!, id: 'lost', stageId: 'nowhere' }] }
    expect(() => layoutJourney(broken)).toThrow(/item "lost".*"nowhere"/)
    const link = journey.links[0]!
    expect(() => layoutJourney({ ...journey, links: [link, { ...link, id: 'astray', to: 'gone' }] })).toThrow(/link "astray" joins "t1" to "gone", which are not both items/)
    expect(() => layoutJourney({ ...journey, links: [{ ...link, id: 'astray', from: 'gone' }] })).toThrow(/link "astray" joins "gone" to "p1"/)
  })
})
