import { generateBoardAsync } from '../board/generate-board'
import { readBoardAsync } from '../board/read-board'
import { type MainToUi, type ParsedUiToMain, SettingsSchema } from '../messages'

export interface HandlerOptions {
  settingsKey: string
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

/** Answers one parsed panel message; every failure goes back to the panel and to a notification. */
export async function handleUiMessageAsync(
  api: PluginAPI,
  message: ParsedUiToMain,
  post: (message: MainToUi) => void,
  options: HandlerOptions
): Promise<void> {
  switch (message.type) {
    case 'ready': {
      const stored: unknown = await api.clientStorage.getAsync(options.settingsKey)
      const settings = SettingsSchema.safeParse(stored ?? {})
      post({ type: 'init', settings: settings.success ? settings.data : {} })
      return
    }
    case 'save-settings':
      await api.clientStorage.setAsync(options.settingsKey, message.settings)
      return
    case 'resize':
      api.ui.resize(Math.round(message.width), Math.round(message.height))
      return
    case 'generate': {
      const { requestId } = message
      try {
        const summary = await generateBoardAsync(api, message.journey, {
          onProgress: (done, total) => post({ type: 'progress', requestId, done, total })
        })
        post({ type: 'generated', requestId, summary })
      } catch (error) {
        api.notify(`Journeyboard could not draw the board: ${errorMessage(error)}`, { error: true })
        post({ type: 'error', requestId, message: errorMessage(error), problems: [] })
      }
      return
    }
    case 'read-back': {
      const { requestId } = message
      try {
        const read = await readBoardAsync(api, message.scope)
        if (read.ok) {
          post({ type: 'read-back-result', requestId, ...read.value })
          return
        }
        // One problem ("nothing is selected...") reads best as the message itself.
        const [only, ...more] = read.problems
        if (only !== undefined && more.length === 0) post({ type: 'error', requestId, message: only.message, problems: [] })
        else post({ type: 'error', requestId, message: 'Journeyboard could not read the board.', problems: read.problems })
      } catch (error) {
        post({ type: 'error', requestId, message: `Journeyboard could not read the board: ${errorMessage(error)}`, problems: [] })
      }
      return
    }
  }
}
