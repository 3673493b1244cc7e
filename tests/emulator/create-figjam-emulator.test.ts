import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { INTER_MEDIUM } from './emulator-fixtures'

describe('createFigJamEmulator counters', () => {
  it('counts every call and property write by name', async () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    const section = api.createSection()
    const sticky = api.createSticky()
    await api.loadFontAsync(INTER_MEDIUM)
    sticky.text.characters = 'Hi'
    sticky.x = 10
    sticky.y = 20
    sticky.setSharedPluginData('journeyboard', 'key', 'v')
    section.appendChild(sticky)
    api.ui.postMessage('x')
    void sticky.width
    expect(Object.fromEntries(emulator.calls)).toEqual({
      createSection: 1,
      createSticky: 1,
      loadFontAsync: 1,
      'text.characters': 1,
      x: 1,
      y: 1,
      setSharedPluginData: 1,
      appendChild: 1,
      'ui.postMessage': 1
    })
    expect(emulator.totalCalls()).toBe(9)
    expect(emulator.fontLoads).toEqual([INTER_MEDIUM])
  })

  it('keeps calls, writes and reads apart, each by name', async () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    const sticky = api.createSticky()
    await api.loadFontAsync(INTER_MEDIUM)
    const text = sticky.text
    text.characters = 'Hi'
    sticky.x = 10
    void sticky.height
    void sticky.height
    void text.characters
    sticky.getSharedPluginData('journeyboard', 'key')
    const { calls, writes, reads } = emulator.traffic
    expect(Object.fromEntries(calls)).toEqual({ createSticky: 1, loadFontAsync: 1, getSharedPluginData: 1 })
    expect(Object.fromEntries(writes)).toEqual({ 'text.characters': 1, x: 1 })
    expect(Object.fromEntries(reads)).toEqual({ text: 1, height: 2, 'text.characters': 1 })
    emulator.resetCounters()
    expect([calls.size, writes.size, reads.size]).toEqual([0, 0, 0])
  })

  it('does not count what the emulator does itself (REST export, reads)', () => {
    const emulator = createFigJamEmulator()
    emulator.api.createSticky()
    emulator.toRestFile()
    expect(emulator.totalCalls()).toBe(1)
  })

  it('resets every counter and log', async () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    await api.loadFontAsync(INTER_MEDIUM)
    api.notify('x')
    api.commitUndo()
    api.ui.postMessage(1)
    api.viewport.scrollAndZoomIntoView([api.createSticky()])
    emulator.resetCounters()
    expect([emulator.totalCalls(), emulator.fontLoads, emulator.notifications, emulator.undoCommits, emulator.uiMessages, emulator.viewportScrolls]).toEqual([
      0,
      [],
      [],
      0,
      [],
      []
    ])
  })

  it('makes only the nth call named in failOnCall throw', () => {
    const { api, calls } = createFigJamEmulator({ failOnCall: { name: 'createSticky', nth: 3 } })
    api.createSticky()
    api.createSticky()
    expect(() => api.createSticky()).toThrow('Emulated failure: call 3 of createSticky')
    expect(api.currentPage.children).toHaveLength(2)
    api.createSticky()
    expect(api.currentPage.children).toHaveLength(3)
    expect(calls.get('createSticky')).toBe(4)
  })

  it('can fail a property write, and arm a failure later', async () => {
    const emulator = createFigJamEmulator({ failOnCall: { name: 'text.characters', nth: 1 } })
    const { api } = emulator
    await api.loadFontAsync(INTER_MEDIUM)
    const sticky = api.createSticky()
    expect(() => {
      sticky.text.characters = 'a'
    }).toThrow(/Emulated failure/)
    expect(sticky.text.characters).toBe('')
    sticky.text.characters = 'b'
    emulator.armFailure({ name: 'remove', nth: 1 })
    expect(() => sticky.remove()).toThrow(/Emulated failure/)
    expect(sticky.removed).toBe(false)
  })

  it('fails async calls through their promise', async () => {
    const { api } = createFigJamEmulator({ failOnCall: { name: 'loadFontAsync', nth: 1 } })
    await expect(api.loadFontAsync(INTER_MEDIUM)).rejects.toThrow(/Emulated failure/)
  })

  it('rejects nonsense options', () => {
    expect(() => createFigJamEmulator({ pluginDataLimit: 0 })).toThrow(RangeError)
    expect(() => createFigJamEmulator({ failOnCall: { name: 'x', nth: 0 } })).toThrow(RangeError)
  })
})
