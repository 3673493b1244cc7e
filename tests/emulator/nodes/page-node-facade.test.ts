import { describe, expect, it } from 'vitest'

import { readyEmulatorAsync } from '../emulator-fixtures'

async function boardAsync() {
  const { api } = await readyEmulatorAsync()
  const section = api.createSection()
  const tagged = api.createSticky()
  tagged.setPluginData('item', 'a')
  const shared = api.createShapeWithText()
  shared.setSharedPluginData('journeyboard', 'key', 'k1')
  const plain = api.createSticky()
  section.appendChild(tagged)
  section.appendChild(shared)
  return { api, section, tagged, shared, plain }
}

describe('PageNode', () => {
  it('finds descendants parents-first with findAll and findOne', async () => {
    const { api, section, tagged, shared, plain } = await boardAsync()
    expect(api.currentPage.findAll()).toEqual([section, tagged, shared, plain])
    expect(api.currentPage.findAll((n) => n.type === 'STICKY')).toEqual([tagged, plain])
    expect(api.currentPage.findOne((n) => n.type === 'SHAPE_WITH_TEXT')).toBe(shared)
    expect(api.currentPage.findOne(() => false)).toBeNull()
    expect(api.currentPage.findChildren()).toEqual([section, plain])
    expect(api.currentPage.findChild((n) => n.type === 'STICKY')).toBe(plain)
  })

  it('filters findAllWithCriteria by types, plugin data keys and shared plugin data', async () => {
    const { api, tagged, shared, plain } = await boardAsync()
    const page = api.currentPage
    expect(page.findAllWithCriteria({ types: ['STICKY'] })).toEqual([tagged, plain])
    expect(page.findAllWithCriteria({ pluginData: {} })).toEqual([tagged])
    expect(page.findAllWithCriteria({ pluginData: { keys: ['other', 'item'] } })).toEqual([tagged])
    expect(page.findAllWithCriteria({ pluginData: { keys: ['other'] } })).toEqual([])
    expect(page.findAllWithCriteria({ sharedPluginData: { namespace: 'journeyboard' } })).toEqual([shared])
    expect(page.findAllWithCriteria({ sharedPluginData: { namespace: 'journeyboard', keys: ['nope'] } })).toEqual([])
    expect(page.findAllWithCriteria({ types: ['STICKY'], pluginData: {} })).toEqual([tagged])
  })

  it('keeps a de-duplicated selection of live nodes', async () => {
    const { api, tagged, plain } = await boardAsync()
    api.currentPage.selection = [tagged, plain, tagged]
    expect(api.currentPage.selection).toEqual([tagged, plain])
    tagged.remove()
    expect(api.currentPage.selection).toEqual([plain])
    expect(() => {
      api.currentPage.selection = [{ id: '1:2' } as SceneNode]
    }).toThrow(/a node from this document/)
  })

  it('is the child of the document and cannot be removed', async () => {
    const { api } = await boardAsync()
    expect(api.currentPage.parent).toBe(api.root)
    expect(api.root.children).toEqual([api.currentPage])
    expect(() => api.currentPage.remove()).toThrow(/only page/)
    await expect(api.currentPage.loadAsync()).resolves.toBeUndefined()
  })
})
