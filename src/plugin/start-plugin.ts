import { type MainToUi, UiToMainSchema } from '../messages'
import { DEFAULT_LANGUAGE } from '../i18n'
import { gallerySketches, handleUiMessageAsync, type PanelSession } from './handle-ui-message'

export const PANEL_WIDTH = 380
export const PANEL_HEIGHT = 620
const SETTINGS_KEY = 'journeyboard.settings'
/** The manifest `menu` commands: the panel, and "Check Journeyboard in this file". */
export const OPEN_COMMAND = 'open'
export const CHECK_COMMAND = 'check'

/**
 * Opens the panel and answers its messages; started as the check command (`figma.command`), the
 * panel shows the check, which runs once the panel is ready. Receives the Plugin API rather than reading the
 * global, so the same code runs in FigJam, in tests and in the local preview (on the emulator).
 */
export function startPlugin(api: PluginAPI, html: string): void {
  api.showUI(html, { width: PANEL_WIDTH, height: PANEL_HEIGHT, themeColors: true, title: 'Journeyboard' })
  const post = (message: MainToUi): void => api.ui.postMessage(message)
  // What the panel has told the sandbox so far (its language), for the messages the sandbox words itself.
  const session: PanelSession = { language: DEFAULT_LANGUAGE, check: api.command === CHECK_COMMAND ? 'waiting' : 'none' }
  // The gallery's sketches are made (each template's journey checked and outlined) while the panel
  // loads, in a process of its own, so its "ready" is answered without that work; a timer, not a
  // promise, so FigJam gets to start loading the panel first.
  if (session.check === 'none') setTimeout(() => gallerySketches(session), 0)
  api.ui.onmessage = async (raw: unknown) => {
    const parsed = UiToMainSchema.safeParse(raw)
    if (!parsed.success) {
      // Never act on a message we do not understand; leave a trace for whoever debugs the panel.
      console.error('Journeyboard: dropped a message from the panel that does not parse', parsed.error.issues)
      return
    }
    await handleUiMessageAsync(api, parsed.data, post, { settingsKey: SETTINGS_KEY, session })
  }
}
