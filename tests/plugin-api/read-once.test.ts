import { afterEach, describe, expect, it, vi } from 'vitest'

import { type Journey, JourneySchema } from '../../src/model'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { snapshotBoardAsync } from '../../src/plugin-api/read-live-board'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { decodeBoardStore, TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import { drawAsync, templateJourney } from '../reader/generated-board'
import { boardOf, noYield } from '../sync/sync-board-helpers'

/**
 * Each thing a board stores is decoded once per operation: a node's tag (its one `t` entry) and the
 * board section's stored JSON. Counted where they are decoded, in JSON.parse, through the same calls
 * a user's read or update makes.
 */

afterEach(() => {
  vi.restoreAllMocks()
})

/** How many times JSON.parse is asked for each text that `pick` keeps, while `run` runs. */
async function parsesAsync(pick: (text: string) => boolean, run: () => Promise<unknown>): Promise<Map<string, number>> {
  const counts = new Map<string, number>()
  const parse = JSON.parse.bind(JSON)
  vi.spyOn(JSON, 'parse').mockImplementation((text: string, reviver?: Parameters<typeof JSON.parse>[1]) => {
    if (pick(text)) counts.set(text, (counts.get(text) ?? 0) + 1)
    return parse(text, reviver)
  })
  await run()
  vi.restoreAllMocks()
  return counts
}

/** Every node's tag entry on the page, by tag text (a freshly drawn board has no two alike). */
function tagTexts(api: PluginAPI): string[] {
  return api.currentPage.findAll().flatMap((node) => {
    const tag = node.getSharedPluginData(TAG_NAMESPACE, TAG_KEY)
    return tag === '' ? [] : [tag]
  })
}

const isTag = (text: string): boolean => text.startsWith('{"k":')
const isStore = (text: string): boolean => text.startsWith('{"journey":')

/** The workshop template (activity types, actor lanes, links and emotion curves: every kind of node) drawn. */
async function drawnAsync(): Promise<{ journey: Journey; emulator: Awaited<ReturnType<typeof drawAsync>> }> {
  const journey = templateJourney('workshop-swimlane')
  return { journey, emulator: await drawAsync(journey) }
}

describe('reading a board decodes each node\'s tag once', () => {
  it('live: the reader, and the connector whose line type the reading leaves out, share one decoding', async () => {
    const { emulator } = await drawnAsync()
    const tags = tagTexts(emulator.api)
    expect(new Set(tags).size).toBe(tags.length)
    const counts = await parsesAsync(isTag, async () => expect((await readBoardAsync(emulator.api, 'page')).ok).toBe(true))
    expect([...counts.keys()].sort()).toEqual([...tags].sort())
    expect([...counts.values()].filter((count) => count !== 1)).toEqual([])
  })

  it('REST: the file\'s reading and the reader share one decoding', async () => {
    const { emulator } = await drawnAsync()
    const tags = tagTexts(emulator.api)
    const file = emulator.toRestFile()
    const counts = await parsesAsync(isTag, async () => {
      const snapshot = snapshotFromRestFile(file)
      if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
      readBoard(snapshot.value)
    })
    expect([...counts.keys()].sort()).toEqual([...tags].sort())
    expect([...counts.values()].filter((count) => count !== 1)).toEqual([])
  })
})

describe('reading a board checks each journey once', () => {
  it('validates the journey the board stores and the journey read back, each once', async () => {
    const { journey, emulator } = await drawnAsync()
    const check = vi.spyOn(JourneySchema, 'safeParse')
    const reading = await readBoardAsync(emulator.api, 'page')
    const checked = check.mock.calls.length
    vi.restoreAllMocks()
    expect(reading.ok && reading.value.journey).toEqual(journey)
    expect(checked).toBe(2)
  })
})

describe('an update decodes what the board stores once', () => {
  it('parses the board section\'s stored JSON once and each node\'s tag once, the text heights and the reader\'s journey included', async () => {
    const { journey, emulator } = await drawnAsync()
    const tags = tagTexts(emulator.api)
    const item = journey.items[0]!
    const data = { ...journey, items: journey.items.map((entry) => (entry.id === item.id ? { ...entry, text: `${entry.text}, again` } : entry)) }
    const stores = new Map<string, number>()
    const counts = await parsesAsync(
      (text) => isTag(text) || isStore(text),
      async () => {
        const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, noYield)
        expect(result.ok).toBe(true)
      }
    )
    for (const [text, count] of counts) if (isStore(text)) stores.set(text, count)
    expect([...stores.values()]).toEqual([1])
    const tagCounts = [...counts].filter(([text]) => isTag(text))
    // Every node the update found was decoded once; only the nodes it drew anew carry tags it never read.
    expect(tagCounts.map(([, count]) => count).filter((count) => count !== 1)).toEqual([])
    expect(tagCounts.map(([text]) => text).sort()).toEqual([...tags].sort())
  })
})

describe('readBoard told what the board section stores', () => {
  it('reads the journey it is told for that section, and decodes its own for any other', async () => {
    const { journey, emulator } = await drawnAsync()
    const snapshot = await snapshotBoardAsync(emulator.api, 'page')
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const section = boardOf(emulator)
    const decoded = decodeBoardStore(snapshot.value.nodes.find((node) => node.id === section.id)!.data)
    if (!decoded.journey.ok) throw new Error(JSON.stringify(decoded.journey.problems))
    // A journey the board does not store (an extension field, which the board does not show): only reading what it is told gives it.
    const told = { ...decoded, journey: { ok: true as const, value: { ...decoded.journey.value, 'x-told': 'not stored' } } }
    const toldField = (reading: ReturnType<typeof readBoard>): unknown => (reading.journey as Record<string, unknown>)['x-told']

    expect(toldField(readBoard(snapshot.value, { store: { sectionId: section.id, decoded: told } }))).toBe('not stored')
    expect(toldField(readBoard(snapshot.value, { store: { sectionId: 'another section', decoded: told } }))).toBeUndefined()
    expect(toldField(readBoard(snapshot.value))).toBeUndefined()
    expect(readBoard(snapshot.value).journey).toEqual(journey)
  })
})
