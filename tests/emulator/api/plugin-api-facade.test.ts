import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { manifestWithId } from '../emulator-fixtures'

describe('the plugin API object', () => {
  it('is a FigJam editor', () => {
    const { api } = createFigJamEmulator({ manifest: manifestWithId('abc123') })
    expect(api.editorType).toBe('figjam')
    expect(api.apiVersion).toBe('1.0.0')
    expect(api.pluginId).toBe('abc123')
    expect(typeof api.mixed).toBe('symbol')
    expect(api.mixed).toBe(api.mixed)
    expect(api.mixed).not.toBe(createFigJamEmulator().api.mixed)
  })

  it('creates every node on the current page with incrementing ids', () => {
    const { api } = createFigJamEmulator()
    const nodes = [api.createSection(), api.createSticky(), api.createShapeWithText(), api.createConnector(), api.createText()]
    expect(nodes.map((n) => n.id)).toEqual(['1:2', '1:3', '1:4', '1:5', '1:6'])
    expect(nodes.map((n) => n.type)).toEqual(['SECTION', 'STICKY', 'SHAPE_WITH_TEXT', 'CONNECTOR', 'TEXT'])
    expect(api.currentPage.children).toEqual(nodes)
    expect(nodes.every((n) => n.parent === api.currentPage)).toBe(true)
  })

  it('finds nodes with getNodeByIdAsync, and not once they are removed', async () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(await api.getNodeByIdAsync(sticky.id)).toBe(sticky)
    expect(await api.getNodeByIdAsync('0:1')).toBe(api.currentPage)
    expect(await api.getNodeByIdAsync('0:0')).toBe(api.root)
    sticky.remove()
    expect(await api.getNodeByIdAsync(sticky.id)).toBeNull()
    expect(await api.getNodeByIdAsync('7:7')).toBeNull()
  })

  it('throws on the sync lookups dynamic-page forbids, naming the async replacement', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => api.getNodeById(sticky.id)).toThrow('Use figma.getNodeByIdAsync(id) instead')
    expect(() => api.getStyleById('S:1')).toThrow('Use figma.getStyleByIdAsync(id) instead')
    expect(() => api.getLocalPaintStyles()).toThrow(/getLocalPaintStylesAsync/)
    expect(() => {
      api.currentPage = api.currentPage
    }).toThrow('Setting figma.currentPage is not supported (documentAccess: dynamic-page). Use figma.setCurrentPageAsync(page) instead.')
  })

  it('switches pages only through setCurrentPageAsync', async () => {
    const { api } = createFigJamEmulator()
    await expect(api.setCurrentPageAsync(api.currentPage)).resolves.toBeUndefined()
    await expect(api.setCurrentPageAsync({} as PageNode)).rejects.toThrow(/a page of this file/)
  })

  it('records notifications and undo commits', () => {
    const emulator = createFigJamEmulator()
    const handler = emulator.api.notify('Board created')
    emulator.api.notify('Failed', { error: true })
    handler.cancel()
    emulator.api.commitUndo()
    expect(emulator.notifications).toEqual([
      { message: 'Board created', error: false },
      { message: 'Failed', error: true }
    ])
    expect(emulator.undoCommits).toBe(1)
  })

  it('stops working after closePlugin, while the test side still reads the board', () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    const sticky = api.createSticky()
    let closed = 0
    api.on('close', () => {
      closed += 1
    })
    api.closePlugin('Done')
    expect(closed).toBe(1)
    expect(emulator.closed).toBe(true)
    expect(emulator.closeMessage).toBe('Done')
    expect(() => api.createSticky()).toThrow(/closePlugin/)
    expect(() => sticky.x).toThrow(/closePlugin/)
    expect(() => api.currentPage).toThrow(/closePlugin/)
    expect(emulator.toRestFile().document.children[0]?.children).toHaveLength(1)
  })

  it('rejects (not throws) from async calls after closePlugin', async () => {
    const { api } = createFigJamEmulator()
    api.closePlugin()
    await expect(api.loadFontAsync({ family: 'Inter', style: 'Medium' })).rejects.toThrow(/closePlugin/)
  })

  it('needs loadAllPagesAsync before listening to documentchange', async () => {
    const { api } = createFigJamEmulator()
    expect(() => api.on('documentchange', () => undefined)).toThrow(/loadAllPagesAsync/)
    await api.loadAllPagesAsync()
    expect(() => api.on('documentchange', () => undefined)).not.toThrow()
  })
})
