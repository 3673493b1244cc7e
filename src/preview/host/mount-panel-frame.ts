import type { FigJamEmulator } from '../../emulator'
import { type FigmaTheme, withFigmaTheme } from './with-figma-theme'

/** The id Figma stamps on every message it delivers to the plugin's iframe. */
export const PREVIEW_PLUGIN_ID = 'journeyboard'
/**
 * Figma runs the panel in a sandboxed iframe with an opaque origin; so does the preview, so the
 * panel cannot reach the page any more than it could reach FigJam.
 */
const FRAME_SANDBOX = 'allow-scripts allow-downloads allow-forms allow-modals allow-popups'

/** Every message across the iframe boundary, in order, for tests and for debugging. */
export interface PanelTraffic {
  fromPanel: unknown[]
  toPanel: unknown[]
}

export interface PanelFrameOptions {
  themeCss: string
  theme: FigmaTheme
  traffic: PanelTraffic
  onError(message: string): void
}

export interface PanelFrame {
  /** Brings the frame in line with what the plugin did with its UI: shown, resized, hidden or closed. */
  sync(): void
}

function pluginMessageOf(data: unknown): { found: boolean; message?: unknown } {
  if (data === null || typeof data !== 'object' || !('pluginMessage' in data)) return { found: false }
  return { found: true, message: data.pluginMessage }
}

/**
 * The plugin's window beside the canvas: the HTML the sandbox passed to `showUI` in an iframe,
 * wired to the emulator as Figma wires it. `parent.postMessage({ pluginMessage }, '*')` from the
 * panel reaches the sandbox's `figma.ui.onmessage`; `figma.ui.postMessage(msg)` arrives in the
 * panel as a message event carrying `{ pluginMessage, pluginId }`.
 */
export function mountPanelFrame(container: HTMLElement, emulator: FigJamEmulator, options: PanelFrameOptions): PanelFrame {
  const doc = container.ownerDocument
  const win = doc.defaultView ?? window
  const titleBar = doc.createElement('div')
  titleBar.className = 'jbp-panel-title'
  const frame = doc.createElement('iframe')
  frame.className = 'jbp-panel-frame'
  frame.title = 'Journeyboard plugin panel'
  frame.setAttribute('sandbox', FRAME_SANDBOX)
  frame.setAttribute('allow', 'clipboard-write')
  const closedNote = doc.createElement('p')
  closedNote.className = 'jbp-panel-closed'
  closedNote.textContent = 'The plugin closed. Reload the page to start it again.'
  closedNote.hidden = true
  container.append(titleBar, frame, closedNote)

  win.addEventListener('message', (event) => {
    if (event.source !== frame.contentWindow) return
    const { found, message } = pluginMessageOf(event.data)
    if (!found) return
    options.traffic.fromPanel.push(message)
    emulator.sendToPlugin(message).catch((error: unknown) => {
      options.onError(`The plugin failed on a message from its panel: ${error instanceof Error ? error.message : String(error)}`)
    })
  })
  emulator.onUiMessage((message) => {
    options.traffic.toPanel.push(message)
    frame.contentWindow?.postMessage({ pluginMessage: message, pluginId: PREVIEW_PLUGIN_ID }, '*')
  })

  let shownHtml: string | undefined
  return {
    sync() {
      const ui = emulator.ui
      if (ui.shown && ui.html !== undefined && ui.html !== shownHtml) {
        shownHtml = ui.html
        frame.srcdoc = ui.options?.themeColors === true ? withFigmaTheme(ui.html, options.themeCss, options.theme) : ui.html
      }
      const title = ui.options?.title ?? 'Plugin'
      if (titleBar.textContent !== title) titleBar.textContent = title
      const width = `${ui.width}px`
      const height = `${ui.height}px`
      if (frame.style.width !== width) frame.style.width = width
      if (frame.style.height !== height) frame.style.height = height
      container.hidden = !ui.shown || (!ui.visible && !ui.closed)
      frame.hidden = ui.closed
      closedNote.hidden = !ui.closed
    }
  }
}
