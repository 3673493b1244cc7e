import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { manifestWithId } from '../emulator-fixtures'

describe('plugin data', () => {
  it('stores strings, returns "" for missing keys and deletes on ""', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(sticky.getPluginData('item')).toBe('')
    sticky.setPluginData('item', '{"id":"a"}')
    sticky.setPluginData('kind', 'stage')
    expect(sticky.getPluginData('item')).toBe('{"id":"a"}')
    expect(sticky.getPluginDataKeys()).toEqual(['item', 'kind'])
    sticky.setPluginData('item', '')
    expect(sticky.getPluginDataKeys()).toEqual(['kind'])
  })

  it('accepts only string values', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => sticky.setPluginData('n', 5 as unknown as string)).toThrow(/expected a string/)
    expect(() => sticky.setPluginData('o', { a: 1 } as unknown as string)).toThrow(/JSON.stringify/)
    expect(() => sticky.setSharedPluginData('journeyboard', 'n', null as unknown as string)).toThrow(/expected a string/)
    expect(sticky.getPluginDataKeys()).toEqual([])
  })

  it('caps each entry (plugin id or namespace + key + value, in UTF-8 bytes)', () => {
    const { api } = createFigJamEmulator({ pluginDataLimit: 40, manifest: manifestWithId('plugin') })
    const sticky = api.createSticky()
    // 'plugin' (6) + 'k' (1) + 33 = 40 bytes: exactly at the limit.
    sticky.setPluginData('k', 'x'.repeat(33))
    expect(() => sticky.setPluginData('k', 'x'.repeat(34))).toThrow(/41 bytes .* over the 40-byte limit/)
    // Each 'é' is two bytes in UTF-8.
    expect(() => sticky.setPluginData('k', 'é'.repeat(17))).toThrow(/over the 40-byte limit/)
    sticky.setSharedPluginData('abc', 'k', 'x'.repeat(36))
    expect(() => sticky.setSharedPluginData('abc', 'k', 'x'.repeat(37))).toThrow(/over the 40-byte limit/)
    expect(sticky.getPluginData('k')).toBe('x'.repeat(33))
  })

  it('defaults to Figma\'s 100 kB per entry', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => sticky.setPluginData('k', 'x'.repeat(100_000))).toThrow(/100000-byte limit/)
    sticky.setPluginData('k', 'x'.repeat(99_000))
    expect(sticky.getPluginData('k')).toHaveLength(99_000)
  })

  it('keeps shared data per namespace of at least 3 alphanumeric characters', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    sticky.setSharedPluginData('journeyboard', 'key', 'v1')
    sticky.setSharedPluginData('other', 'key', 'v2')
    expect(sticky.getSharedPluginData('journeyboard', 'key')).toBe('v1')
    expect(sticky.getSharedPluginDataKeys('other')).toEqual(['key'])
    expect(sticky.getSharedPluginDataKeys('nothing')).toEqual([])
    expect(() => sticky.setSharedPluginData('ab', 'key', 'v')).toThrow(/at least 3 alphanumeric/)
    expect(() => sticky.setSharedPluginData('journey-board', 'key', 'v')).toThrow(/alphanumeric/)
  })

  it('lives on the page and the document too', () => {
    const { api } = createFigJamEmulator()
    api.currentPage.setPluginData('board', 'v1')
    api.root.setSharedPluginData('journeyboard', 'version', '1')
    expect(api.currentPage.getPluginData('board')).toBe('v1')
    expect(api.root.getSharedPluginData('journeyboard', 'version')).toBe('1')
  })
})
