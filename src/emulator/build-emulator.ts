import type { FigJamEmulator } from './figjam-emulator'
import type { EmulatorContext } from './emulator-context'
import { exportRestFile } from './rest/export-rest-file'

/** The test- and tool-facing side of a session: the API handle plus what the plugin did through it. */
export function buildEmulator(ctx: EmulatorContext, defaultFileName: string): FigJamEmulator {
  return {
    api: ctx.api,
    calls: ctx.log.calls,
    totalCalls: () => ctx.log.total(),
    traffic: ctx.log.traffic,
    fontLoads: ctx.fonts.loads,
    notifications: ctx.notifications,
    get undoCommits() {
      return ctx.undoCommits
    },
    uiMessages: ctx.ui.posted,
    sendToPlugin: (message) => {
      if (ctx.closed) return Promise.reject(new Error('The plugin is closed: it no longer receives messages'))
      return ctx.ui.deliverAsync(message)
    },
    onUiMessage: (listener) => ctx.ui.listen(listener),
    toRestFile: (name) => exportRestFile(ctx.registry, ctx.pluginId, name ?? defaultFileName),
    resetCounters: () => {
      ctx.log.reset()
      ctx.fonts.loads.length = 0
      ctx.notifications.length = 0
      ctx.undoCommits = 0
      ctx.ui.posted.length = 0
      ctx.viewportScrolls.length = 0
    },
    armFailure: (rule) => ctx.log.arm(rule),
    ui: ctx.ui.state,
    viewportScrolls: ctx.viewportScrolls,
    clientStorage: ctx.clientStorage,
    get closed() {
      return ctx.closed
    },
    get closeMessage() {
      return ctx.closeMessage
    }
  }
}
