import { describe, expect, it } from 'vitest'

import {
  type BoardPlan,
  BODY_FONT,
  CONNECTOR_COLORS,
  EMOTION_BAND_HEIGHT,
  EMOTION_POINT_SIZE,
  HEADING_FONT,
  LAYOUT_VERSION,
  layoutJourney,
  type PlanNode,
  type PlanShape,
  type PlanSticky,
  STICKY_COLORS,
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
    const first = byKey(layoutJourney(sample()), 'persona:text')
    expect(first).toMatchObject({ tag: { role: 'persona', personaId: 'ann' } })
    expect((first as PlanShape).text).toContain('Ann')
    const picked = byKey(layoutJourney(sample({ personaId: 'bo' })), 'persona:text') as PlanShape
    expect(picked.tag.personaId).toBe('bo')
    expect(picked.text).toContain('Commuter · Age 41')
    expect(picked.text).toContain('• Queues')
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
    expect(legend.find((n) => n.tag.activityTypeId === 'handover')).toMatchObject({ fill: STICKY_COLORS.violet })
    expect(legend.find((n) => n.tag.laneId === 'pains')).toMatchObject({ fill: STICKY_COLORS.red })
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
        ['e2', '-1', 'stage:book', 'ELLIPSE'],
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
      expect(byKey(plan, 'score:g')).toMatchObject({ kind: 'shape', text: '-1', fill: CONNECTOR_COLORS.red, tag: { role: 'score-badge', itemId: 'g' } })
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
  })
})
