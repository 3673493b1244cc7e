import { describe, expect, it } from 'vitest'

import { readBoardAsync } from '../../src/plugin-api/read-board'
import { snapshotBoardAsync } from '../../src/plugin-api/read-live-board'
import { createFigJamEmulator } from '../../src/emulator'
import { BoardSnapshotSchema } from '../../src/reader'
import { BoardBuilder, buildMessyBoardAsync } from '../fixtures/hand-made-boards'
import { drawAsync, itemSticky, templateJourney, spoken } from '../reader/generated-board'

/** The Plugin-API side: what a snapshot holds for each scope, and that reading never writes. */

describe('snapshotBoardAsync', () => {
  it('only reads: no call or property write other than lookups', async () => {
    const emulator = await drawAsync(templateJourney('service-blueprint'))
    emulator.api.currentPage.selection = [itemSticky(emulator.api, 'stay-guest-1')]
    emulator.resetCounters()
    for (const scope of ['page', 'selection', { nodeId: emulator.api.currentPage.children[0]!.id }] as const) {
      const reading = await readBoardAsync(emulator.api, scope)
      expect(reading.ok).toBe(true)
    }
    const names = [...emulator.calls.keys()]
    expect(names.length).toBeGreaterThan(0)
    expect(names.filter((name) => !/^(get|find)/.test(name))).toEqual([])
  })

  it('normalises what it reads: absolute boxes, flat text, first solid fill, wide flag, connector ends and caps, tags', async () => {
    const emulator = createFigJamEmulator()
    const b = await BoardBuilder.createAsync(emulator.api)
    const section = b.section('Stage', { x: 100, y: 50, width: 600, height: 400 })
    const sticky = b.sticky('Hello', { x: 120, y: 70 }, { parent: section, color: 'teal', wide: true })
    sticky.setSharedPluginData('journeyboard', 'note', 'kept')
    const free = b.connect(sticky, { x: 900, y: 900 })
    free.connectorEndStrokeCap = 'ARROW_EQUILATERAL'

    const snapshot = await snapshotBoardAsync(emulator.api, 'page')
    if (!snapshot.ok) throw new Error('no snapshot')
    expect(BoardSnapshotSchema.parse(snapshot.value)).toEqual(snapshot.value)
    const byId = new Map(snapshot.value.nodes.map((node) => [node.id, node]))
    expect(byId.get(sticky.id)).toEqual({
      id: sticky.id,
      type: 'STICKY',
      name: '',
      parentId: section.id,
      box: { x: 120, y: 70, width: 416, height: 240 },
      text: 'Hello',
      fill: '#B3F4EF',
      wide: true,
      data: { note: 'kept' }
    })
    expect(byId.get(free.id)).toMatchObject({
      type: 'CONNECTOR',
      parentId: null,
      start: { nodeId: sticky.id },
      end: { position: { x: 900, y: 900 } },
      startCap: 'NONE',
      endCap: 'ARROW_EQUILATERAL'
    })
  })

  it('reads one section by id, with the connectors drawn on the page between its stickies', async () => {
    const emulator = createFigJamEmulator()
    await buildMessyBoardAsync(emulator.api)
    const book = emulator.api.currentPage.findAllWithCriteria({ types: ['SECTION'] }).find((s) => s.name === 'Book')!
    const snapshot = await snapshotBoardAsync(emulator.api, { nodeId: book.id })
    if (!snapshot.ok) throw new Error('no snapshot')
    const types = snapshot.value.nodes.map((node) => node.type)
    expect(types.filter((t) => t === 'SECTION')).toHaveLength(1)
    expect(types.filter((t) => t === 'STICKY')).toHaveLength(4)
    expect(types.filter((t) => t === 'CONNECTOR')).toHaveLength(1)
    expect(snapshot.value.nodes[0]).toMatchObject({ id: book.id, parentId: null })
  })

  it('reads the whole generated board when a node on it is selected', async () => {
    const journey = templateJourney('workshop-swimlane')
    const emulator = await drawAsync(journey)
    emulator.api.currentPage.selection = [itemSticky(emulator.api, 'parts-store-1'), itemSticky(emulator.api, 'closed-customer-1')]
    const reading = await readBoardAsync(emulator.api, 'selection')
    expect(reading.ok && reading.value.journey).toEqual(journey)
  })

  it('reads a node selected together with the section holding it once, with that section', async () => {
    const emulator = createFigJamEmulator()
    const b = await BoardBuilder.createAsync(emulator.api)
    const section = b.section('Stage', { x: 100, y: 50, width: 600, height: 400 })
    const inside = b.sticky('Inside', { x: 120, y: 70 }, { parent: section })
    const outside = b.sticky('Outside', { x: 900, y: 70 })
    emulator.api.currentPage.selection = [inside, section, outside, inside]
    const snapshot = await snapshotBoardAsync(emulator.api, 'selection')
    if (!snapshot.ok) throw new Error('no snapshot')
    const ids = snapshot.value.nodes.map((node) => node.id)
    expect(ids).toEqual([section.id, inside.id, outside.id])
    expect(snapshot.value.nodes.find((node) => node.id === inside.id)?.parentId).toBe(section.id)
  })

  it('says what is wrong when there is nothing to read', async () => {
    const emulator = createFigJamEmulator()
    expect(await snapshotBoardAsync(emulator.api, 'selection')).toEqual({
      ok: false,
      problems: [{ path: 'selection', message: 'nothing is selected: select a board, or part of one, to read', code: 'nothing-selected', params: {} }]
    })
    expect(await readBoardAsync(emulator.api, { nodeId: '7:77' })).toEqual({
      ok: false,
      problems: [{ path: 'nodeId', message: 'no object has id "7:77" (was it deleted?)', code: 'no-node', params: { id: '7:77' } }]
    })
  })

  it('reads an empty page into a placeholder journey and says so', async () => {
    const reading = await readBoardAsync(createFigJamEmulator().api, 'page')
    if (!reading.ok) throw new Error('no reading')
    expect(reading.value.boardId).toBeNull()
    expect(spoken(reading.value.warnings)[0]).toEqual({ nodeId: null, message: 'no board found: there is no section and no sticky to read' })
    expect(reading.value.journey.stages).toHaveLength(1)
    expect(reading.value.journey.lanes).toHaveLength(1)
  })
})
