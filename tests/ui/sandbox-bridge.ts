import { createFigJamEmulator } from '../../src/emulator/create-figjam-emulator'
import type { FigJamEmulator } from '../../src/emulator/figjam-emulator'
import { startPlugin } from '../../src/plugin/start-plugin'
import { type Bridge, type BridgeHost, createBridge } from '../../ui/bridge'

/**
 * The panel wired to the real sandbox on the emulator, as in FigJam: the panel's own bridge posts
 * through `parent.postMessage`, the sandbox parses and acts, and its answers come back as
 * `{ pluginMessage }` window events that the bridge parses at the door. `settledAsync` waits until
 * every message sent so far has been handled.
 */
export function createSandboxBridge(emulator: FigJamEmulator = createFigJamEmulator()): { bridge: Bridge; emulator: FigJamEmulator; settledAsync(): Promise<void> } {
  startPlugin(emulator.api, '<p>panel</p>')
  const listeners = new Set<(event: MessageEvent) => void>()
  let pending: Promise<unknown> = Promise.resolve()
  emulator.onUiMessage((pluginMessage) => {
    for (const listener of [...listeners]) listener(new MessageEvent('message', { data: { pluginMessage } }))
  })
  const host: BridgeHost = {
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
    parent: {
      postMessage: (message) => {
        const { pluginMessage } = message as { pluginMessage: unknown }
        pending = Promise.all([pending, emulator.sendToPlugin(pluginMessage)])
      }
    }
  }
  return {
    bridge: createBridge(host, { warn: (message) => { throw new Error(message) } }),
    emulator,
    settledAsync: async () => {
      // Handling one message may lead the panel to send another (ready, then settings).
      for (let before: Promise<unknown> | undefined; before !== pending; ) {
        before = pending
        await pending
      }
    }
  }
}
