// The sandbox side of a panel opened with its sandbox in the page (see openPanelAsync): bundled for
// a Web Worker, it puts the FigJam emulator where the built dist/main.js expects the `figma` global
// and carries messages by postMessage (structured clones), as FigJam does. The worker runs beside the
// panel's main thread, as FigJam's sandbox runs outside the panel's frame, so nothing of the test
// harness sits between the two.
import { createFigJamEmulator } from '../../../src/emulator/create-figjam-emulator'

interface WorkerScope {
  postMessage(message: unknown): void
  onmessage: ((event: { data: unknown }) => void) | null
  figma: unknown
  __html__: string
  /** Settings already in clientStorage before the panel opens, set before this script runs. */
  __journeyboardClientStorage?: Record<string, unknown>
}

const scope = globalThis as unknown as WorkerScope
const storage = scope.__journeyboardClientStorage
const emulator = createFigJamEmulator(storage === undefined ? {} : { clientStorage: storage })
emulator.onUiMessage((message) => scope.postMessage(message))
scope.onmessage = (event) => void emulator.sendToPlugin(event.data)
scope.figma = emulator.api
// The panel is already open in the page; the sandbox's showUI needs only some HTML.
scope.__html__ = '<!doctype html>'
