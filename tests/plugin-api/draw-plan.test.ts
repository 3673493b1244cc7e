import { describe, expect, it } from 'vitest'

import { decodeBoardJourney, decodeBoardTag, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { BoardWriteError } from '../../src/plugin-api/board-write-error'
import { drawPlanAsync, generateBoardAsync } from '../../src/plugin-api/generate-board'
import { createFigJamEmulator, type FigJamEmulator } from '../../src/emulator'
import { type BoardPlan, LAYOUT_VERSION, layoutJourney } from '../../src/layout'
import { type Journey, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardProblems } from './board-invariants'
import { boxOf, restEntries, tagData } from './rest-board'

function templateJourney(id: string): Journey {
  const template = TEMPLATES.find((t) => t.id === id)!
  const result = validateJourney(template.journey(template.locales[0]!))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

const noWait = async (): Promise<void> => {}

/** Every entry a node carries in the namespace. */
function entriesOf(node: BaseNode): Record<string, string> {
  return Object.fromEntries(node.getSharedPluginDataKeys(TAG_NAMESPACE).map((key) => [key, node.getSharedPluginData(TAG_NAMESPACE, key)]))
}

async function withExistingNoteAsync(emulator: FigJamEmulator): Promise<void> {
  await emulator.api.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const note = emulator.api.createSticky()
  note.text.characters = 'Already here'
  note.x = -400
  emulator.resetCounters()
}

describe('drawPlanAsync (the engine with nothing on the board yet)', () => {
  it('should place the board section at the origin given and everything else relative to it', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('car-rental')
    const plan = layoutJourney(journey)
    const result = await drawPlanAsync(emulator.api, plan, journey, { origin: { x: 5000, y: -300 }, yieldAsync: noWait })
    const entries = restEntries(emulator.toRestFile())
    expect(boxOf(entries.find((e) => e.node.id === result.board.id)!.node)).toEqual({ x: 5000, y: -300, width: plan.width, height: plan.height })
    // Plan positions are parent-relative; on the page each node is where its parents' offsets add up to.
    const absolute = new Map<string, { x: number; y: number }>()
    for (const spec of plan.nodes) {
      if (spec.kind === 'connector') continue
      const parent = spec.parent === null ? { x: 5000, y: -300 } : absolute.get(spec.parent)!
      absolute.set(spec.key, { x: parent.x + spec.x, y: parent.y + spec.y })
      const node = entries.find((e) => e.node.id === result.nodes.get(spec.key)!.id)!.node
      expect([boxOf(node).x, boxOf(node).y]).toEqual([parent.x + spec.x, parent.y + spec.y])
    }
    expect(boardProblems(emulator.toRestFile(), result.board.id, journey)).toEqual([])
  })

  it('should load each distinct font exactly once, before writing any text', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('ikea')
    const plan = layoutJourney(journey)
    await drawPlanAsync(emulator.api, plan, journey, { yieldAsync: noWait })
    expect(emulator.calls.get('loadFontAsync')).toBe(plan.fonts.length)
    expect(emulator.fontLoads).toEqual(plan.fonts)
  })

  it('should tag every node with its plan key and model ids in one entry, and the board with the layout version', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('moving-house')
    const plan = layoutJourney(journey)
    // With the default yield, which waits for a timer between chunks.
    const result = await drawPlanAsync(emulator.api, plan, journey)
    for (const spec of plan.nodes) {
      const node = await emulator.api.getNodeByIdAsync(result.nodes.get(spec.key)!.id)
      const entries = entriesOf(node as SceneNode)
      if (spec.parent !== null) expect(Object.keys(entries)).toEqual(['t'])
      expect(decodeBoardTag(entries)).toEqual({ ok: true, value: expect.objectContaining({ key: spec.key, tag: spec.tag }) })
    }
    const boardData = entriesOf(result.board)
    expect(Object.keys(boardData)).toEqual(['t', 's0'])
    expect(decodeBoardTag(boardData)).toMatchObject({ ok: true, value: { layoutVersion: LAYOUT_VERSION, storedParts: 1 } })
  })

  it('should default to chunks of 200 nodes', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('car-rental')
    const plan = layoutJourney(journey)
    const progress: number[] = []
    let yields = 0
    await drawPlanAsync(emulator.api, plan, journey, {
      onProgress: (done) => progress.push(done),
      yieldAsync: async () => {
        yields += 1
      }
    })
    const expected = Array.from({ length: Math.ceil(plan.nodes.length / 200) }, (_, i) => Math.min(plan.nodes.length, (i + 1) * 200))
    expect(progress).toEqual(expected)
    expect(yields).toBe(expected.length - 1)
  })

  it('should refuse a plan that breaks its own order before creating anything', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('blank')
    const plan = layoutJourney(journey)
    const reversed: BoardPlan = { ...plan, nodes: [...plan.nodes].reverse() }
    await expect(drawPlanAsync(emulator.api, reversed, journey, { yieldAsync: noWait })).rejects.toThrow(/board/)
    const orphan: BoardPlan = { ...plan, nodes: [...plan.nodes, { ...plan.nodes[2]!, key: 'orphan', parent: 'nowhere' }] }
    await expect(drawPlanAsync(emulator.api, orphan, journey, { yieldAsync: noWait })).rejects.toThrow(/"orphan" must come after its parent section "nowhere"/)
    expect(emulator.totalCalls()).toBe(0)
  })

  describe('when FigJam fails part-way', () => {
    const failures = [
      { name: 'loadFontAsync', nth: 2 },
      { name: 'createSection', nth: 1 },
      { name: 'createSection', nth: 4 },
      { name: 'resizeWithoutConstraints', nth: 3 },
      { name: 'createSticky', nth: 1 },
      { name: 'createSticky', nth: 40 },
      { name: 'createShapeWithText', nth: 12 },
      { name: 'createText', nth: 5 },
      { name: 'createConnector', nth: 1 },
      { name: 'createConnector', nth: 3 },
      { name: 'text.characters', nth: 60 },
      { name: 'appendChild', nth: 90 },
      { name: 'setSharedPluginData', nth: 60 },
      { name: 'connectorEnd', nth: 2 }
    ]
    for (const failure of failures) {
      it(`should remove everything it drew and say where it failed (${failure.name} #${failure.nth})`, async () => {
        const emulator = createFigJamEmulator()
        await withExistingNoteAsync(emulator)
        const before = emulator.toRestFile()
        emulator.armFailure(failure)
        const journey = templateJourney('car-rental')
        const error = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait }).then(
          () => undefined,
          (e: unknown) => e
        )
        expect(error).toBeInstanceOf(BoardWriteError)
        const message = (error as Error).message
        expect(message).toContain(`Emulated failure: call ${failure.nth} of ${failure.name}`)
        if (failure.name === 'loadFontAsync') {
          expect(message).toMatch(/^Could not load the board's fonts/)
        } else {
          // Stickies and texts are made and measured first (FigJam's two passes), then placed.
          expect(message).toMatch(/^Could not (draw the board: failed at \w+ "[^"]+" after \d+ of \d+ objects|measure the board's texts in FigJam)/)
          expect(message).toContain('Everything drawn so far was removed.')
          if (message.startsWith('Could not draw')) expect((error as BoardWriteError).planKey).toBeDefined()
        }
        expect(emulator.toRestFile()).toEqual(before)
        expect(emulator.undoCommits).toBe(0)
        expect(emulator.notifications).toEqual([])
        expect(emulator.viewportScrolls).toEqual([])
      })
    }

    it('should roll back when a progress callback throws', async () => {
      const emulator = createFigJamEmulator()
      const before = emulator.toRestFile()
      const journey = templateJourney('car-rental')
      const plan = layoutJourney(journey)
      const run = drawPlanAsync(emulator.api, plan, journey, {
        chunkSize: 50,
        yieldAsync: noWait,
        onProgress: (done) => {
          if (done >= 100) throw new Error('panel went away')
        }
      })
      await expect(run).rejects.toThrow(/failed between chunks after 100 of \d+ objects \(panel went away\)/)
      expect(emulator.toRestFile()).toEqual(before)
    })
  })

  it('should store the journey on the board so it decodes back unchanged', async () => {
    const emulator = createFigJamEmulator()
    const journey = templateJourney('service-blueprint')
    const result = await drawPlanAsync(emulator.api, layoutJourney(journey), journey, { yieldAsync: noWait })
    const board = restEntries(emulator.toRestFile()).find((e) => e.node.id === result.board.id)!.node
    expect(decodeBoardJourney(tagData(board)!)).toEqual({ ok: true, value: journey })
    expect(decodeBoardJourney(entriesOf(result.board))).toEqual({ ok: true, value: journey })
  })
})
