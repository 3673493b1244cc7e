/**
 * A FigJam editor in memory, for running the plugin's sandbox code in tests, in the CLI and in a
 * browser preview. It is pure TypeScript: no Node, no DOM, no `figma` global (the plugin receives
 * `emulator.api` wherever it expects the Plugin API).
 *
 * Emulated, with FigJam's rules (see each file for details):
 * - one page holding sections (nested at any depth), stickies, shapes with text, connectors and text
 *   nodes, created by createSection/createSticky/createShapeWithText/createConnector/createText with
 *   FigJam's default sizes (emulator-defaults.ts); ids `1:2`, `1:3`, ...;
 * - parent-relative x/y (appendChild keeps the numbers), absolute boxes and transforms, removal
 *   (sections take their children; connectors keep a free end where a removed node was; removed
 *   nodes throw on access);
 * - stickies without resize (240 or 416 wide, growing taller with their text by a fixed, documented
 *   estimate: refresh-auto-size.ts), sections that never grow by themselves, text that needs its font
 *   loaded (fonts load only once their promise settles), a connector label font that starts unset;
 * - frozen, validated paints; connector ends that must point at live nodes; plugin data and shared
 *   plugin data with Figma's limits; findAll/findOne/findAllWithCriteria/findChildren;
 * - the dynamic-page rules: sync lookups and `currentPage =` throw and name the async replacement,
 *   searching the document root needs loadAllPagesAsync;
 * - fonts, notify, commitUndo, viewport, showUI and the UI message channel (structured-cloned),
 *   clientStorage, closePlugin (after which every API use throws);
 * - counting of every call and property write by name, and one armed failure for rollback tests;
 * - the REST JSON of the board (`toRestFile`) and the way back (`loadRestFile`).
 *
 * Deliberately not emulated: other node kinds (tables, frames, vectors, ...; REST nodes of those kinds
 * are kept as opaque generic nodes), clone/group, rotation and scaling transforms, styles and
 * variables, range text styling, undo history (commitUndo is only counted), more than one page,
 * real text measurement, and editor events other than 'close'.
 */
import { buildEmulator } from './build-emulator'
import { EmulatorContext } from './emulator-context'
import { NodeRegistry } from './model/node-registry'
import type { RestFile } from './rest/rest-file-types'
import { resolveEmulatorOptions } from './resolve-emulator-options'
import type { UiState } from './api/ui-channel'
import type { FailureRule } from './support/call-log'

export { loadRestFile } from './load-rest-file'

export interface EmulatorOptions {
  /** Fonts loadFontAsync accepts; default Inter Regular/Medium/Semi Bold/Bold/Italic, Figma Hand, Roboto Mono, Merriweather. */
  availableFonts?: FontName[]
  /** Bytes per plugin-data entry (plugin id or namespace + key + value, UTF-8), default 100_000. */
  pluginDataLimit?: number
  /** Make the nth (1-based) call or write named e.g. 'createSticky' or 'text.characters' throw, to test rollback. */
  failOnCall?: FailureRule
  /** What clientStorage holds when the plugin starts. */
  clientStorage?: Record<string, unknown>
  /** The plugin id private plugin data is stored under, in `figma.pluginId` and the REST dump; default 'journeyboard'. */
  pluginId?: string
  /** The file name toRestFile uses unless given one. */
  fileName?: string
}

export interface FigJamEmulator {
  /** Pass this where the plugin expects `figma`. */
  api: PluginAPI
  /** Count of every API call and property write by name ('createSticky', 'loadFontAsync', 'text.characters', 'ui.postMessage', ...). */
  calls: Map<string, number>
  totalCalls(): number
  /** Every loadFontAsync request in order, failed ones included. */
  fontLoads: FontName[]
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
  /** Clears calls, fontLoads, notifications, undoCommits, uiMessages and viewportScrolls (an armed failure keeps counting). */
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
}

export function createFigJamEmulator(options: EmulatorOptions = {}): FigJamEmulator {
  const resolved = resolveEmulatorOptions(options)
  return buildEmulator(new EmulatorContext({ ...resolved, registry: new NodeRegistry() }), resolved.fileName)
}
