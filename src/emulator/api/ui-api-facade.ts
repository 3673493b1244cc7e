import { UI_MIN_HEIGHT, UI_MIN_WIDTH } from '../model/emulator-defaults'
import { checkNumber, checkNumberAtLeast, checkString } from '../support/check-arguments'
import { invalidArgumentError, PLUGIN_GLOBAL } from '../support/plugin-errors'
import type { UiChannel } from './ui-channel'

type MessageHandler = (pluginMessage: unknown, props: OnMessageProperties) => void

/** `figma.ui`: talks to the UI through the session's channel; the handle counts calls as 'ui.*'. */
export class UiApiFacade implements Pick<UIAPI, 'show' | 'hide' | 'resize' | 'reposition' | 'getPosition' | 'close' | 'postMessage' | 'onmessage' | 'on' | 'once' | 'off'> {
  constructor(private readonly channel: UiChannel) {}

  show(): void {
    this.channel.state.visible = true
  }

  hide(): void {
    this.channel.state.visible = false
  }

  /**
   * [T] `ui.resize`: "The minimum size is 70x0." Whether FigJam clamps a smaller size or refuses it is
   * not documented, so the emulator refuses it.
   */
  resize(width: number, height: number): void {
    const w = checkNumberAtLeast('ui.resize(width)', width, UI_MIN_WIDTH)
    const h = checkNumberAtLeast('ui.resize(height)', height, UI_MIN_HEIGHT)
    this.channel.state.width = w
    this.channel.state.height = h
  }

  reposition(x: number, y: number): void {
    this.channel.state.position = { x: checkNumber('ui.reposition(x)', x), y: checkNumber('ui.reposition(y)', y) }
  }

  /** [T] `ui.getPosition`: "Throws an error when no UI is available." */
  getPosition(): { windowSpace: Vector; canvasSpace: Vector } {
    const { shown, closed } = this.channel.state
    if (!shown || closed) throw new Error('in ui.getPosition: no plugin UI is open (call showUI first)')
    const position = this.channel.state.position ?? { x: 0, y: 0 }
    return { windowSpace: { ...position }, canvasSpace: { ...position } }
  }

  close(): void {
    this.channel.state.closed = true
    this.channel.state.visible = false
  }

  /**
   * [T] `ui.close`: once called, "you can no longer send messages to and from it". Whether FigJam
   * then throws or drops the message is not documented, so the emulator refuses it.
   */
  postMessage(pluginMessage: unknown, _options?: UIPostMessageOptions): void {
    if (this.channel.state.closed) throw new Error(`in ui.postMessage: the plugin UI was closed (${PLUGIN_GLOBAL}.ui.close): no message reaches it`)
    this.channel.post(pluginMessage)
  }

  get onmessage(): MessageHandler | undefined {
    return this.channel.onmessage as MessageHandler | undefined
  }

  set onmessage(handler: MessageHandler | undefined) {
    if (handler !== undefined && typeof handler !== 'function') throw invalidArgumentError('ui.onmessage', 'a function', handler)
    this.channel.onmessage = handler
  }

  on(type: 'message', callback: MessageHandler): void {
    this.channel.addHandler(checkHandler('ui.on', type, callback), false)
  }

  once(type: 'message', callback: MessageHandler): void {
    this.channel.addHandler(checkHandler('ui.once', type, callback), true)
  }

  off(type: 'message', callback: MessageHandler): void {
    this.channel.removeHandler(checkHandler('ui.off', type, callback))
  }
}

function checkHandler(call: string, type: unknown, callback: unknown): MessageHandler {
  if (checkString(`${call}(type)`, type) !== 'message') throw invalidArgumentError(`${call}(type)`, '"message"', type)
  if (typeof callback !== 'function') throw invalidArgumentError(`${call}(callback)`, 'a function', callback)
  return callback as MessageHandler
}
