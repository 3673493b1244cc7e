import type { Language } from '../src/i18n/languages'
import type { UiToMain } from '../src/messages'
import type { BridgeHost } from './bridge-host'

/** What the sandbox answered before the panel listened, kept for the bridge (see createBridge). */
export interface EarlyAnswers {
  /** Whether the sandbox has answered yet (it answers "ready" with the settings and the templates at once). */
  answered(): boolean
  /** Stops keeping answers and hands over those kept, in the order they came. */
  take(): MessageEvent[]
}

/**
 * Says "ready" to the sandbox the moment the panel's script starts, before the panel builds its
 * schemas, words and first screen, and keeps whatever the sandbox answers meanwhile: the sandbox's
 * answer (the settings, the templates) is then on its way while the panel starts, instead of after.
 * Needs nothing of the panel, so it runs in the panel's first script (see say-ready-first.ts).
 */
export function sayReadyEarly(host: BridgeHost, language: Language): EarlyAnswers {
  const kept: MessageEvent[] = []
  const keep = (event: MessageEvent): void => {
    kept.push(event)
  }
  host.addEventListener('message', keep)
  const ready: UiToMain = { type: 'ready', language }
  host.parent.postMessage({ pluginMessage: ready }, '*')
  return {
    answered: () => kept.length > 0,
    take() {
      host.removeEventListener('message', keep)
      return kept.splice(0)
    }
  }
}
