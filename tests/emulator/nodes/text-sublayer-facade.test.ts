import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { INTER_MEDIUM, readyEmulatorAsync, solid } from '../emulator-fixtures'

describe('text sublayer (sticky, shape and connector text)', () => {
  it('throws Figma\'s unloaded-font error when characters are written before the font is loaded', () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    expect(() => {
      sticky.text.characters = 'Hello'
    }).toThrow('Cannot write to node with unloaded font "Inter Medium". Please call figma.loadFontAsync')
    expect(sticky.text.characters).toBe('')
  })

  it('retyping a linked text links the whole new text, counted in UTF-16 units as every range is, emoji included', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    sticky.text.characters = 'Go'
    sticky.text.setRangeHyperlink(0, 2, { type: 'URL', value: 'https://example.com' })
    sticky.text.characters = 'Go 🚗🚕 now'
    expect(sticky.text.getStyledTextSegments(['hyperlink']).map((segment) => [segment.start, segment.end, segment.characters])).toEqual([
      [0, 'Go 🚗🚕 now'.length, 'Go 🚗🚕 now']
    ])
  })

  it('also guards fontSize, but not fills', () => {
    const { api } = createFigJamEmulator()
    const shape = api.createShapeWithText()
    expect(() => {
      shape.text.fontSize = 30
    }).toThrow(/unloaded font "Inter Medium"/)
    shape.text.fills = [solid(1, 1, 1)]
    expect(shape.text.fills).toHaveLength(1)
  })

  it('accepts writes once the font promise has settled, and only then', async () => {
    const { api } = createFigJamEmulator()
    const sticky = api.createSticky()
    const loading = api.loadFontAsync(sticky.text.fontName as FontName)
    expect(() => {
      sticky.text.characters = 'too early'
    }).toThrow(/unloaded font/)
    await loading
    sticky.text.characters = 'Hello'
    expect(sticky.text.characters).toBe('Hello')
  })

  it('needs the new font loaded to change fontName', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    expect(() => {
      sticky.text.fontName = { family: 'Inter', style: 'Bold' }
    }).toThrow(/unloaded font "Inter Bold"/)
    await api.loadFontAsync({ family: 'Inter', style: 'Bold' })
    sticky.text.fontName = { family: 'Inter', style: 'Bold' }
    expect(sticky.text.fontName).toEqual({ family: 'Inter', style: 'Bold' })
    expect(sticky.text.fontWeight).toBe(700)
  })

  it('starts a connector label with an invalid font that cannot be loaded', async () => {
    const { api } = createFigJamEmulator()
    const connector = api.createConnector()
    const unset = connector.text.fontName as FontName
    await expect(api.loadFontAsync(unset)).rejects.toThrow(/could not be loaded/)
    expect(() => {
      connector.text.characters = 'label'
    }).toThrow(/unloaded font/)
    await api.loadFontAsync(INTER_MEDIUM)
    connector.text.fontName = INTER_MEDIUM
    connector.text.characters = 'label'
    expect(connector.text.characters).toBe('label')
  })

  it('rejects loadFontAsync for fonts the editor does not have, and records every request', async () => {
    const emulator = createFigJamEmulator({ availableFonts: [INTER_MEDIUM] })
    await expect(emulator.api.loadFontAsync({ family: 'Comic Sans', style: 'Regular' })).rejects.toThrow(
      'The font "Comic Sans Regular" could not be loaded'
    )
    await emulator.api.loadFontAsync(INTER_MEDIUM)
    expect(emulator.fontLoads).toEqual([{ family: 'Comic Sans', style: 'Regular' }, INTER_MEDIUM])
    expect(await emulator.api.listAvailableFontsAsync()).toEqual([{ fontName: INTER_MEDIUM }])
  })

  it('checks value types', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    expect(() => {
      ;(sticky.text as { characters: unknown }).characters = 42
    }).toThrow(TypeError)
    expect(() => {
      sticky.text.fontSize = 0
    }).toThrow(/>= 1/)
  })

  it('is unusable once its node is removed', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    const text = sticky.text
    sticky.remove()
    expect(() => text.characters).toThrow(`The node with id "${sticky.id}" does not exist`)
  })
})
