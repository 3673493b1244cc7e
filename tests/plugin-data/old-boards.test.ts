import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { loadRestFile } from '../../src/emulator'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { layoutJourney } from '../../src/layout'
import { decodeBoardStore, storedPartKey, TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import type { Journey } from '../../src/model'
import { createJourneyFromTemplate } from '../../src/templates'
import { entriesOf, liveTag } from '../reader/generated-board'

const dataBaseStored = (data: Parameters<typeof decodeBoardStore>[0]): ReturnType<typeof decodeBoardStore>['dataBase'] => decodeBoardStore(data).dataBase

/** The car-rental template as those boards drew it: before it had curves, a to-be curve's points and evidence. */
function beforeResearchFields(journey: Journey): Journey {
  const { curves: _curves, evidenceLevels: _levels, ...rest } = journey
  return {
    ...rest,
    items: journey.items.filter((item) => item.curveId === undefined).map(({ evidence: _evidence, ...item }) => item)
  }
}

/** A board drawn by the version that wrote every tag field as its own plugin-data entry. */
export function oldBoard(name: 'car-rental' | 'moving-house-synced'): unknown {
  return JSON.parse(readFileSync(path.resolve('tests/fixtures/old-boards', `${name}.json`), 'utf8'))
}

describe('boards drawn before tags were one entry per node', () => {
  it('read back to the journey they were drawn from, live and from REST', async () => {
    const file = oldBoard('car-rental')
    const snapshot = snapshotFromRestFile(file)
    if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
    const fromRest = readBoard(snapshot.value)
    expect(fromRest.warnings).toEqual([])
    const drawn = createJourneyFromTemplate({ templateId: 'car-rental' })
    expect(drawn.ok && fromRest.journey).toEqual(drawn.ok && beforeResearchFields(drawn.value))
    const live = await readBoardAsync(loadRestFile(file).api, 'page')
    expect(live.ok && live.value).toEqual(fromRest)
  })

  it('read back a synced board with the edits people made on it', async () => {
    const live = await readBoardAsync(loadRestFile(oldBoard('moving-house-synced')).api, 'page')
    if (!live.ok) throw new Error(JSON.stringify(live.problems))
    const texts = live.value.journey.items.map((item) => item.text)
    expect(texts.some((text) => text.endsWith('(edited in the workshop)'))).toBe(true)
    expect(texts).toContain('A sticky someone added by hand')
    expect(texts.some((text) => text.endsWith('(revised)'))).toBe(true)
  })

  it('update to changed data, and come out in the current scheme: one entry per node, every old entry cleared in the same pass', async () => {
    const emulator = loadRestFile(oldBoard('car-rental'))
    const { api } = emulator
    const before = await readBoardAsync(api, 'page')
    if (!before.ok) throw new Error(JSON.stringify(before.problems))
    const journey = before.value.journey
    const changed = { ...journey, items: journey.items.map((item, i) => (i === 0 ? { ...item, text: 'Reworded after the interviews' } : item)) }
    const board = api.currentPage.children.find((node) => node.type === 'SECTION')!
    const tagged = api.currentPage.findAll((node) => node.getSharedPluginData(TAG_NAMESPACE, 'role') !== '')
    expect(tagged.length).toBeGreaterThan(100)
    const oldEntries = new Map(tagged.map((node) => [node, Object.keys(entriesOf(node)).length]))
    emulator.resetCounters()
    const synced = await syncBoardAsync(api, board.id, changed, {}, { yieldAsync: async () => {} })
    // Those boards had no stage headings, no cell hints and the persona card as one text: the
    // update adds the headings, the hints and the card's blocks, and removes only that one text.
    const added = layoutJourney(changed).nodes.filter((node) => /^(stage:.*:heading|hint:.*|persona:(?!card$).*)$/.test(node.key))
    expect(added.filter((node) => node.key.startsWith('stage:'))).toHaveLength(journey.stages.length)
    expect(synced.ok && synced.value.counts).toMatchObject({ created: added.length, removed: 1 })
    const headings = api.currentPage.findAll((node) => node.type === 'TEXT' && liveTag(node)?.part === 'title' && liveTag(node)?.role === 'stage')
    expect(headings.map((node) => (node as TextNode).characters)).toEqual(journey.stages.map((stage) => stage.name))
    expect(headings.map((node) => node.parent?.name)).toEqual(journey.stages.map((stage) => stage.name))
    const kept = tagged.filter((node) => !node.removed)
    expect(kept).toHaveLength(tagged.length - 1)
    // One write per entry: every kept node's new `t`, each new node's `t`, the board's stored
    // journey, and one clearing per old entry of a kept node.
    const writes = emulator.traffic.calls.get('setSharedPluginData') ?? 0
    const keptEntries = kept.map((node) => oldEntries.get(node) ?? 0).reduce((a, b) => a + b, 0)
    expect(writes).toBe(keptEntries + kept.length + added.length + 1)
    const after = await readBoardAsync(api, 'page')
    expect(after.ok && after.value.journey).toEqual(changed)
    expect(kept.filter((node) => liveTag(node) === undefined)).toEqual([])
    // Migrated: each node carries its one tag entry and nothing of the old scheme (the board also its stored journey).
    for (const node of kept) {
      const keys = Object.keys(entriesOf(node))
      expect(keys).toEqual(node === board ? [TAG_KEY, storedPartKey(0)] : [TAG_KEY])
    }
  })

  it('update a board whose shapes were painted fill-only into FigJam shape presets, fill, outline and text colour together', async () => {
    const emulator = loadRestFile(oldBoard('car-rental'))
    const { api } = emulator
    const shapesOffPreset = (): number => emulator.offPaletteColours().filter((colour) => colour.type === 'SHAPE_WITH_TEXT').length
    expect(shapesOffPreset()).toBeGreaterThan(20)
    const before = await readBoardAsync(api, 'page')
    if (!before.ok) throw new Error(JSON.stringify(before.problems))
    const board = api.currentPage.children.find((node) => node.type === 'SECTION')!
    const synced = await syncBoardAsync(api, board.id, before.value.journey, {}, { yieldAsync: async () => {} })
    expect(synced.ok).toBe(true)
    expect(emulator.offPaletteColours()).toEqual([])
    const after = await readBoardAsync(api, 'page')
    expect(after.ok && after.value.journey).toEqual(before.value.journey)
  })

  it('update a synced board, keeping its data base and the edits people made', async () => {
    const emulator = loadRestFile(oldBoard('moving-house-synced'))
    const { api } = emulator
    const board = api.currentPage.children.find((node) => node.type === 'SECTION')!
    const base = dataBaseStored(entriesOf(board))
    if (base === undefined || !base.ok) throw new Error('the fixture stores a data base')
    const synced = await syncBoardAsync(api, board.id, base.value, {}, { yieldAsync: async () => {} })
    if (!synced.ok) throw new Error(JSON.stringify(synced.problems))
    // The data did not change: the workshop's edits stay, so the board still differs from the data and keeps it as its base.
    expect(synced.value.changeSet.changes).toEqual([])
    expect(dataBaseStored(entriesOf(board))).toEqual({ ok: true, value: base.value })
    const after = await readBoardAsync(api, 'page')
    const texts = after.ok ? after.value.journey.items.map((item) => item.text) : []
    expect(texts.some((text) => text.endsWith('(edited in the workshop)'))).toBe(true)
    expect(texts).toContain('A sticky someone added by hand')
  })
})
