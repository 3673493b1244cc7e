import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { decodeBoardJourney, decodeBoardTag, PLUGIN_DATA_ENTRY_LIMIT, storedPartKey, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { BOARD_CLEARANCE } from '../../src/plugin-api/find-free-origin'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { createFigJamEmulator, DEFAULT_TEXT_CALIBRATION, type FigJamEmulator, type RestSceneNode, type TextCalibration } from '../../src/emulator'
import { layoutJourney, STICKY_SIZE } from '../../src/layout'
import { type Journey, type JourneyInput, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardJourneyArbitrary } from '../fixtures/board-journey-arbitrary'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { overlaps } from '../layout/plan-invariants'
import { boardProblems } from './board-invariants'
import { boxOf, restEntries, tagData, tagOf } from './rest-board'

function journeyOf(input: JourneyInput): Journey {
  const result = validateJourney(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

const noWait = async (): Promise<void> => {}

/** The first template plus forty stickies of up to 4000 characters, mixing scripts and emoji. */
function longTextJourney(): Journey {
  const base = TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!)
  const longText = 'Rødgrød med fløde, 長い説明, 🚗 on the road. '.repeat(90)
  return journeyOf({
    ...base,
    items: [
      ...(base.items ?? []),
      ...Array.from({ length: 40 }, (_, i) => ({
        id: `long-${i}`,
        stageId: base.stages[i % base.stages.length]!.id,
        laneId: base.lanes[i % base.lanes.length]!.id,
        text: longText.slice(0, 4000 - i * 50)
      }))
    ]
  })
}

function utf8Bytes(text: string): number {
  return new TextEncoder().encode(text).length
}

/** Puts a few things on the page the way a user might have, and returns their ids. */
async function drawExistingContentAsync(emulator: FigJamEmulator): Promise<string[]> {
  const { api } = emulator
  await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const note = api.createSticky()
  note.x = 300
  note.y = -200
  note.text.characters = 'Earlier workshop notes'
  const area = api.createSection()
  area.name = 'Parking lot'
  area.x = -900
  area.y = 400
  area.resizeWithoutConstraints(1200, 900)
  const inside = api.createShapeWithText()
  area.appendChild(inside)
  inside.x = 40
  inside.y = 60
  const link = api.createConnector()
  link.connectorStart = { endpointNodeId: note.id, magnet: 'AUTO' }
  link.connectorEnd = { endpointNodeId: inside.id, magnet: 'AUTO' }
  note.setSharedPluginData(TAG_NAMESPACE, 'role', 'something-else')
  emulator.resetCounters()
  return [note.id, area.id, link.id]
}

describe('generateBoardAsync', () => {
  describe('on every template', () => {
    for (const template of TEMPLATES) {
      for (const locale of template.locales) {
        it(`should draw "${template.id}" (${locale}) as a sound board`, async () => {
          const emulator = createFigJamEmulator()
          const journey = journeyOf(template.journey(locale))
          const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
          const file = emulator.toRestFile()

          expect(boardProblems(file, summary.boardId, journey)).toEqual([])
          const plan = layoutJourney(journey)
          const planned = (kind: string) => plan.nodes.filter((n) => n.kind === kind).length
          expect(summary.counts).toEqual({
            sections: planned('section'),
            stickies: journey.items.length,
            shapes: planned('shape'),
            texts: planned('text'),
            connectors: planned('connector')
          })
          // Every distinct font loaded exactly once.
          const loads = emulator.fontLoads.map((f) => `${f.family} ${f.style}`)
          expect(new Set(loads).size).toBe(loads.length)
          expect(loads.sort()).toEqual(plan.fonts.map((f) => `${f.family} ${f.style}`).sort())
          expect(summary.fonts.map((f) => `${f.family} ${f.style}`).sort()).toEqual(plan.fonts.map((f) => `${f.family} ${f.style}`).sort())
          // The board was written as one undo step, selected, shown and announced.
          expect(emulator.undoCommits).toBe(1)
          expect(emulator.viewportScrolls).toEqual([[summary.boardId]])
          expect(emulator.api.currentPage.selection.map((n) => n.id)).toEqual([summary.boardId])
          expect(emulator.notifications).toHaveLength(1)
          expect(emulator.notifications[0]!.error).toBe(false)
          expect(emulator.notifications[0]!.message.length).toBeLessThanOrEqual(100)
          // The board remembers the journey it shows.
          const board = restEntries(file).find((e) => e.node.id === summary.boardId)!.node
          expect(decodeBoardJourney(tagData(board)!)).toEqual({ ok: true, value: journey })
        })
      }
    }
  })

  /** Text metrics FigJam might have: the emulator's, narrower and wider type, CJK glyphs wider still, more padding. */
  const METRICS: Record<string, TextCalibration> = {
    default: DEFAULT_TEXT_CALIBRATION,
    narrow: { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.38, lineHeightEm: 1.1 },
    wide: { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.72, lineHeightEm: 1.5 },
    'CJK-wide': { ...DEFAULT_TEXT_CALIBRATION, wideCharWidthEm: 1.7 },
    'large padding': { ...DEFAULT_TEXT_CALIBRATION, stickyPadding: 44, lineHeightEm: 1.4 }
  }
  for (const [name, calibration] of Object.entries(METRICS)) {
    it(`should lay every board out from the sizes FigJam reports after the text is set, with ${name} text metrics`, async () => {
      // FigJam's two-pass rule: whatever the glyphs measure, rows hold their stickies, nothing overlaps, no shape clips.
      // The Chinese templates are there for glyphs a full em wide (East Asian Wide, as FigJam draws them).
      const journeys = [
        ...TEMPLATES.map((t) => journeyOf(t.journey(t.locales[0]!))),
        ...TEMPLATES.filter((t) => t.locales.includes('zh-Hans')).map((t) => journeyOf(t.journey('zh-Hans'))),
        longTextJourney(),
        ...fc.sample(boardJourneyArbitrary({ maxItems: 30 }), { numRuns: 4, seed: 11 }),
        ...fc.sample(journeyArbitrary(), { numRuns: 4, seed: 12 })
      ]
      let grown = 0
      for (const journey of journeys) {
        const emulator = createFigJamEmulator({ textCalibration: calibration })
        const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
        const file = emulator.toRestFile()
        expect(boardProblems(file, summary.boardId, journey)).toEqual([])
        expect(emulator.clippedShapes()).toEqual([])
        grown += restEntries(file).filter(({ node }) => node.type === 'STICKY' && boxOf(node).height > STICKY_SIZE).length
        // Only the board is left: every node made to measure a text was placed or removed.
        expect(emulator.api.currentPage.children.map((node) => node.id)).toEqual([summary.boardId])
      }
      // The check means something only if FigJam did grow stickies.
      expect(grown).toBeGreaterThan(10)
    })
  }

  it('should read each sticky once, its text sublayer: the heights of all of them come from one export of the board per layout pass', async () => {
    // Texts of their own, long and short, so every sticky is measured and some grow wide.
    const base = longTextJourney()
    const journey = journeyOf({ ...base, items: base.items.map((item, i) => ({ ...item, text: `${item.text.slice(0, 40 + (i % 7) * 60)} (${i})` })) })
    const plain = journey.items.find((item) => item.score === undefined && item.flag === undefined && !item.momentOfTruth && item.evidence === undefined)!
    const extra = Array.from({ length: 10 }, (_, i) => ({ ...plain, id: `extra-${i}`, text: `One more sticky with a text of its own, number ${i}` }))
    const bigger = journeyOf({ ...journey, items: [...journey.items, ...extra], links: journey.links })
    const draw = async (j: Journey) => {
      const emulator = createFigJamEmulator()
      const summary = await generateBoardAsync(emulator.api, j, { yieldAsync: noWait })
      expect(boardProblems(emulator.toRestFile(), summary.boardId, j)).toEqual([])
      expect(emulator.api.currentPage.children.map((node) => node.id)).toEqual([summary.boardId])
      return { traffic: emulator.traffic, summary }
    }
    const sum = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0)
    const a = await draw(journey)
    const b = await draw(bigger)
    expect(b.summary.counts.stickies - a.summary.counts.stickies).toBe(10)
    // Ten more stickies: ten more reads, one each (its text sublayer), and at most 8 calls and writes each.
    expect(sum(b.traffic.reads) - sum(a.traffic.reads)).toBe(10)
    expect(sum(b.traffic.calls) + sum(b.traffic.writes) - sum(a.traffic.calls) - sum(a.traffic.writes)).toBeLessThanOrEqual(80)
    const { calls, reads, writes } = b.traffic
    // No sticky's height is read: ten more stickies read no more heights, and each height read is of a
    // text node just given words or a width to measure (text nodes, their own or one shared by shapes' texts).
    expect(reads.get('height') ?? 0).toBe(a.traffic.reads.get('height') ?? 0)
    expect(reads.get('height') ?? 0).toBeLessThanOrEqual((writes.get('characters') ?? 0) + (writes.get('textAutoResize') ?? 0))
    expect(calls.get('exportAsync')).toBeGreaterThanOrEqual(1)
    expect(calls.get('exportAsync')).toBeLessThanOrEqual(4) // square, then those that grew wide; a layout pass or two more
    expect(writes.get('isWideWidth') ?? 0).toBeGreaterThan(0)
    // Each sticky is made once and put in its section once: it was measured where it stays.
    expect(calls.get('createSticky')).toBe(b.summary.counts.stickies)
  })

  it('should draw the connectors of links with arrows and labels, and the emotion curve without caps', async () => {
    const emulator = createFigJamEmulator()
    const journey = journeyOf(TEMPLATES.find((t) => t.id === 'workshop-swimlane')!.journey('en'))
    await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
    const connectors = restEntries(emulator.toRestFile())
      .map((e) => e.node)
      .filter((n): n is Extract<RestSceneNode, { type: 'CONNECTOR' }> => n.type === 'CONNECTOR')
    const links = connectors.filter((c) => tagOf(c)?.tag.role === 'link')
    expect(links).toHaveLength(journey.links.length)
    for (const link of journey.links) {
      const drawn = links.find((c) => tagOf(c)?.tag.linkId === link.id)!
      expect(drawn.connectorEndStrokeCap).not.toBe('NONE')
      expect(drawn.connectorStartStrokeCap).toBe('NONE')
      expect(drawn.characters).toBe(link.label)
    }
    for (const line of connectors.filter((c) => tagOf(c)?.tag.role === 'emotion-line')) {
      expect([line.connectorStartStrokeCap, line.connectorEndStrokeCap]).toEqual(['NONE', 'NONE'])
      expect(['STRAIGHT', 'CURVED']).toContain(line.connectorLineType)
    }
  })

  it('should place the board beside existing content and leave that content exactly as it was', async () => {
    const emulator = createFigJamEmulator()
    const existing = await drawExistingContentAsync(emulator)
    const before = restEntries(emulator.toRestFile()).filter((e) => e.parent === null)
    const journey = journeyOf(TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!))
    const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
    const after = restEntries(emulator.toRestFile())

    for (const node of before.map((e) => e.node)) expect(after.find((e) => e.node.id === node.id)?.node).toEqual(node)
    const board = boxOf(after.find((e) => e.node.id === summary.boardId)!.node)
    const right = Math.max(...before.map((e) => boxOf(e.node).x + boxOf(e.node).width))
    expect(board.x).toBeGreaterThanOrEqual(right + BOARD_CLEARANCE)
    for (const e of before) expect(overlaps(board, boxOf(e.node))).toBe(false)
    expect(existing).toHaveLength(3)
    expect(boardProblems(emulator.toRestFile(), summary.boardId, journey)).toEqual([])
  })

  it('should put a second board beside the first', async () => {
    const emulator = createFigJamEmulator()
    const journey = journeyOf(TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!))
    const first = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
    const second = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
    const boxes = restEntries(emulator.toRestFile()).filter((e) => e.parent === null)
    const a = boxOf(boxes.find((e) => e.node.id === first.boardId)!.node)
    const b = boxOf(boxes.find((e) => e.node.id === second.boardId)!.node)
    expect(a.x).toBe(0)
    expect(b.x).toBe(a.x + a.width + BOARD_CLEARANCE)
    expect(emulator.undoCommits).toBe(2)
  })

  it('should store and read back a journey larger than one plugin-data entry can hold', async () => {
    const journey = longTextJourney()
    expect(utf8Bytes(JSON.stringify(journey))).toBeGreaterThan(PLUGIN_DATA_ENTRY_LIMIT)

    const emulator = createFigJamEmulator()
    const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
    const file = emulator.toRestFile()
    const data = tagData(restEntries(file).find((e) => e.node.id === summary.boardId)!.node)!
    const tag = decodeBoardTag(data)
    expect(tag.ok && tag.value.storedParts).toBeGreaterThanOrEqual(2)
    expect(data[storedPartKey(1)]).toBeDefined()
    for (const [key, value] of Object.entries(data)) {
      expect(utf8Bytes(TAG_NAMESPACE) + utf8Bytes(key) + utf8Bytes(value)).toBeLessThanOrEqual(PLUGIN_DATA_ENTRY_LIMIT)
    }
    expect(decodeBoardJourney(data)).toEqual({ ok: true, value: journey })
    expect(boardProblems(file, summary.boardId, journey)).toEqual([])
  })

  it('should report progress in chunks and yield between them', async () => {
    const emulator = createFigJamEmulator()
    const journey = journeyOf(TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!))
    const total = layoutJourney(journey).nodes.length
    const events: string[] = []
    await generateBoardAsync(emulator.api, journey, {
      chunkSize: 40,
      onProgress: (done, all) => events.push(`${done}/${all}`),
      yieldAsync: async () => {
        events.push('yield')
      }
    })
    const chunks = Math.ceil(total / 40)
    const expected: string[] = []
    for (let i = 1; i <= chunks; i += 1) {
      expected.push(`${Math.min(total, i * 40)}/${total}`)
      if (i < chunks) expected.push('yield')
    }
    expect(events).toEqual(expected)
  })

  it('should leave nothing on the page if selecting or announcing the board fails', async () => {
    const emulator = createFigJamEmulator()
    await drawExistingContentAsync(emulator)
    const before = emulator.toRestFile()
    emulator.armFailure({ name: 'viewport.scrollAndZoomIntoView', nth: 1 })
    const journey = journeyOf(TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!))
    await expect(generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })).rejects.toThrow(/Emulated failure/)
    expect(emulator.toRestFile()).toEqual(before)
    expect(emulator.undoCommits).toBe(0)
  })
})

