import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

describe('figma.ui and the UI channel', () => {
  it('records showUI options with the documented defaults', () => {
    const emulator = createFigJamEmulator()
    emulator.api.showUI('<p>hi</p>', { themeColors: true, height: 500 })
    expect(emulator.ui).toMatchObject({ shown: true, html: '<p>hi</p>', width: 300, height: 500, visible: true })
    expect(emulator.ui.options).toEqual({ themeColors: true, height: 500 })
    emulator.api.ui.resize(400, 600)
    emulator.api.ui.hide()
    expect(emulator.ui).toMatchObject({ width: 400, height: 600, visible: false })
  })

  it('delivers main -> UI messages as copies to uiMessages and listeners', () => {
    const emulator = createFigJamEmulator()
    const received: unknown[] = []
    const stop = emulator.onUiMessage((m) => received.push(m))
    const payload = { type: 'progress', items: [1, 2] }
    emulator.api.ui.postMessage(payload)
    payload.items.push(3)
    stop()
    emulator.api.ui.postMessage({ type: 'done' })
    expect(emulator.uiMessages).toEqual([{ type: 'progress', items: [1, 2] }, { type: 'done' }])
    expect(received).toEqual([{ type: 'progress', items: [1, 2] }])
    expect(() => emulator.api.ui.postMessage({ run: () => 1 })).toThrow(/DataCloneError/)
  })

  it('runs onmessage and on/once handlers for UI -> main messages and awaits them', async () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    api.showUI('<div></div>')
    const seen: string[] = []
    api.ui.onmessage = async (msg: { type: string }, props) => {
      await Promise.resolve()
      seen.push(`onmessage:${msg.type}:${props.origin}`)
    }
    const listener = (msg: { type: string }) => seen.push(`on:${msg.type}`)
    api.ui.on('message', listener)
    api.ui.once('message', (msg: { type: string }) => seen.push(`once:${msg.type}`))
    await emulator.sendToPlugin({ type: 'a' })
    api.ui.off('message', listener)
    await emulator.sendToPlugin({ type: 'b' })
    expect(seen).toEqual(['on:a', 'once:a', 'onmessage:a:null', 'onmessage:b:null'])
    expect(emulator.calls.get('ui.onmessage')).toBe(1)
  })

  it('rejects sendToPlugin when a handler fails, or when no UI is open', async () => {
    const emulator = createFigJamEmulator()
    await expect(emulator.sendToPlugin({})).rejects.toThrow(/showUI/)
    emulator.api.showUI('')
    emulator.api.ui.onmessage = () => {
      throw new Error('boom')
    }
    await expect(emulator.sendToPlugin({})).rejects.toThrow('boom')
    emulator.api.ui.close()
    await expect(emulator.sendToPlugin({})).rejects.toThrow(/No plugin UI is open/)
  })
})
