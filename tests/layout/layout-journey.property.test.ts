import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { DEFAULT_TEXT_CALIBRATION, type TextCalibration, TextMetrics } from '../../src/emulator'
import { type BoardPlan, layoutJourney, locateCell, type PlanNode, STICKY_SIZE, STICKY_WIDE_WIDTH, type TextMeasure } from '../../src/layout'
import { boardJourneyArbitrary } from '../fixtures/board-journey-arbitrary'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { boardBoxes, planProblems } from './plan-invariants'
import { propertyRuns } from '../support/property-runs'

const RUNS = propertyRuns(150)

const clonePlan = (plan: BoardPlan): BoardPlan => JSON.parse(JSON.stringify(plan)) as BoardPlan
const node = (plan: BoardPlan, predicate: (n: PlanNode) => boolean): PlanNode | undefined => plan.nodes.find(predicate)

describe('layoutJourney on random journeys', () => {
  it('should keep every board rule: containment, no overlaps, rows, columns, palette, tags', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        expect(planProblems(layoutJourney(journey), journey)).toEqual([])
      }),
      RUNS
    )
  })

  it('should keep every board rule on the shared journey arbitrary too (tricky characters, fractional scores)', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        expect(planProblems(layoutJourney(journey), journey)).toEqual([])
      }),
      RUNS
    )
  })

  it('should be deterministic and plain JSON', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        expect(layoutJourney(structuredClone(journey))).toEqual(plan)
        expect(clonePlan(plan)).toEqual(plan)
      }),
      RUNS
    )
  })

  it('should keep the customer lane in the middle of the actor lanes', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        const kinds = new Map(journey.lanes.map((lane) => [lane.id, lane]))
        const actorRows = plan.grid.rows.map((row) => kinds.get(row.laneId)!).filter((lane) => lane.kind === 'actor')
        const customer = actorRows.findIndex((lane) => lane.actor === 'customer')
        if (customer < 0) return
        const above = customer
        const below = actorRows.length - 1 - customer
        expect(below - above === 0 || below - above === 1).toBe(true)
      }),
      RUNS
    )
  })

  it('should give one band per run of consecutive stages in a phase, spanning exactly those stages', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        const runs: { phaseId: string; stages: string[] }[] = []
        for (const stage of journey.stages) {
          const last = runs[runs.length - 1]
          if (stage.phaseId === undefined) runs.push({ phaseId: '', stages: [] })
          else if (last !== undefined && last.phaseId === stage.phaseId) last.stages.push(stage.id)
          else runs.push({ phaseId: stage.phaseId, stages: [stage.id] })
        }
        const expected = runs.filter((run) => run.phaseId !== '')
        const bands = plan.nodes.filter((n) => n.tag.role === 'phase')
        expect(bands.map((b) => b.tag.phaseId)).toEqual(expected.map((run) => run.phaseId))
        const column = new Map(plan.grid.columns.map((c) => [c.stageId, c]))
        bands.forEach((band, i) => {
          const first = column.get(expected[i]!.stages[0]!)!
          const last = column.get(expected[i]!.stages[expected[i]!.stages.length - 1]!)!
          expect([band.x, band.x + band.width]).toEqual([first.x, last.x + last.width])
        })
      }),
      RUNS
    )
  })

  it('should draw each blueprint line between the lane it follows and the next row', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        const rows = plan.grid.rows
        const lines = plan.nodes.filter((n) => n.tag.role === 'blueprint-line' && n.tag.part === 'line')
        expect(lines).toHaveLength(journey.blueprintLines.length)
        for (const line of lines) {
          const r = rows.findIndex((row) => row.laneId === line.tag.laneId)
          const above = rows[r]!
          const below = rows[r + 1]
          expect(line.y).toBeGreaterThan(above.y + above.height)
          if (below !== undefined) expect(line.y + line.height).toBeLessThan(below.y)
        }
      }),
      RUNS
    )
  })

  it('should find every sticky again in its own cell from its centre', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        const boxes = boardBoxes(plan)
        for (const item of journey.items) {
          const box = boxes.get(`item:${item.id}`)!
          const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
          expect(locateCell(plan.grid, centre)).toEqual({ stageId: item.stageId, laneId: item.laneId })
        }
      }),
      RUNS
    )
  })

  it('should place emotion points by score: a higher score never sits lower in the same row', () => {
    fc.assert(
      fc.property(boardJourneyArbitrary(), (journey) => {
        const plan = layoutJourney(journey)
        const boxes = boardBoxes(plan)
        const score = new Map(journey.items.map((item) => [item.id, item.score ?? 0]))
        const points = plan.nodes.filter((n) => n.tag.role === 'emotion-point')
        for (const a of points) {
          for (const b of points) {
            const sameRow = plan.grid.rows.find((row) => boxes.get(a.key)!.y >= row.y && boxes.get(a.key)!.y < row.y + row.height)
            const bInRow = sameRow !== undefined && boxes.get(b.key)!.y >= sameRow.y && boxes.get(b.key)!.y < sameRow.y + sameRow.height
            if (bInRow && score.get(a.tag.itemId!)! > score.get(b.tag.itemId!)!) {
              expect(boxes.get(a.key)!.y).toBeLessThan(boxes.get(b.key)!.y)
            }
          }
        }
      }),
      RUNS
    )
  })
})

