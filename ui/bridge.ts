import { MainToUiSchema, type ParsedMainToUi, type UiToMain } from '../src/messages'
import type { BridgeHost } from './bridge-host'
import type { EarlyAnswers } from './say-ready-early'

export type { BridgeHost } from './bridge-host'

/** The panel's side of the message channel with the sandbox. */
export interface Bridge {
  send(message: UiToMain): void
  /** Calls `listener` with every sandbox message that parses; returns the unsubscribe function. */
  subscribe(listener: (message: ParsedMainToUi) => void): () => void
}


export interface BridgeLog {
  warn(message: string, detail?: unknown): void
}

/**
 * Connects the panel to the sandbox. Figma delivers sandbox messages as `{ pluginMessage }` events
 * on the iframe's window; anything carrying a `pluginMessage` that does not parse is logged and
 * dropped, so a stale or hostile message can never drive the panel.
 *
 * A bridge given `early` (the panel said "ready" as its script started, see sayReadyEarly) does not
 * say it again when the panel does: it then hands the subscribers what the sandbox answered
 * meanwhile, each message parsed at the door as any other, and listens from then on.
 */
export function createBridge(host: BridgeHost = window, log: BridgeLog = console, early?: EarlyAnswers): Bridge {
  // One window listener parses each message once and hands it to every subscriber: the panel's
  // hooks each subscribe, and a big read-back answer is costly to validate.
  const listeners = new Set<(message: ParsedMainToUi) => void>()
  let keptEarly = early
  const onMessage = (event: MessageEvent): void => {
    // Until the panel says "ready", what comes is kept with the early answers, in order.
    if (keptEarly !== undefined) return
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
      if (message.type === 'ready' && keptEarly !== undefined) {
        const answers = keptEarly.take()
        keptEarly = undefined
        for (const event of answers) onMessage(event)
        return
      }
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
