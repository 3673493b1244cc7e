import { describe, expect, it } from 'vitest'

import { syncPreviewAsync } from '../../src/plugin-api/sync-preview'
import type { Journey } from '../../src/model'
import { REMOVED_MARKER_VARIANT } from '../../src/sync'
import { drawAsync, itemSticky, liveTag, loadFontOfAsync, taggedNode, taggedNodes } from '../reader/generated-board'
import { boardOf, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'
import { changeItem, smallJourney } from '../sync/sync-fixtures'

/** Each way the board and the data can disagree about an item, synced on the emulator and read back. */

const retext = (journey: Journey, id: string, text: string): Journey => changeItem(journey, id, (item) => ({ ...item, text }))
const without = (journey: Journey, id: string): Journey => changeItem(journey, id, () => undefined)

async function retypeAsync(api: PluginAPI, itemId: string, text: string): Promise<StickyNode> {
  const sticky = itemSticky(api, itemId)
  await loadFontOfAsync(api, sticky.text)
  sticky.text.characters = text
  return sticky
}

/** The "Removed from data" labels on the page, by the item they are pinned to. */
function labelledItems(api: PluginAPI): string[] {
  return taggedNodes(api)
    .filter((node) => liveTag(node)?.variant === REMOVED_MARKER_VARIANT)
    .map((node) => liveTag(node)?.itemId ?? '')
}

describe('syncing when the board and the data disagree', () => {
  it('keeps an edit made only on the board and applies a change made only in the data, on the same sticky', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = await retypeAsync(emulator.api, 'p1', 'Hidden fees at the desk')
    const data = changeItem(journey, 'p1', (item) => ({ ...item, stageId: 'drive', flag: 'green' }))
    const summary = await syncAsync(emulator, data)
    expect(summary.changeSet.boardEdits.map((c) => c.id)).toEqual(['item:p1'])
    expect(summary.changeSet.changes).toMatchObject([{ id: 'item:p1', kind: 'changed', fields: [{ field: 'stageId' }, { field: 'flag' }] }])
    expect(itemSticky(emulator.api, 'p1').id).toBe(sticky.id)
    expect(await readSyncedAsync(emulator)).toEqual(retext(data, 'p1', 'Hidden fees at the desk'))
  })

  it('applies each resolution of a text both sides changed', async () => {
    const journey = smallJourney()
    const data = retext(journey, 'a2', 'Books by phone')
    for (const [choice, expected] of [
      ['board', retext(data, 'a2', 'Books on the app')],
      ['data', data]
    ] as const) {
      const emulator = await drawAsync(journey)
      const sticky = await retypeAsync(emulator.api, 'a2', 'Books on the app')
      await syncAsync(emulator, data, { 'item:a2': choice })
      expect(itemSticky(emulator.api, 'a2').id).toBe(sticky.id)
      expect(await readSyncedAsync(emulator)).toEqual(expected)
    }
  })

  it('keeps both versions with keep-both: the board’s sticky as it is, the data’s as a new sticky beside it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = await retypeAsync(emulator.api, 'a2', 'Books on the app')
    const data = retext(journey, 'a2', 'Books by phone')
    await syncAsync(emulator, data, { 'item:a2': 'keep-both' })
    const original = itemSticky(emulator.api, 'a2')
    const copy = itemSticky(emulator.api, 'a2-data')
    expect(original.id).toBe(sticky.id)
    expect(original.text.characters).toBe('Books on the app')
    expect(copy.text.characters).toBe('Books by phone')
    expect(copy.parent?.id).toBe(original.parent?.id)
    const read = await readSyncedAsync(emulator)
    expect(read.items.map((i) => i.id)).toEqual(['a1', 'a2', 'a2-data', 'a3', 'f1', 'p1', 'p2'])
  })

  it('keeps an item the data removed when people edited it, with a label, and keeps it on later syncs until the label goes', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const sticky = await retypeAsync(emulator.api, 'p2', 'Long queue at the desk')
    const data = without(journey, 'p2')
    const summary = await syncAsync(emulator, data)
    expect(summary.changeSet.keptRemovals).toMatchObject([{ id: 'item:p2', reasons: ['edited-on-board'], marked: true }])
    expect(itemSticky(emulator.api, 'p2').id).toBe(sticky.id)
    expect(labelledItems(emulator.api)).toEqual(['p2'])
    const label = taggedNode<ShapeWithTextNode>(emulator.api, { variant: REMOVED_MARKER_VARIANT })
    expect(label.text.characters).toBe('Removed from data')
    expect(label.parent?.id).toBe(sticky.parent?.id)
    expect(await readSyncedAsync(emulator)).toEqual(retext(journey, 'p2', 'Long queue at the desk'))

    // Again with the same data: nothing changes, the label stays.
    const file = emulator.toRestFile()
    const again = await syncAsync(emulator, data)
    expect(again.changeSet.changes).toEqual([])
    expect(emulator.toRestFile()).toEqual(file)

    // Deleting the label by hand settles it: it does not come back, and the item stays.
    label.remove()
    await syncAsync(emulator, data)
    expect(labelledItems(emulator.api)).toEqual([])
    expect(itemSticky(emulator.api, 'p2').id).toBe(sticky.id)
  })

  it('takes the label off when the data brings the kept item back', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    await retypeAsync(emulator.api, 'p2', 'Long queue at the desk')
    await syncAsync(emulator, without(journey, 'p2'))
    expect(labelledItems(emulator.api)).toEqual(['p2'])
    // The data brings back its own text, which differs from the board's: a conflict, settled for the board.
    const back = await syncPreviewAsync(emulator.api, boardOf(emulator).id, journey)
    expect(back.ok && back.value.changeSet.conflicts.map((c) => [c.id, c.kind])).toEqual([['item:p2', 'both-added']])
    await syncAsync(emulator, journey, { 'item:p2': 'board' })
    expect(labelledItems(emulator.api)).toEqual([])
    expect(await readSyncedAsync(emulator)).toEqual(retext(journey, 'p2', 'Long queue at the desk'))
  })

  it('keeps an untouched item the data removed when a connector drawn by hand is attached to it', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const drawn = api.createConnector()
    drawn.connectorStart = { endpointNodeId: itemSticky(api, 'p2').id, magnet: 'AUTO' }
    drawn.connectorEnd = { position: { x: 0, y: 0 } }
    const summary = await syncAsync(emulator, without(journey, 'p2'))
    expect(summary.changeSet.keptRemovals).toMatchObject([{ id: 'item:p2', reasons: ['attached-on-board'] }])
    expect(labelledItems(api)).toEqual(['p2'])
    expect(drawn.connectorStart).toEqual({ endpointNodeId: itemSticky(api, 'p2').id, magnet: 'AUTO' })
  })

  it('removes an untouched item the data removed, with its sticky, pins and link connector', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const gone = [itemSticky(api, 'a1').id, taggedNode(api, { role: 'link', linkId: 'l1' }).id]
    await syncAsync(emulator, without(journey, 'a1'))
    const left = new Set(api.currentPage.findAll().map((node) => node.id))
    expect(gone.filter((id) => left.has(id))).toEqual([])
    expect(await readSyncedAsync(emulator)).toEqual(without(journey, 'a1'))
  })

  it('brings a sticky deleted on the board back when the data changed it and the choice is data, re-attaching its link', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const link = taggedNode<ConnectorNode>(api, { role: 'link', linkId: 'l1' })
    itemSticky(api, 'a2').remove()
    const data = retext(journey, 'a2', 'Books by phone')

    const preview = await syncPreviewAsync(api, boardOf(emulator).id, data)
    expect(preview.ok && preview.value.changeSet.conflicts).toMatchObject([{ id: 'item:a2', kind: 'removed-on-board', choices: ['board', 'data'] }])
    await syncAsync(emulator, data, { 'item:a2': 'data' })
    const restored = itemSticky(api, 'a2')
    expect(restored.text.characters).toBe('Books by phone')
    expect(link.removed).toBe(false)
    // Re-attached at the side magnet the layout routed the link through (route-links.ts).
    expect(link.connectorEnd).toEqual({ endpointNodeId: restored.id, magnet: expect.stringMatching(/^(TOP|BOTTOM|LEFT|RIGHT)$/) })
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('leaves a sticky deleted on the board deleted when the choice is board, and clears its dangling link', async () => {
    const journey = smallJourney()
    const emulator = await drawAsync(journey)
    const { api } = emulator
    const link = taggedNode<ConnectorNode>(api, { role: 'link', linkId: 'l1' })
    itemSticky(api, 'a2').remove()
    await syncAsync(emulator, retext(journey, 'a2', 'Books by phone'), { 'item:a2': 'board' })
    expect(link.removed).toBe(true)
    expect(await readSyncedAsync(emulator)).toEqual(without(journey, 'a2'))
  })
})