describe('the plan checker used above', () => {
  // A checker that passes everything would make the properties above worthless.
  const journey = fc.sample(
    boardJourneyArbitrary().filter((j) => j.items.length >= 2 && j.items[0]!.stageId === j.items[1]!.stageId),
    { numRuns: 1, seed: 7 }
  )[0]!

  it('should accept the untouched plan', () => {
    expect(planProblems(layoutJourney(journey), journey)).toEqual([])
  })

  it('should catch a sticky moved onto another one', () => {
    const plan = clonePlan(layoutJourney(journey))
    const a = node(plan, (n) => n.key === `item:${journey.items[0]!.id}`)!
    const b = node(plan, (n) => n.key === `item:${journey.items[1]!.id}`)!
    Object.assign(a, { x: b.x + 1, y: b.y + 1 })
    expect(planProblems(plan, journey).join('\n')).toMatch(/overlaps/)
  })

  it('should catch a sticky pushed out of its section', () => {
    const plan = clonePlan(layoutJourney(journey))
    const sticky = node(plan, (n) => n.kind === 'sticky')!
    sticky.x = -sticky.width
    expect(planProblems(plan, journey).join('\n')).toMatch(/sticks out of|outside its stage column/)
  })

  it('should catch a colour outside the palette', () => {
    const plan = clonePlan(layoutJourney(journey))
    const sticky = node(plan, (n) => n.kind === 'sticky')!
    if (sticky.kind === 'sticky') sticky.fill = '#FFE29A'
    expect(planProblems(plan, journey).join('\n')).toMatch(/not a FigJam palette colour/)
  })

  it('should catch a shape painted fill-only, off its preset', () => {
    const plan = clonePlan(layoutJourney(journey))
    const shape = node(plan, (n) => n.kind === 'shape')!
    if (shape.kind === 'shape') shape.stroke = '#1E1E1E'
    expect(planProblems(plan, journey).join('\n')).toMatch(/not one of FigJam's shape presets/)
  })

  it('should catch a missing tag role', () => {
    const plan = clonePlan(layoutJourney(journey))
    ;(plan.nodes[3]!.tag as { role: string }).role = 'mystery'
    expect(planProblems(plan, journey).join('\n')).toMatch(/invalid tag/)
  })
})

describe('layoutJourney under any text metrics', () => {
  /** A FigJam with these metrics, as the layout sees it: sticky heights and wrapped text heights. */
  function measureWith(calibration: TextCalibration): TextMeasure {
    const metrics = new TextMetrics(calibration)
    const pad = metrics.calibration.stickyPadding
    return {
      heightOf: (request) =>
        request.kind === 'sticky'
          ? Math.max(STICKY_SIZE, 2 * pad + metrics.measure(request.text, request.fontSize, (request.wide ? STICKY_WIDE_WIDTH : STICKY_SIZE) - 2 * pad).height)
          : metrics.measure(request.text, request.fontSize, request.width).height
    }
  }
  const METRICS: Record<string, TextCalibration> = {
    narrow: { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.35, lineHeightEm: 1.1 },
    wide: { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.8, lineHeightEm: 1.6 },
    'CJK-wide': { ...DEFAULT_TEXT_CALIBRATION, wideCharWidthEm: 1.8 },
    'larger padding': { ...DEFAULT_TEXT_CALIBRATION, stickyPadding: 48 }
  }
  for (const [name, calibration] of Object.entries(METRICS)) {
    it(`should keep every board rule and give each sticky the height FigJam reports, with ${name} metrics`, () => {
      const measure = measureWith(calibration)
      fc.assert(
        fc.property(fc.oneof(boardJourneyArbitrary(), journeyArbitrary()), (journey) => {
          const plan = layoutJourney(journey, { measure })
          expect(planProblems(plan, journey)).toEqual([])
          for (const node of plan.nodes) {
            if (node.kind !== 'sticky') continue
            const square = measure.heightOf({ kind: 'sticky', text: node.text, font: node.font, fontSize: node.fontSize, wide: false })
            expect(node.wide).toBe(square > STICKY_SIZE)
            expect(node.height).toBe(measure.heightOf({ kind: 'sticky', text: node.text, font: node.font, fontSize: node.fontSize, wide: node.wide }))
          }
        }),
        propertyRuns(60)
      )
    })
  }
})
