// The local preview page: the real plugin (dist/main.js and dist/ui.html, as built) running on the
// FigJam emulator in the browser, beside a canvas that draws what the emulator holds.
import { createFigJamEmulator } from '../emulator'
import { BoardCanvas } from './canvas/board-canvas'
import { createCanvasToolbar } from './canvas/canvas-toolbar'
import { EmulatorFeed } from './host/emulator-feed'
import { loadPreviewAssetsAsync } from './host/load-preview-assets-async'
import { mountPanelFrame, type PanelTraffic } from './host/mount-panel-frame'
import { exposeTestHooks } from './host/preview-test-hooks'
import { runPluginCode } from './host/run-plugin-code'
import { showToast } from './host/show-toast'

/** The file name the emulated board carries (REST exports and the canvas's title). */
const PREVIEW_FILE_NAME = 'Journeyboard preview'

function requireElement(id: string): HTMLElement {
  const element = document.getElementById(id)
  if (element === null) throw new Error(`the preview page has no #${id} element`)
  return element
}

async function startPreviewAsync(): Promise<void> {
  const canvasHost = requireElement('jbp-canvas')
  const panelHost = requireElement('jbp-panel')
  const toasts = requireElement('jbp-toasts')
  const errors: string[] = []
  const report = (message: string): void => {
    errors.push(message)
    console.error(`Journeyboard preview: ${message}`)
    showToast(toasts, message, true)
  }

  const assets = await loadPreviewAssetsAsync()
  // Undo as in FigJam: one step per plugin run (the plugin's commitUndo) and per edit on the canvas.
  const emulator = createFigJamEmulator({ fileName: PREVIEW_FILE_NAME, recordUndo: true })
  const canvas = new BoardCanvas(canvasHost, {
    api: emulator.api,
    restFile: () => emulator.toRestFile(),
    version: () => emulator.totalCalls(),
    onError: report,
    history: { checkpoint: () => emulator.checkpoint(), undo: () => emulator.undo(), redo: () => emulator.redo() }
  })
  canvasHost.appendChild(createCanvasToolbar(canvas))
  const traffic: PanelTraffic = { fromPanel: [], toPanel: [] }
  const theme = window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light'
  const panel = mountPanelFrame(panelHost, emulator, { themeCss: assets.themeCss, theme, traffic, onError: report })
  const feed = new EmulatorFeed(emulator)
  exposeTestHooks(window, canvasHost, emulator, traffic, errors)

  runPluginCode(emulator.api, assets.uiHtml, assets.mainJs)

  // The emulator has no change events (FigJam's documentchange is not emulated), so the page looks
  // once per frame: the canvas redraws only when the API was used since its last drawing.
  const onFrame = (): void => {
    canvas.refresh()
    panel.sync()
    for (const notification of feed.takeNotifications()) showToast(toasts, notification.message, notification.error)
    const inView = feed.takeScrollIntoView()
    if (inView !== undefined) canvas.fitNodes(inView)
    window.requestAnimationFrame(onFrame)
  }
  onFrame()
  canvasHost.focus({ preventScroll: true })
}

startPreviewAsync().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error)
  console.error('Journeyboard preview could not start:', error)
  const box = document.getElementById('jbp-boot-error')
  if (box !== null) {
    box.textContent = `The preview could not start: ${message}`
    box.hidden = false
  }
})
