import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

describe('DocumentNode (figma.root)', () => {
  it('refuses findAll, findOne and findAllWithCriteria until loadAllPagesAsync was awaited', async () => {
    const { api } = createFigJamEmulator()
    const tagged = api.createSticky()
    tagged.setPluginData('item', 'a')
    api.createSticky()
    expect(() => api.root.findAll()).toThrow(/loadAllPagesAsync/)
    expect(() => api.root.findOne(() => true)).toThrow(/loadAllPagesAsync/)
    expect(() => api.root.findAllWithCriteria({ types: ['STICKY'] })).toThrow(/loadAllPagesAsync/)
    expect(api.root.findChildren()).toEqual([api.currentPage])
    await api.loadAllPagesAsync()
    expect(api.root.findAll()[0]).toBe(api.currentPage)
    expect(api.root.findAllWithCriteria({ pluginData: {} })).toEqual([tagged])
  })
})
