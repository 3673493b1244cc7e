import { afterEach, describe, expect, it, vi } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { generateBoardAsync } from '../../../src/plugin-api/generate-board'
import { smallJourney } from '../../sync/sync-fixtures'
import { INTER_MEDIUM } from '../emulator-fixtures'

/** A person's board (a section holding a sticky with plugin data), then a run's step that moves it, undone. */
async function undoneRunAsync() {
  const emulator = createFigJamEmulator({ recordUndo: true })
  const { api } = emulator
  await api.loadFontAsync(INTER_MEDIUM)
  const section = api.createSection()
  const sticky = api.createSticky()
  sticky.text.characters = 'Made by a person'
  sticky.setPluginData('k', 'v')
  section.appendChild(sticky)
  emulator.checkpoint()
  sticky.x = 500
  api.commitUndo()
  emulator.undo()
  const node = async (id: string) => {
    const found = await api.getNodeByIdAsync(id)
    if (found === null) throw new Error(`no node ${id}`)
    return found
  }
  return { emulator, api, section: (await node(section.id)) as SectionNode, sticky: (await node(sticky.id)) as StickyNode }
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('the undo history', () => {
  it('undoes and redoes without writing the document out as JSON text', async () => {
    const { emulator } = await undoneRunAsync()
    const stringify = vi.spyOn(JSON, 'stringify')
    expect(emulator.redo()).toBe(true)
    expect(emulator.undo()).toBe(true)
    expect(emulator.redo()).toBe(true)
    expect(stringify).not.toHaveBeenCalled()
  })

  it('keeps redo while nothing changed since the undo, reads included', async () => {
    const { emulator, api, sticky } = await undoneRunAsync()
    void api.currentPage.findAll().map((node) => [node.x, node.name])
    void [sticky.text.characters, sticky.getPluginData('k'), sticky.fills]
    sticky.x = sticky.x
    expect(emulator.redo()).toBe(true)
    expect(((await api.getNodeByIdAsync(sticky.id)) as StickyNode).x).toBe(500)
  })

  it('keeps redo after undoing a whole drawn board, which reads back exactly as it was stored', async () => {
    const emulator = createFigJamEmulator({ recordUndo: true })
    await generateBoardAsync(emulator.api, smallJourney(), { yieldAsync: async () => {} })
    const drawn = emulator.toRestFile()
    emulator.checkpoint()
    emulator.api.createSticky()
    emulator.api.commitUndo()
    expect(emulator.undo()).toBe(true)
    expect(emulator.undo()).toBe(true)
    expect(emulator.redo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(drawn)
    expect(emulator.redo()).toBe(true)
  })

  it.each<[string, (nodes: { api: PluginAPI; section: SectionNode; sticky: StickyNode }) => void]>([
    ['a text', ({ sticky }) => (sticky.text.characters = 'Retyped')],
    ['a colour', ({ sticky }) => (sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 1, b: 1 } }])],
    ['plugin data', ({ sticky }) => sticky.setPluginData('k', 'w')],
    ['a name', ({ section }) => (section.name = 'Renamed')],
    ['a removal', ({ sticky }) => sticky.remove()],
    ['a new node', ({ api }) => api.createSticky()]
  ])('drops redo after %s written since the undo, and leaves the write in place', async (_what, edit) => {
    const { emulator, api, section, sticky } = await undoneRunAsync()
    edit({ api, section, sticky })
    const edited = emulator.toRestFile()
    expect(emulator.redo()).toBe(false)
    expect(emulator.toRestFile()).toEqual(edited)
  })
})
