import { describe, expect, it } from 'vitest'

import { loadRestFile, type RestFile, type RestSceneNode } from '../../src/emulator'
import { CELL_PADDING, STAGE_PADDING, STICKY_FONT_SIZE } from '../../src/layout'
import type { Journey } from '../../src/model'
import type { SyncSummary } from '../../src/plugin-api/sync-board'
import { drawAsync, itemSticky, laneLabel, liveTag, readBothWaysAsync, stageSection, templateJourney } from '../reader/generated-board'
import { boardOf, cellSlot, dropInto, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

/** What people made by hand, and how they arranged the stickies, survives a sync. */

const retext = (journey: Journey, id: string, text: string): Journey => changeItem(journey, id, (item) => ({ ...item, text }))
const LONG_TEXT = 'We compare prices on five sites, read the small print twice, ask friends, and still do not know which insurance we need'

/** The journey without its "drive" stage and that stage's items. */
function withoutDrive(journey: Journey): Journey {
  return { ...journey, stages: journey.stages.filter((s) => s.id !== 'drive'), items: journey.items.filter((i) => i.stageId !== 'drive') }
}

/** The update removed the "drive" stage's items but kept the stage itself, for these reasons, unmarked. */
function expectDriveKept(summary: SyncSummary, reasons: readonly string[]): void {
  expect(summary.changeSet.keptRemovals).toMatchObject([{ id: 'stage:drive', subject: 'stage', reasons, marked: false }])
  expect(summary.changeSet.changes.map((c) => [c.id, c.kind])).toEqual([
    ['item:a3', 'removed'],
    ['item:p2', 'removed']
  ])
}

/** A sticky's top-left relative to its cell's top-left (its stage section's left, its lane label's top). */
function offsetInCell(api: PluginAPI, itemId: string, stageId: string, laneId: string): { x: number; y: number } {
  const sticky = itemSticky(api, itemId).absoluteBoundingBox!
  return { x: sticky.x - stageSection(api, stageId).absoluteBoundingBox!.x, y: sticky.y - laneLabel(api, laneId).absoluteBoundingBox!.y }
}

/** A sticky a person drops into a cell and types on, as FigJam's toolbar makes one (Inter Medium). */
async function stickyTypedIntoAsync(api: PluginAPI, stageId: string, laneId: string, text: string): Promise<StickyNode> {
  await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
  const sticky = api.createSticky()
  dropInto(stageSection(api, stageId), sticky, cellSlot(api, stageId, laneId))
  sticky.text.characters = text
  return sticky
}

describe('syncing a board with things made by hand', () => {
  it('keeps stickies and connectors drawn by hand, with their ids, and takes them into the map', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const sticky = await stickyTypedIntoAsync(api, 'plan', 'pains', 'Too many choices')
    const fills = sticky.fills
    const connector = api.createConnector()
    connector.connectorStart = { endpointNodeId: sticky.id, magnet: 'AUTO' }
    connector.connectorEnd = { endpointNodeId: itemSticky(api, 'a1').id, magnet: 'AUTO' }
    const itemId = `item-${sticky.id.replace(':', '-')}`
    const linkId = `link-${connector.id.replace(':', '-')}`

    const data: Journey = { ...retext(journey, 'a3', 'Picks up the car at the airport'), stages: [{ id: 'dream', name: 'Dream', description: '' }, ...journey.stages] }
    const summary = await syncAsync(emulator, data)
    expect(summary.changeSet.boardEdits.map((c) => c.id)).toEqual([`item:${itemId}`, `link:${linkId}`])
    expect(summary.counts.adopted).toBe(2)

    expect(itemSticky(api, itemId).id).toBe(sticky.id)
    expect(sticky.parent?.id).toBe(stageSection(api, 'plan').id)
    expect(sticky.text.fontSize).toBe(STICKY_FONT_SIZE)
    // Its colour was people's choice, and the board reads the same with it: it stays.
    expect(sticky.fills).toEqual(fills)
    expect(connector.removed).toBe(false)
    expect(liveTag(connector)?.linkId).toBe(linkId)
    // Still on the same sticky, now at the side magnet the layout routed the link through, not AUTO.
    expect(connector.connectorStart).toEqual({ endpointNodeId: sticky.id, magnet: expect.stringMatching(/^(TOP|BOTTOM|LEFT|RIGHT)$/) })
    const read = await readSyncedAsync(emulator)
    expect(read.items.find((i) => i.id === itemId)).toEqual({ id: itemId, stageId: 'plan', laneId: 'pains', text: 'Too many choices', momentOfTruth: false })
    expect(read.links.find((l) => l.id === linkId)).toEqual({ id: linkId, from: itemId, to: 'a1', kind: 'interaction', label: '' })

    // A second sync to the same data changes nothing at all.
    const file = emulator.toRestFile()
    const again = await syncAsync(emulator, data)
    expect(again.changeSet.changes).toEqual([])
    expect(emulator.toRestFile()).toEqual(file)
  })

  it('takes in a sticky left on the page over the board, putting it into its stage section', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const stray = api.createSticky()
    const slot = cellSlot(api, 'book', 'pains')
    stray.x = slot.x + 8
    stray.y = slot.y
    stray.text.characters = 'Deposit on the card'
    expect(stray.parent?.type).toBe('PAGE')
    await syncAsync(emulator, { ...journey, title: 'Renting a car in Spain' })
    expect(stray.parent?.id).toBe(stageSection(api, 'book').id)
    const read = await readSyncedAsync(emulator)
    expect(read.items.find((i) => i.text === 'Deposit on the card')).toMatchObject({ id: `item-${stray.id.replace(':', '-')}`, stageId: 'book', laneId: 'pains' })
  })

  it('keeps a stage the data removed while a sticky made by hand sits in it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const sticky = await stickyTypedIntoAsync(api, 'drive', 'actions', 'Fills up the tank')
    const data = withoutDrive(journey)
    const summary = await syncAsync(emulator, data)
    expectDriveKept(summary, ['holds-board-items'])
    const read = await readSyncedAsync(emulator)
    expect(read.stages.map((s) => s.id)).toEqual(['plan', 'book', 'drive'])
    expect(sticky.parent?.id).toBe(stageSection(api, 'drive').id)
  })

  it('keeps a stage the data removed while a section people drew sits in it, and the board reads back as the review said', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const drive = stageSection(api, 'drive')
    const box = drive.absoluteBoundingBox!
    const drawn = api.createSection()
    drawn.name = 'Later'
    dropInto(drive, drawn, { x: box.x + 20, y: box.y + box.height - 150 })
    drawn.resizeWithoutConstraints(200, 100)
    const data = withoutDrive(journey)
    const summary = await syncAsync(emulator, data)

    expectDriveKept(summary, ['holds-board-sections'])
    expect(drawn.parent?.id).toBe(stageSection(api, 'drive').id)
    const promised = { ...data, stages: journey.stages }
    // Read live and through REST; the board checks of readSyncedAsync count the untagged section as a fault.
    expect((await readBothWaysAsync(emulator)).journey).toEqual(promised)
    // The next update with the same data changes nothing: its base is that data, so the kept stage reads as the board's own.
    const again = await syncAsync(emulator, data)
    expect(again.changeSet.changes).toEqual([])
    expect(again.changeSet.boardEdits.map((edit) => [edit.id, edit.kind])).toEqual([['stage:drive', 'added']])
    expect((await readBothWaysAsync(emulator)).journey).toEqual(promised)
  })

  it('keeps a stage the data removed while a group people made in it holds a section, and the board reads back as the review said', async () => {
    const journey = smallJourney()
    const drawn = await drawAsync(journey)
    const box = stageSection(drawn.api, 'drive').absoluteBoundingBox!
    // The emulator puts no section into a group (what FigJam does then is not documented), so the
    // file holds one: a group below the stickies, holding a section people drew and a stamp.
    const at = { x: box.x + 20, y: box.y + box.height - 150 }
    const file = drawn.toRestFile()
    const group = {
      id: '99:1',
      name: 'Group 1',
      type: 'GROUP',
      absoluteBoundingBox: { x: at.x, y: at.y, width: 260, height: 100 },
      children: [
        { id: '99:2', name: 'Later', type: 'SECTION', fills: [{ type: 'SOLID', color: { r: 1, g: 1, b: 1, a: 1 } }], absoluteBoundingBox: { x: at.x, y: at.y, width: 200, height: 100 }, children: [] },
        { id: '99:3', name: 'Note', type: 'STAMP', absoluteBoundingBox: { x: at.x + 210, y: at.y, width: 50, height: 50 } }
      ]
    } as unknown as RestSceneNode
    ;(findRest(file, stageSection(drawn.api, 'drive').id) as RestSceneNode & { children: RestSceneNode[] }).children.push(group)
    const emulator = loadRestFile(file)
    const { api } = emulator
    const data = withoutDrive(journey)
    const summary = await syncAsync(emulator, data)

    expectDriveKept(summary, ['holds-board-sections'])
    const kept = (await api.getNodeByIdAsync('99:1')) as GroupNode
    expect(kept.parent?.id).toBe(stageSection(api, 'drive').id)
    expect(kept.children.map((child) => child.id)).toEqual(['99:2', '99:3'])
    const promised = { ...data, stages: journey.stages }
    expect((await readBothWaysAsync(emulator)).journey).toEqual(promised)
    // The next update with the same data changes nothing.
    const before = emulator.toRestFile()
    const again = await syncAsync(emulator, data)
    expect(again.changeSet.changes).toEqual([])
    expect(again.changeSet.boardEdits.map((edit) => [edit.id, edit.kind])).toEqual([['stage:drive', 'added']])
    expect(emulator.toRestFile()).toEqual(before)
    expect((await readBothWaysAsync(emulator)).journey).toEqual(promised)
  })

  it('gives one kept removal both reasons when a stage the data removed holds a sticky and a section made by hand', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    await stickyTypedIntoAsync(api, 'drive', 'actions', 'Fills up the tank')
    const box = stageSection(api, 'drive').absoluteBoundingBox!
    const drawn = api.createSection()
    dropInto(stageSection(api, 'drive'), drawn, { x: box.x + 20, y: box.y + box.height - 150 })
    drawn.resizeWithoutConstraints(200, 100)
    const data = withoutDrive(journey)
    const summary = await syncAsync(emulator, data)

    expectDriveKept(summary, ['holds-board-items', 'holds-board-sections'])
    expect(drawn.parent?.id).toBe(stageSection(api, 'drive').id)
    const read = (await readBothWaysAsync(emulator)).journey
    expect(read.stages.map((s) => s.id)).toEqual(['plan', 'book', 'drive'])
    expect(read.items.filter((item) => item.stageId === 'drive').map((item) => item.text)).toEqual(['Fills up the tank'])
  })

  it('keeps where people put a sticky inside its cell while columns and rows move around it', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const start = offsetInCell(api, 'plan-need-1', 'plan', 'needs')
    const nudged = { x: start.x + 100, y: start.y + 5 }
    const sticky = itemSticky(api, 'plan-need-1')
    sticky.x += 100
    sticky.y += 5
    const rowBefore = laneLabel(api, 'needs').absoluteBoundingBox!.y
    const columnBefore = stageSection(api, 'plan').absoluteBoundingBox!.x

    const data: Journey = {
      ...retext(journey, 'plan-thought-1', `${LONG_TEXT}. ${LONG_TEXT}. ${LONG_TEXT}.`),
      stages: [{ id: 'dream', name: 'Dreaming of the trip', description: '' }, ...journey.stages]
    }
    await syncAsync(emulator, data)
    expect(itemSticky(api, 'plan-need-1').id).toBe(sticky.id)
    expect(offsetInCell(api, 'plan-need-1', 'plan', 'needs')).toEqual(nudged)
    // The cell itself moved: the new stage pushed the column right, the longer thought pushed the row down.
    expect(stageSection(api, 'plan').absoluteBoundingBox!.x).toBeGreaterThan(columnBefore)
    expect(laneLabel(api, 'needs').absoluteBoundingBox!.y).toBeGreaterThan(rowBefore)
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('packs a cell afresh when the data adds a sticky to it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const start = offsetInCell(api, 'p1', 'book', 'pains')
    itemSticky(api, 'p1').x -= 10
    await syncAsync(emulator, { ...journey, title: 'Renting a car in Spain' })
    expect(offsetInCell(api, 'p1', 'book', 'pains')).toEqual({ x: start.x - 10, y: start.y })
    const data: Journey = {
      ...journey,
      title: 'Renting a car in Spain',
      items: [...journey.items, { id: 'p3', stageId: 'book', laneId: 'pains', text: 'Deposit', momentOfTruth: false }]
    }
    await syncAsync(emulator, data)
    expect(offsetInCell(api, 'p1', 'book', 'pains')).toEqual(start)
    expect(start).toEqual({ x: STAGE_PADDING, y: CELL_PADDING })
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('moves a stamp with the sticky it sits on', async () => {
    const journey = smallJourney()
    const drawn = await drawAsync(journey)
    const sticky = itemSticky(drawn.api, 'a3').absoluteBoundingBox!
    const file = drawn.toRestFile()
    const stamp: RestSceneNode = {
      id: '99:1',
      name: 'Thumbs up',
      type: 'STAMP',
      absoluteBoundingBox: { x: sticky.x + 150, y: sticky.y + 150, width: 60, height: 60 }
    } as RestSceneNode
    const section = findRest(file, stageSection(drawn.api, 'drive').id) as RestSceneNode & { children: RestSceneNode[] }
    section.children.push(stamp)

    const emulator = loadRestFile(file)
    const { api } = emulator
    const data: Journey = { ...journey, stages: [{ id: 'dream', name: 'Dream', description: '' }, ...journey.stages] }
    await syncAsync(emulator, data)
    const moved = itemSticky(api, 'a3').absoluteBoundingBox!
    expect(moved.x).not.toBe(sticky.x)
    const after = api.currentPage.findOne((node) => node.id === '99:1')!
    expect(after.absoluteBoundingBox).toEqual({ x: moved.x + 150, y: moved.y + 150, width: 60, height: 60 })
    expect(after.parent?.id).toBe(stageSection(api, 'drive').id)
    expect(boardOf(emulator).removed).toBe(false)
  })
})

function findRest(file: RestFile, id: string): RestSceneNode {
  const visit = (nodes: readonly RestSceneNode[]): RestSceneNode | undefined => {
    for (const node of nodes) {
      if (node.id === id) return node
      const children = (node as { children?: RestSceneNode[] }).children
      const found = children === undefined ? undefined : visit(children)
      if (found !== undefined) return found
    }
    return undefined
  }
  const found = visit(file.document.children[0]?.children ?? [])
  if (found === undefined) throw new Error(`no node ${id} in the file`)
  return found
}
