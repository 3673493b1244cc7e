import type { FigJamEmulator } from './figjam-emulator'
import type { EmulatorContext } from './emulator-context'
import { clippedShapes, offPaletteColours } from './model/audit-board'
import { UndoHistory } from './model/undo-history'
import { createSandboxFetch } from './api/sandbox-fetch'
import { exportRestFile } from './rest/export-rest-file'
import { exportRestTextChunks } from './rest/export-rest-text'
import { importRestFile } from './rest/import-rest-file'

/** The test- and tool-facing side of a session: the API handle plus what the plugin did through it. */
export function buildEmulator(ctx: EmulatorContext, defaultFileName: string, recordUndo = false): FigJamEmulator {
  if (recordUndo) {
    ctx.undoHistory = new UndoHistory(
      (registry) => exportRestFile(registry, ctx.pluginId, defaultFileName),
      (file) => importRestFile(file, ctx.pluginId).registry,
      ctx.registry
    )
  }
  const history = (): UndoHistory => {
    if (ctx.undoHistory === undefined) throw new Error('create the emulator with { recordUndo: true } to undo')
    return ctx.undoHistory
  }
  const networkRequests: string[] = []
  return {
    api: ctx.api,
    fetch: createSandboxFetch(ctx.manifest, networkRequests),
    networkRequests,
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
    toRestTextChunks: (name) => exportRestTextChunks(ctx.registry, ctx.pluginId, name ?? defaultFileName),
    resetCounters: () => {
      ctx.log.reset()
      ctx.fonts.loads.length = 0
      ctx.notifications.length = 0
      ctx.undoCommits = 0
      ctx.ui.posted.length = 0
      ctx.viewportScrolls.length = 0
      networkRequests.length = 0
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
    },
    clippedShapes: () => clippedShapes(ctx.registry.page, ctx.metrics),
    offPaletteColours: () => offPaletteColours(ctx.registry.page),
    undo: () => {
      const before = history().undo()
      if (before === undefined) return false
      ctx.registry = before
      return true
    },
    redo: () => {
      const after = history().redo(ctx.registry)
      if (after === undefined) return false
      ctx.registry = after
      return true
    },
    checkpoint: () => history().checkpoint(ctx.registry),
    editAsPerson: (edit) => {
      ctx.fonts.personEditing = true
      try {
        edit(ctx.api)
      } finally {
        ctx.fonts.personEditing = false
        ctx.movedFonts.forget()
      }
    }
  }
}
