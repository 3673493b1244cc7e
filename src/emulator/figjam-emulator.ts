import type { UiState } from './api/ui-channel'
import type { RestFile } from './rest/rest-file-types'
import type { ApiTraffic, FailureRule } from './support/call-log'
import type { ClippedShape, OffPaletteColour } from './model/audit-board'
import type { TextCalibration } from './model/text-metrics'
import type { PluginManifest } from './manifest/plugin-manifest-schema'

export interface EmulatorOptions {
  /** Fonts loadFontAsync accepts; default Inter Regular/Medium/Semi Bold/Bold/Italic, Figma Hand, Roboto Mono, Merriweather. */
  availableFonts?: FontName[]
  /** Bytes per plugin-data entry (plugin id or namespace + key + value, UTF-8), default 100_000. */
  pluginDataLimit?: number
  /** Make the nth (1-based) call or write named e.g. 'createSticky' or 'text.characters' throw, to test rollback. */
  failOnCall?: FailureRule
  /** What clientStorage holds when the plugin starts. */
  clientStorage?: Record<string, unknown>
  /**
   * The manifest.json the plugin declares, which FigJam runs it under: its `id` is `figma.pluginId`
   * and the key of private plugin data, its `permissions` open `figma.currentUser`, its `menu` holds
   * the commands. Default: the repository's manifest.json (JOURNEYBOARD_MANIFEST). One FigJam would
   * not run, or that declares what the emulator does not model, throws a PluginManifestError.
   */
  manifest?: PluginManifest
  /** The file name toRestFile uses unless given one. */
  fileName?: string
  /** How big text is (text-metrics.ts): a calibration from a real FigJam's diagnostics, or the emulator's defaults. */
  textCalibration?: TextCalibration
  /** Keep the document at every undo checkpoint so `undo()` works (costs a copy of the document per commitUndo). */
  recordUndo?: boolean
  /**
   * The manifest `menu` command the plugin was started with (`figma.command`): one of the menu's
   * commands, by default its first. A manifest without a menu has none ([T] command: "undefined").
   */
  command?: string
}

export interface FigJamEmulator {
  /** Pass this where the plugin expects `figma`. */
  api: PluginAPI
  /** Pass this where the plugin expects the sandbox's global `fetch`: it refuses every request, as FigJam does under `allowedDomains: ["none"]` (sandbox-fetch.ts). */
  fetch: (url: string, init?: FetchOptions) => Promise<FetchResponse>
  /** The URL of every request made through `fetch`, in order. */
  networkRequests: string[]
  /** Count of every API call and property write by name ('createSticky', 'loadFontAsync', 'text.characters', 'ui.postMessage', ...). */
  calls: Map<string, number>
  totalCalls(): number
  /**
   * Every crossing into FigJam by kind (calls, writes, reads), each by name; reads of a node's
   * properties count as FigJam's would (each one asks the host). Live maps, cleared by resetCounters.
   */
  traffic: ApiTraffic
  /** Every loadFontAsync request in order, failed ones included. */
  fontLoads: FontName[]
  /** Every notification, as FigJam shows it (the first 100 characters of its message). */
  notifications: { message: string; error: boolean }[]
  /** commitUndo calls. */
  readonly undoCommits: number
  /** Everything main posted with `figma.ui.postMessage`, as the UI receives it. */
  uiMessages: unknown[]
  /** Simulates the UI posting `{ pluginMessage }`: runs ui.onmessage and on('message') handlers and awaits what they return. */
  sendToPlugin(message: unknown): Promise<void>
  /** Listens to what main posts to the UI; returns the unsubscribe function. */
  onUiMessage(listener: (message: unknown) => void): () => void
  /** The board as `GET /v1/files/:key?plugin_data=<pluginId>,shared` returns it. */
  toRestFile(name?: string): RestFile
  /**
   * The same file as text in pieces, node by node, for writing as they come: joined, exactly
   * `JSON.stringify(toRestFile(name), null, 2)`, made without holding the whole file's objects at once.
   */
  toRestTextChunks(name?: string): Iterable<string>
  /** Clears calls, fontLoads, notifications, undoCommits, uiMessages, viewportScrolls and networkRequests (an armed failure keeps counting). */
  resetCounters(): void
  /** Arms a failure counted from now on (or disarms with undefined). */
  armFailure(rule: FailureRule | undefined): void
  /** What showUI got and what the plugin did with its UI since. */
  readonly ui: Readonly<UiState>
  /** Node ids of every viewport.scrollAndZoomIntoView call. */
  viewportScrolls: string[][]
  readonly clientStorage: ReadonlyMap<string, unknown>
  /** True once the plugin called closePlugin; `closeMessage` is what it passed. */
  readonly closed: boolean
  readonly closeMessage: string | undefined
  /** Shapes whose text FigJam would clip (they never grow to fit it), by the emulator's text metrics. */
  clippedShapes(): ClippedShape[]
  /** Colours FigJam would show as "custom": off their node type's palette, or not exact hex/255. */
  offPaletteColours(): OffPaletteColour[]
  /**
   * What a person pressing undo gets: the document as it was at the checkpoint before the last one
   * (commitUndo marks them). False when there is nothing to undo. Needs `recordUndo`.
   */
  undo(): boolean
  /**
   * What a person pressing redo gets: the step undone last done again. False when nothing was undone
   * or the document changed since (any edit, by the plugin or a person, committed as a step or not,
   * ends what can be redone). Needs `recordUndo`.
   */
  redo(): boolean
  /** A person's own edit made since the last checkpoint becomes an undo step of its own. Needs `recordUndo`. */
  checkpoint(): void
  /**
   * Runs `edit` as a person editing in FigJam rather than as the plugin: formatting a sticky bold or
   * italic there needs no font loaded by the plugin, which still has to load them afterwards.
   */
  editAsPerson(edit: (api: PluginAPI) => void): void
}
