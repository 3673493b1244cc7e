import type { ParsedMainToUi, UiToMain } from '../../src/messages'
import type { Bridge } from '../../ui/bridge'

/** A bridge that records what the panel sends and lets a test answer as the sandbox. */
export function createFakeBridge(): Bridge & { sent: UiToMain[]; answer(message: ParsedMainToUi): void } {
  const listeners = new Set<(message: ParsedMainToUi) => void>()
  const sent: UiToMain[] = []
  return {
    sent,
    send: (message) => sent.push(message),
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    answer: (message) => {
      for (const listener of [...listeners]) listener(message)
    }
  }
}
