import { cloneStructured } from '../support/clone-structured'
import { UI_DEFAULT_HEIGHT, UI_DEFAULT_WIDTH } from '../model/emulator-defaults'

type MessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => unknown

/** What the plugin did with its UI: what `showUI` got, its size, and whether it is open. */
export interface UiState {
  shown: boolean
  html: string | undefined
  options: ShowUIOptions | undefined
  visible: boolean
  width: number
  height: number
  position: Vector | undefined
  closed: boolean
}

/** Documented: a message from the plugin's own iframe (a null-origin document) carries origin "null". */
const UI_ORIGIN = 'null'

/**
 * Both directions of the plugin <-> UI channel. Messages are structured-cloned, as Figma serialises
 * them, so a payload that could not cross the iframe boundary fails here too.
 */
export class UiChannel {
  readonly state: UiState = {
    shown: false,
    html: undefined,
    options: undefined,
    visible: false,
    width: UI_DEFAULT_WIDTH,
    height: UI_DEFAULT_HEIGHT,
    position: undefined,
    closed: false
  }
  /** Everything main posted, in order. */
  readonly posted: unknown[] = []
  onmessage: MessageHandler | undefined
  private readonly handlers: { handler: MessageHandler; once: boolean }[] = []
  private readonly uiListeners = new Set<(message: unknown) => void>()

  show(html: string, options: ShowUIOptions | undefined): void {
    const state = this.state
    state.shown = true
    state.closed = false
    state.html = html
    state.options = options === undefined ? undefined : cloneStructured(options)
    state.visible = options?.visible ?? true
    state.width = options?.width ?? UI_DEFAULT_WIDTH
    state.height = options?.height ?? UI_DEFAULT_HEIGHT
    state.position = options?.position === undefined ? undefined : { ...options.position }
  }

  /** Main -> UI. */
  post(message: unknown): void {
    const copy = cloneStructured(message)
    this.posted.push(copy)
    for (const listener of [...this.uiListeners]) listener(cloneStructured(copy))
  }

  addHandler(handler: MessageHandler, once: boolean): void {
    this.handlers.push({ handler, once })
  }

  removeHandler(handler: MessageHandler): void {
    const index = this.handlers.findIndex((entry) => entry.handler === handler)
    if (index >= 0) this.handlers.splice(index, 1)
  }

  /** UI -> main: runs `onmessage` and every `on('message')` handler, then waits for the promises they return. */
  async deliverAsync(message: unknown): Promise<void> {
    if (!this.state.shown || this.state.closed) {
      throw new Error('No plugin UI is open: call showUI before the UI can send messages')
    }
    const copy = cloneStructured(message)
    const props: OnMessageProperties = { origin: UI_ORIGIN }
    const results: unknown[] = []
    if (this.onmessage !== undefined) results.push(this.onmessage(copy, props))
    for (const entry of [...this.handlers]) {
      if (entry.once) this.removeHandler(entry.handler)
      results.push(entry.handler(copy, props))
    }
    await Promise.all(results)
  }

  listen(listener: (message: unknown) => void): () => void {
    this.uiListeners.add(listener)
    return () => {
      this.uiListeners.delete(listener)
    }
  }
}
