import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('TextNode', () => {
  it('starts empty in Inter Regular and needs that font for characters', () => {
    const { api } = createFigJamEmulator()
    const text = api.createText()
    expect(text.fontName).toEqual({ family: 'Inter', style: 'Regular' })
    expect(text.textAutoResize).toBe('WIDTH_AND_HEIGHT')
    expect(() => {
      text.characters = 'x'
    }).toThrow(/unloaded font "Inter Regular"/)
  })

  it('sizes itself to its text with WIDTH_AND_HEIGHT and wraps at its width with HEIGHT', async () => {
    const { api } = await readyEmulatorAsync()
    const text = api.createText()
    text.fontSize = 20
    text.characters = 'one two three four five six seven eight nine ten'
    const oneLine = text.height
    expect(text.width).toBeGreaterThan(200)
    text.textAutoResize = 'HEIGHT'
    text.resize(100, 10)
    expect(text.width).toBe(100)
    expect(text.height).toBeGreaterThan(oneLine)
    expect(text.textAutoResize).toBe('HEIGHT')
  })

  it('keeps a fixed box after resize unless it auto-sizes its height', async () => {
    const { api } = await readyEmulatorAsync()
    const text = api.createText()
    text.characters = 'hello'
    text.resize(50, 40)
    expect(text.textAutoResize).toBe('NONE')
    text.characters = 'hello world, a longer text'
    expect([text.width, text.height]).toEqual([50, 40])
  })

  it('names itself after its characters until the plugin names it', async () => {
    const { api } = await readyEmulatorAsync()
    const text = api.createText()
    text.characters = 'Persona'
    expect(text.name).toBe('Persona')
    text.name = 'Title'
    text.characters = 'Other'
    expect(text.name).toBe('Title')
  })
})
