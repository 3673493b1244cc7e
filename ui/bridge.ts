import { MainToUiSchema, type ParsedMainToUi, type UiToMain } from '../src/messages'

/** The panel's side of the message channel with the sandbox. */
export interface Bridge {
  send(message: UiToMain): void
  /** Calls `listener` with every sandbox message that parses; returns the unsubscribe function. */
  subscribe(listener: (message: ParsedMainToUi) => void): () => void
}

/** The parts of `window` the bridge uses, so tests can hand it a fake. */
export interface BridgeHost {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  parent: { postMessage(message: unknown, targetOrigin: string): void }
}

export interface BridgeLog {
  warn(message: string, detail?: unknown): void
}

/**
 * Connects the panel to the sandbox. Figma delivers sandbox messages as `{ pluginMessage }` events
 * on the iframe's window; anything carrying a `pluginMessage` that does not parse is logged and
 * dropped, so a stale or hostile message can never drive the panel.
 */
export function createBridge(host: BridgeHost = window, log: BridgeLog = console): Bridge {
  // One window listener parses each message once and hands it to every subscriber: the panel's
  // hooks each subscribe, and a big read-back answer is costly to validate.
  const listeners = new Set<(message: ParsedMainToUi) => void>()
  const onMessage = (event: MessageEvent): void => {
    const data: unknown = event.data
    if (data === null || typeof data !== 'object' || !('pluginMessage' in data)) return
    const parsed = MainToUiSchema.safeParse(data.pluginMessage)
    if (!parsed.success) {
      log.warn('Journeyboard: dropped a message from the plugin that does not parse', parsed.error.issues)
      return
    }
    for (const listener of [...listeners]) listener(parsed.data)
  }
  return {
    send(message) {
      // Figma's iframe has an opaque origin, so '*' is the only target the parent accepts.
      host.parent.postMessage({ pluginMessage: message }, '*')
    },
    subscribe(listener) {
      if (listeners.size === 0) host.addEventListener('message', onMessage)
      // A wrapper per subscription, so subscribing the same function twice still counts twice.
      const entry = (message: ParsedMainToUi): void => listener(message)
      listeners.add(entry)
      return () => {
        listeners.delete(entry)
        if (listeners.size === 0) host.removeEventListener('message', onMessage)
      }
    }
  }
}
