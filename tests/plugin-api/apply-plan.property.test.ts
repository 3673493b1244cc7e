import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type RestFile, type RestSceneNode } from '../../src/emulator'
import { type BoardPlan, layoutJourney } from '../../src/layout'
import { FontLoader } from '../../src/plugin-api/font-loader'
import { drawPlanAsync } from '../../src/plugin-api/generate-board'
import { layoutFromRealSizesAsync } from '../../src/plugin-api/layout-from-real-sizes'
import { MeasuredNodes } from '../../src/plugin-api/measured-nodes'
import { prepareSyncAsync } from '../../src/plugin-api/prepare-sync'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { planBoardSync } from '../../src/sync/plan-board-sync'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { applyDataEdits, dataEditsArbitrary } from '../sync/journey-edits'
import { boxOf, paintHexes, restEntries, tagOf } from './rest-board'
import { propertyRuns } from '../support/property-runs'

const noYield = { yieldAsync: async (): Promise<void> => {} }

/** What FigJam shows of each node the plugin drew, by plan key: type, section, box on the board, text, colours, connector ends and caps, tag. */
function drawnBoard(file: RestFile): Map<string, unknown> {
  const entries = restEntries(file)
  const keyOf = new Map(entries.flatMap(({ node }) => {
    const tag = tagOf(node)
    return tag === undefined ? [] : [[node.id, tag.key] as const]
  }))
  const board = entries.find(({ node }) => tagOf(node)?.tag.role === 'board')!.node
  const origin = boxOf(board)
  const drawn = new Map<string, unknown>()
  for (const { node, parent } of entries) {
    const tag = tagOf(node)
    if (tag === undefined) continue
    const connector = node.type === 'CONNECTOR' ? (node as RestSceneNode & { connectorStart: { endpointNodeId?: string }; connectorEnd: { endpointNodeId?: string }; connectorStartStrokeCap: string; connectorEndStrokeCap: string }) : undefined
    const box = boxOf(node)
    drawn.set(tag.key, {
      type: node.type,
      parent: parent === null ? null : keyOf.get(parent.id),
      tag: tag.tag,
      ...(connector === undefined
        ? { box: { x: box.x - origin.x, y: box.y - origin.y, width: box.width, height: box.height } }
        : {
            start: keyOf.get(connector.connectorStart.endpointNodeId ?? ''),
            end: keyOf.get(connector.connectorEnd.endpointNodeId ?? ''),
            caps: [connector.connectorStartStrokeCap, connector.connectorEndStrokeCap]
          }),
      text: (node as { characters?: string }).characters ?? '',
      paints: paintHexes(node)
    })
  }
  return drawn
}

/** Where the plan puts each node on the board (its parents' offsets added up). */
function plannedBoxes(plan: BoardPlan): Map<string, { x: number; y: number; width: number; height: number }> {
  const boxes = new Map<string, { x: number; y: number; width: number; height: number }>()
  for (const node of plan.nodes) {
    const parent = node.parent === null ? { x: 0, y: 0 } : boxes.get(node.parent)!
    boxes.set(node.key, { x: node.parent === null ? 0 : parent.x + node.x, y: node.parent === null ? 0 : parent.y + node.y, width: node.width, height: node.height })
  }
  return boxes
}

const journeys = journeyArbitrary({ text: 'plain', maxItems: 12, maxStages: 4, maxLanes: 4, maxLinks: 4 })

describe('the engine (applyPlanAsync)', () => {
  it('draws every node of a plan where, and as, the plan says', async () => {
    await fc.assert(
      fc.asyncProperty(journeys, async (journey) => {
        const emulator = createFigJamEmulator()
        const plan = layoutJourney(journey)
        await drawPlanAsync(emulator.api, plan, journey, noYield)
        const drawn = drawnBoard(emulator.toRestFile())
        const boxes = plannedBoxes(plan)
        expect([...drawn.keys()].sort()).toEqual(plan.nodes.map((node) => node.key).sort())
        for (const spec of plan.nodes) {
          const node = drawn.get(spec.key) as { type: string; parent: string | null; tag: unknown; box?: unknown; text: string; paints: string[] }
          expect(node.type).toBe({ section: 'SECTION', sticky: 'STICKY', shape: 'SHAPE_WITH_TEXT', text: 'TEXT', connector: 'CONNECTOR' }[spec.kind])
          expect(node.parent ?? null).toBe(spec.parent)
          expect(node.tag).toEqual(spec.tag)
          // Stickies and texts grow with their words: FigJam decides their height.
          if (spec.kind === 'section' || spec.kind === 'shape') expect(node.box).toEqual(boxes.get(spec.key))
          if (spec.kind === 'sticky') expect(node.box).toMatchObject({ x: boxes.get(spec.key)!.x, y: boxes.get(spec.key)!.y })
          if (spec.kind !== 'section') expect(node.text).toBe(spec.text)
          expect(node.paints[0]).toBe(spec.kind === 'connector' ? spec.stroke : spec.fill)
        }
      }),
      { ...propertyRuns(25), endOnFailure: true }
    )
  })

  it('updates a board to exactly what writing every node of the update’s plan afresh, one at a time, gives', async () => {
    const cases = journeys.chain((j1) => fc.record({ j1: fc.constant(j1), j2: dataEditsArbitrary().map((edits) => applyDataEdits(j1, edits)) }))
    await fc.assert(
      fc.asyncProperty(cases, async ({ j1, j2 }) => {
        const updated = createFigJamEmulator()
        const first = await drawPlanAsync(updated.api, layoutJourney(j1), j1, noYield)
        // The update's plan, as syncBoardAsync makes it from the same reading.
        const prepared = await prepareSyncAsync(updated.api, first.board.id, j2, {})
        if (!prepared.ok) throw new Error(JSON.stringify(prepared.problems))
        // Laid out from the sizes FigJam reports, as syncBoardAsync does (measured here on a scratch board).
        const scratch = createFigJamEmulator()
        const plan = await layoutFromRealSizesAsync(
          (measure) => planBoardSync(prepared.value.state, prepared.value.merge, prepared.value.data, { measure }),
          new MeasuredNodes(scratch.api, new FontLoader(scratch.api))
        )
        const synced = await syncBoardAsync(updated.api, first.board.id, j2, {}, noYield)
        expect(synced.ok).toBe(true)
        // The reference: no reading, no comparing, every node created and every property written.
        const fresh = createFigJamEmulator()
        await drawPlanAsync(fresh.api, plan.plan, plan.stored.journey, noYield)
        expect(drawnBoard(updated.toRestFile())).toEqual(drawnBoard(fresh.toRestFile()))
      }),
      { ...propertyRuns(20), endOnFailure: true }
    )
  })
})
