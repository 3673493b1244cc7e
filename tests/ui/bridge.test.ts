// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest'

import { type BridgeHost, createBridge } from '../../ui/bridge'
import { sayReadyEarly } from '../../ui/say-ready-early'

function fakeHost() {
  const listeners = new Set<(event: MessageEvent) => void>()
  const posted: unknown[] = []
  const host: BridgeHost = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    parent: { postMessage: (message) => posted.push(message) }
  }
  const deliver = (data: unknown): void => {
    for (const listener of listeners) listener(new MessageEvent('message', { data }))
  }
  return { host, posted, deliver, listeners }
}

describe('createBridge', () => {
  it('wraps outgoing messages in { pluginMessage } for the parent frame', () => {
    const { host, posted } = fakeHost()
    createBridge(host, { warn: vi.fn() }).send({ type: 'read-back', requestId: 'r1', scope: 'page' })
    expect(posted).toEqual([{ pluginMessage: { type: 'read-back', requestId: 'r1', scope: 'page' } }])
  })

  it('passes on sandbox messages that parse', () => {
    const { host, deliver } = fakeHost()
    const received: unknown[] = []
    createBridge(host, { warn: vi.fn() }).subscribe((message) => received.push(message))
    deliver({ pluginMessage: { type: 'progress', requestId: 'g1', done: 3, total: 10 } })
    expect(received).toEqual([{ type: 'progress', requestId: 'g1', done: 3, total: 10 }])
  })

  it('drops and logs malformed plugin messages, never passing them on', () => {
    const { host, deliver } = fakeHost()
    const warn = vi.fn()
    const received: unknown[] = []
    createBridge(host, { warn }).subscribe((message) => received.push(message))
    const malformed = [
      { type: 'progress', requestId: 'g1', done: -1, total: 10 },
      { type: 'generated', requestId: 'g1' },
      { type: 'launch-missiles' },
      { type: 'read-back-result', requestId: 'r1', journey: { title: 'no id, no stages' }, warnings: [] },
      'init',
      null
    ]
    for (const pluginMessage of malformed) deliver({ pluginMessage })
    expect(received).toEqual([])
    expect(warn).toHaveBeenCalledTimes(malformed.length)
  })

  it('ignores window messages that are not plugin messages at all', () => {
    const { host, deliver } = fakeHost()
    const warn = vi.fn()
    const received: unknown[] = []
    createBridge(host, { warn }).subscribe((message) => received.push(message))
    deliver({ source: 'devtools' })
    deliver('hello')
    expect(received).toEqual([])
    expect(warn).not.toHaveBeenCalled()
  })

  it('hands each message to every subscriber through one listener, warning once for a malformed one', () => {
    const { host, deliver, listeners } = fakeHost()
    const warn = vi.fn()
    const bridge = createBridge(host, { warn })
    const first: unknown[] = []
    const second: unknown[] = []
    const unsubscribeFirst = bridge.subscribe((message) => first.push(message))
    bridge.subscribe((message) => second.push(message))
    expect(listeners.size).toBe(1)
    deliver({ pluginMessage: { type: 'progress', requestId: 'g1', done: -1, total: 10 } })
    expect(warn).toHaveBeenCalledTimes(1)
    deliver({ pluginMessage: { type: 'init', settings: {} } })
    unsubscribeFirst()
    deliver({ pluginMessage: { type: 'init', settings: { tab: 'read' } } })
    expect(first).toEqual([{ type: 'init', settings: {} }])
    expect(second).toEqual([{ type: 'init', settings: {} }, { type: 'init', settings: { tab: 'read' } }])
    expect(listeners.size).toBe(1)
  })

  it('stops listening when unsubscribed', () => {
    const { host, deliver, listeners } = fakeHost()
    const received: unknown[] = []
    const unsubscribe = createBridge(host, { warn: vi.fn() }).subscribe((message) => received.push(message))
    unsubscribe()
    deliver({ pluginMessage: { type: 'init', settings: {} } })
    expect(received).toEqual([])
    expect(listeners.size).toBe(0)
  })

  it('works on a real window: posted plugin messages reach the subscriber, malformed ones do not', async () => {
    const warn = vi.fn()
    const received: unknown[] = []
    const unsubscribe = createBridge(window, { warn }).subscribe((message) => received.push(message))
    window.postMessage({ pluginMessage: { type: 'init', settings: { tab: 'import', templateId: 'ikea' } } }, '*')
    window.postMessage({ pluginMessage: { type: 'init', settings: 'oops' } }, '*')
    await vi.waitFor(() => expect(received.length + warn.mock.calls.length).toBe(2))
    unsubscribe()
    expect(received).toEqual([{ type: 'init', settings: { tab: 'import', templateId: 'ikea' } }])
    expect(warn).toHaveBeenCalledTimes(1)
  })
})

describe('a panel that says ready as its script starts', () => {
  it('says ready at once, before anything subscribes, and keeps the answers until handed over', () => {
    const { host, posted, deliver, listeners } = fakeHost()
    const early = sayReadyEarly(host, 'fr')
    // With the language the panel opens in, for the sandbox to speak it until one is remembered.
    expect(posted).toEqual([{ pluginMessage: { type: 'ready', language: 'fr' } }])
    // Whether the sandbox answered yet decides whether the panel's first drawing waits to show the templates (main.tsx).
    expect(early.answered()).toBe(false)
    deliver({ pluginMessage: { type: 'init', settings: {} } })
    expect(early.answered()).toBe(true)
    deliver({ pluginMessage: { type: 'progress', requestId: 'g1', done: 1, total: 2 } })
    expect(early.take().map((event) => event.data as unknown)).toEqual([
      { pluginMessage: { type: 'init', settings: {} } },
      { pluginMessage: { type: 'progress', requestId: 'g1', done: 1, total: 2 } }
    ])
    // Handed over, it keeps nothing more.
    expect(listeners.size).toBe(0)
    deliver({ pluginMessage: { type: 'init', settings: {} } })
    expect(early.take()).toEqual([])
  })

  it('does not say ready twice: the bridge hands the subscribers the early answers, in order and parsed at the door, when the panel says it', () => {
    const { host, posted, deliver } = fakeHost()
    const warn = vi.fn()
    const bridge = createBridge(host, { warn }, sayReadyEarly(host, 'en'))
    deliver({ pluginMessage: { type: 'init', settings: { tab: 'read' } } })
    deliver({ pluginMessage: { type: 'init', settings: 'oops' } })
    const received: unknown[] = []
    bridge.subscribe((message) => received.push(message))
    // Subscribed, but the panel has not said it is ready: nothing yet, and what comes is kept too.
    deliver({ pluginMessage: { type: 'progress', requestId: 'g1', done: 1, total: 2 } })
    expect(received).toEqual([])
    bridge.send({ type: 'ready' })
    expect(posted).toEqual([{ pluginMessage: { type: 'ready', language: 'en' } }])
    expect(received).toEqual([
      { type: 'init', settings: { tab: 'read' } },
      { type: 'progress', requestId: 'g1', done: 1, total: 2 }
    ])
    expect(warn).toHaveBeenCalledTimes(1)
    // From then on each message comes once, as it arrives, and the panel's other messages go out.
    deliver({ pluginMessage: { type: 'progress', requestId: 'g1', done: 2, total: 2 } })
    expect(received).toHaveLength(3)
    bridge.send({ type: 'ready' })
    expect(posted).toEqual([{ pluginMessage: { type: 'ready', language: 'en' } }, { pluginMessage: { type: 'ready' } }])
  })
})