describe('generate and update as one undo step each', () => {
  it('puts the page back exactly as before the run when a person presses undo once', async () => {
    const emulator = createFigJamEmulator({ recordUndo: true })
    const { api } = emulator
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const note = api.createSticky()
    note.text.characters = 'Already on the page'
    emulator.checkpoint()
    const before = emulator.toRestFile()
    const journey = journeyOf(TEMPLATES[0]!.journey(TEMPLATES[0]!.locales[0]!))
    // Small chunks: the run yields many times and must still be a single step.
    const summary = await generateBoardAsync(api, journey, { yieldAsync: noWait, chunkSize: 7 })
    const drawn = emulator.toRestFile()
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
    // And an update of that board is one step back to the board as drawn.
    expect(emulator.undo()).toBe(true)
    expect(emulator.undo()).toBe(false)
    const again = createFigJamEmulator({ recordUndo: true })
    await again.api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const redrawn = await generateBoardAsync(again.api, journey, { yieldAsync: noWait })
    const afterGenerate = again.toRestFile()
    const changed = { ...journey, items: journey.items.map((item, i) => (i === 0 ? { ...item, text: `${item.text}, twice` } : item)) }
    const synced = await syncBoardAsync(again.api, redrawn.boardId, changed, {}, { yieldAsync: noWait, chunkSize: 5 })
    expect(synced.ok).toBe(true)
    expect(again.toRestFile()).not.toEqual(afterGenerate)
    expect(again.undo()).toBe(true)
    expect(again.toRestFile()).toEqual(afterGenerate)
    expect(summary.boardId).not.toBe('')
    expect(drawn).not.toEqual(before)
  })
})
