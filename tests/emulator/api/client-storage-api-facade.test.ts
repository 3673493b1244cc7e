import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

describe('figma.clientStorage', () => {
  it('starts with the given values and stores structured clones', async () => {
    const { api } = createFigJamEmulator({ clientStorage: { recent: ['a'] } })
    expect(await api.clientStorage.getAsync('recent')).toEqual(['a'])
    const settings = { when: new Date(0), tags: new Set(['x']) }
    await api.clientStorage.setAsync('settings', settings)
    settings.tags.add('y')
    const back = (await api.clientStorage.getAsync('settings')) as typeof settings
    expect(back.tags).toEqual(new Set(['x']))
    expect(back.when).toBeInstanceOf(Date)
    back.tags.add('z')
    expect(((await api.clientStorage.getAsync('settings')) as typeof settings).tags.size).toBe(1)
    expect(await api.clientStorage.keysAsync()).toEqual(['recent', 'settings'])
    await api.clientStorage.deleteAsync('recent')
    expect(await api.clientStorage.getAsync('recent')).toBeUndefined()
  })

  it('rejects values that cannot be cloned', async () => {
    const { api } = createFigJamEmulator()
    await expect(api.clientStorage.setAsync('f', { fn: () => 1 })).rejects.toThrow(/DataCloneError/)
  })
})
