/** The parts of `window` the bridge (and the panel's early "ready") use, so tests can hand them a fake. */
export interface BridgeHost {
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  removeEventListener(type: 'message', listener: (event: MessageEvent) => void): void
  parent: { postMessage(message: unknown, targetOrigin: string): void }
}
