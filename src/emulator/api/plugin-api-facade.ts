import type { EmulatorContext } from '../emulator-context'
import { EMULATOR_USER, NOTIFY_MESSAGE_LIMIT, TABLE_DEFAULT_COLUMNS, TABLE_DEFAULT_ROWS, UI_MIN_HEIGHT, UI_MIN_WIDTH } from '../model/emulator-defaults'
import { newConnector, newFrame, newGroup, newSection, newShapeWithText, newSticky, newTable, newTextNode } from '../model/create-records'
import { moveBy } from '../model/move-by'
import { containerOrigin } from '../model/node-geometry'
import { type ContainerRecord, isContainer, type SceneRecord } from '../model/node-records'
import { insertChild, isInside } from '../model/node-tree'
import { checkNumber, checkNumberAtLeast, checkObject, checkString } from '../support/check-arguments'
import { dynamicPageError, invalidArgumentError, PLUGIN_GLOBAL } from '../support/plugin-errors'
import { settleAsync } from '../support/settle-async'
import { ClientStorageApiFacade } from './client-storage-api-facade'
import { UiApiFacade } from './ui-api-facade'
import { ViewportApiFacade } from './viewport-api-facade'

type EmulatedPluginApi = Pick<
  PluginAPI,
  | 'apiVersion'
  | 'editorType'
  | 'mode'
  | 'command'
  | 'pluginId'
  | 'fileKey'
  | 'mixed'
  | 'currentUser'
  | 'root'
  | 'currentPage'
  | 'setCurrentPageAsync'
  | 'skipInvisibleInstanceChildren'
  | 'hasMissingFont'
  | 'ui'
  | 'viewport'
  | 'clientStorage'
  | 'createSticky'
  | 'createShapeWithText'
  | 'createConnector'
  | 'createSection'
  | 'createFrame'
  | 'group'
  | 'createText'
  | 'createTable'
  | 'getNodeByIdAsync'
  | 'getNodeById'
  | 'getStyleByIdAsync'
  | 'getStyleById'
  | 'getLocalPaintStyles'
  | 'getLocalTextStyles'
  | 'getLocalEffectStyles'
  | 'getLocalGridStyles'
  | 'getFileThumbnailNode'
  | 'loadAllPagesAsync'
  | 'loadFontAsync'
  | 'listAvailableFontsAsync'
  | 'notify'
  | 'commitUndo'
  | 'triggerUndo'
  | 'showUI'
  | 'closePlugin'
>

type EventHandler = (...args: unknown[]) => unknown

/** [T] PluginAPI.on/once/off: the events `figma` has (ArgFreeEventType and the overloads with an event argument). */
const PLUGIN_EVENTS: ReadonlySet<string> = new Set([
  'selectionchange',
  'currentpagechange',
  'close',
  'timerstart',
  'timerstop',
  'timerpause',
  'timerresume',
  'timeradjust',
  'timerdone',
  'run',
  'drop',
  'documentchange',
  'slidesviewchange',
  'canvasviewchange',
  'textreview',
  'stylechange'
])

/** Events the typings give to editors other than FigJam. */
const OTHER_EDITORS_EVENTS: ReadonlySet<string> = new Set(['slidesviewchange', 'canvasviewchange'])

export function createPluginApiFacade(ctx: EmulatorContext): PluginAPI {
  return new PluginApiFacade(ctx) as unknown as PluginAPI
}

/**
 * The `figma` object plugin code receives, for a FigJam file, under the plugin's manifest (which
 * parse-plugin-manifest.ts holds to `documentAccess: "dynamic-page"`): the synchronous lookups that
 * mode disables throw and name their async replacement.
 */
class PluginApiFacade implements EmulatedPluginApi {
  private readonly uiHandle: UIAPI
  private readonly viewportHandle: ViewportAPI
  private readonly storageHandle: ClientStorageAPI
  private skipInvisible = false

  constructor(private readonly ctx: EmulatorContext) {
    this.uiHandle = ctx.guard(new UiApiFacade(ctx.ui), { prefix: 'ui.', describe: () => `${PLUGIN_GLOBAL}.ui` }) as unknown as UIAPI
    this.viewportHandle = ctx.guard(new ViewportApiFacade(ctx), {
      prefix: 'viewport.',
      describe: () => `${PLUGIN_GLOBAL}.viewport`
    }) as unknown as ViewportAPI
    this.storageHandle = ctx.guard(new ClientStorageApiFacade(ctx), {
      prefix: 'clientStorage.',
      describe: () => `${PLUGIN_GLOBAL}.clientStorage`
    })
  }

  get apiVersion(): '1.0.0' {
    return '1.0.0'
  }

  get editorType(): 'figjam' {
    return 'figjam'
  }

  get mode(): 'default' {
    return 'default'
  }

  /** [T] command: "If the plugin does not have any menu item, this property is undefined" (typed string all the same). */
  get command(): string {
    return this.ctx.command as string
  }

  get pluginId(): string {
    return this.ctx.pluginId
  }

  get fileKey(): undefined {
    return undefined
  }

  get mixed(): PluginAPI['mixed'] {
    return this.ctx.mixed as PluginAPI['mixed']
  }

  /**
   * [T] currentUser: "`currentuser` must be specified in the permissions array in `manifest.json` to
   * access this property": read from the manifest the plugin runs under. (A sticky's author is the
   * session's user either way.)
   */
  get currentUser(): User | null {
    if (this.ctx.manifest.permissions?.includes('currentuser') !== true) {
      throw new Error(`in get_currentUser: "currentuser" must be in the permissions of manifest.json to access ${PLUGIN_GLOBAL}.currentUser`)
    }
    return EMULATOR_USER
  }

  get root(): DocumentNode {
    return this.ctx.documentHandle()
  }

  get currentPage(): PageNode {
    return this.ctx.pageHandle()
  }

  /** [G] figma-use SKILL.md, gotchas.md "Page switching": the setter throws "Setting figma.currentPage is not supported". */
  set currentPage(_page: PageNode) {
    throw new Error(`Setting ${PLUGIN_GLOBAL}.currentPage is not supported (documentAccess: dynamic-page). Use ${PLUGIN_GLOBAL}.setCurrentPageAsync(page) instead.`)
  }

  setCurrentPageAsync(page: PageNode): Promise<void> {
    return settleAsync(() => {
      if (this.ctx.recordOf(page) !== this.ctx.registry.page) {
        throw new TypeError('setCurrentPageAsync(page): expected a page of this file')
      }
    })
  }

  get skipInvisibleInstanceChildren(): boolean {
    return this.skipInvisible
  }

  set skipInvisibleInstanceChildren(value: boolean) {
    this.skipInvisible = Boolean(value)
  }

  get hasMissingFont(): boolean {
    return false
  }

  get ui(): UIAPI {
    return this.uiHandle
  }

  get viewport(): ViewportAPI {
    return this.viewportHandle
  }

  get clientStorage(): ClientStorageAPI {
    return this.storageHandle
  }

  createSticky(): StickyNode {
    return this.#place(newSticky(this.ctx.registry.allocateId(), EMULATOR_USER.name)) as StickyNode
  }

  createShapeWithText(): ShapeWithTextNode {
    return this.#place(newShapeWithText(this.ctx.registry.allocateId())) as ShapeWithTextNode
  }

  createConnector(): ConnectorNode {
    return this.#place(newConnector(this.ctx.registry.allocateId())) as ConnectorNode
  }

  createSection(): SectionNode {
    return this.#place(newSection(this.ctx.registry.allocateId())) as SectionNode
  }

  createFrame(): FrameNode {
    return this.#place(newFrame(this.ctx.registry.allocateId())) as FrameNode
  }

  /**
   * Groups `nodes` under `parent` (at `index`, else on top), each keeping its place on the page [T:
   * figma.group: "keeping all the grouped layers in the same absolute x/y locations"]. The list must
   * not be empty [T]; nodes must be on the canvas and not the parent or one of its ancestors, and
   * their text in loaded fonts (moved-fonts-check.ts). The group takes the nodes in the order given,
   * as the emulator's choice: the order Figma gives them is not documented.
   */
  group(nodes: ReadonlyArray<BaseNode>, parent: BaseNode & ChildrenMixin, index?: number): GroupNode {
    if (!Array.isArray(nodes) || nodes.length === 0) throw new Error('in group: the list of nodes must not be empty (Figma does not support empty groups)')
    const records = nodes.map((node, i) => this.ctx.sceneArgument(`group(nodes[${i}])`, node))
    const target = this.ctx.recordOf(parent)
    if (target === undefined || target.removed || !(target.kind === 'PAGE' || isContainer(target as SceneRecord))) {
      throw new TypeError('in group(parent): expected the page, a section, a frame or a group of this document')
    }
    const container = target as ContainerRecord
    for (const record of records) {
      if (isInside(container, record)) throw new Error(`in group: cannot group node ${record.id} into itself or one of its children`)
      // Checked before anything is made, so a refusal leaves no empty group behind (node-tree.ts has the rule).
      if (record.kind === 'SECTION') throw new Error(`Cannot put section ${record.id} into a group: the emulator keeps sections on the page or in sections (FigJam's behaviour is not documented)`)
      // Grouping moves each node into the new group: Figma's plugin guide (gotchas.md) asks for loaded
      // fonts for "any operation on nodes that contain unloaded fonts", naming appendChild and insertChild.
      this.ctx.movedFonts.require(record)
    }
    const registry = this.ctx.registry
    const group = newGroup(registry.allocateId())
    registry.register(group)
    insertChild(registry, container, group, index === undefined ? undefined : checkNumber('group(index)', index))
    const origin = containerOrigin(container)
    for (const record of records) {
      const before = containerOrigin(record.parent)
      insertChild(registry, group, record)
      // Each node keeps its place on the page: its x/y are now measured from the group's containing parent.
      moveBy(record, before.x - origin.x, before.y - origin.y)
    }
    return this.ctx.sceneHandle(group) as GroupNode
  }

  createText(): TextNode {
    return this.#place(newTextNode(this.ctx.registry.allocateId(), this.ctx.metrics)) as TextNode
  }

  /** [T]: two rows and two columns unless told; the emulator refuses counts below one, which FigJam does not document. */
  createTable(numRows: number = TABLE_DEFAULT_ROWS, numColumns: number = TABLE_DEFAULT_COLUMNS): TableNode {
    const rows = checkCount('createTable(numRows)', numRows)
    const columns = checkCount('createTable(numColumns)', numColumns)
    const registry = this.ctx.registry
    return this.#place(newTable(registry.allocateId(), rows, columns, () => registry.allocateId())) as TableNode
  }

  getNodeByIdAsync(id: string): Promise<BaseNode | null> {
    return settleAsync(() => {
      const record = this.ctx.registry.get(checkString('getNodeByIdAsync(id)', id))
      return record === undefined ? null : this.ctx.nodeHandle(record)
    })
  }

  getNodeById(_id: string): BaseNode | null {
    throw dynamicPageError('getNodeById', 'getNodeByIdAsync(id)')
  }

  getStyleByIdAsync(id: string): Promise<BaseStyle | null> {
    return settleAsync(() => {
      checkString('getStyleByIdAsync(id)', id)
      return null
    })
  }

  getStyleById(_id: string): BaseStyle | null {
    throw dynamicPageError('getStyleById', 'getStyleByIdAsync(id)')
  }

  getLocalPaintStyles(): PaintStyle[] {
    throw dynamicPageError('getLocalPaintStyles', 'getLocalPaintStylesAsync()')
  }

  getLocalTextStyles(): TextStyle[] {
    throw dynamicPageError('getLocalTextStyles', 'getLocalTextStylesAsync()')
  }

  getLocalEffectStyles(): EffectStyle[] {
    throw dynamicPageError('getLocalEffectStyles', 'getLocalEffectStylesAsync()')
  }

  getLocalGridStyles(): GridStyle[] {
    throw dynamicPageError('getLocalGridStyles', 'getLocalGridStylesAsync()')
  }

  getFileThumbnailNode(): null {
    throw dynamicPageError('getFileThumbnailNode', 'getFileThumbnailNodeAsync()')
  }

  /**
   * The pages count as loaded once the promise settles, not when it is asked for: [T] the features it
   * enables come after `await figma.loadAllPagesAsync()`, and whether they work before is not documented.
   */
  loadAllPagesAsync(): Promise<void> {
    return Promise.resolve().then(() => {
      this.ctx.allPagesLoaded = true
    })
  }

  loadFontAsync(fontName: FontNameInput): Promise<void> {
    return this.ctx.fonts.loadAsync(fontName)
  }

  listAvailableFontsAsync(): Promise<Font[]> {
    return Promise.resolve(this.ctx.fonts.list())
  }

  /**
   * Records the notification as FigJam shows it: [T] `notify`, the message "is limited to 100
   * characters. Longer messages will be truncated." Counted in UTF-16 units (a string's length), the
   * stricter reading where a character takes two.
   */
  notify(message: string, options?: NotificationOptions): NotificationHandler {
    const text = checkString('notify(message)', message)
    const error = options === undefined ? false : checkObject('notify(options)', options).error === true
    this.ctx.notifications.push({ message: text.slice(0, NOTIFY_MESSAGE_LIMIT), error })
    return { cancel: () => undefined }
  }

  commitUndo(): void {
    this.ctx.undoCommits += 1
    this.ctx.undoHistory?.checkpoint(this.ctx.registry)
  }

  /**
   * "Reverts to the last commitUndo() state" ([T] plugin-api.d.ts, `triggerUndo`): everything the
   * plugin did since its last checkpoint is undone, awaits or not (the emulator makes no checkpoint
   * of its own between chunks). Needs the session to record undo: without a history there is
   * nothing to revert to, and the emulator refuses rather than pretend.
   */
  triggerUndo(): void {
    if (this.ctx.undoHistory === undefined) throw new Error('triggerUndo: this emulator records no undo history (create it with { recordUndo: true })')
    this.ctx.registry = this.ctx.undoHistory.revert()
  }

  /**
   * [T] `showUI`: the width's "Minimum is 70", the height's "Minimum is 0". What FigJam does with a
   * smaller size is not documented, so the emulator refuses it.
   */
  showUI(html: string, options?: ShowUIOptions): void {
    const source = checkString('showUI(html)', html)
    if (options !== undefined) {
      const fields = checkObject('showUI(options)', options)
      if (fields.width !== undefined) checkNumberAtLeast('showUI(options.width)', fields.width, UI_MIN_WIDTH)
      if (fields.height !== undefined) checkNumberAtLeast('showUI(options.height)', fields.height, UI_MIN_HEIGHT)
    }
    this.ctx.ui.show(source, options)
  }

  /** Documented: after closing, the API stops working but the plugin's code keeps running. */
  closePlugin(message?: string): void {
    if (message !== undefined) checkString('closePlugin(message)', message)
    this.ctx.emit('close')
    this.ctx.closeMessage = message
    this.ctx.ui.state.closed = true
    this.ctx.closed = true
  }

  on(type: string, callback: EventHandler): void {
    this.ctx.on(this.#eventType('on', type, callback), callback, false)
  }

  once(type: string, callback: EventHandler): void {
    this.ctx.on(this.#eventType('once', type, callback), callback, true)
  }

  off(type: string, callback: EventHandler): void {
    this.ctx.off(this.#eventType('off', type, callback), callback)
  }

  #eventType(call: string, type: unknown, callback: unknown): string {
    const name = checkString(`${call}(type)`, type)
    if (typeof callback !== 'function') throw invalidArgumentError(`${call}(callback)`, 'a function', callback)
    if (!PLUGIN_EVENTS.has(name)) throw new Error(`in ${call}: "${name}" is no event of ${PLUGIN_GLOBAL} (the typings list ${[...PLUGIN_EVENTS].join(', ')})`)
    // [T] on: "textreview" is "only available to plugins that have the "textreview" capability",
    // which no manifest the emulator runs under has (parse-plugin-manifest.ts).
    if (name === 'textreview') throw new Error(`in ${call}: the "textreview" event needs the "textreview" capability in manifest.json`)
    // [T] SlidesViewChangeEvent, CanvasViewChangeEvent: fired in Figma Slides (and Buzz); what FigJam
    // does with a listener for them is not documented, so the emulator refuses it.
    if (OTHER_EDITORS_EVENTS.has(name)) throw new Error(`in ${call}: the "${name}" event is Figma Slides' and Buzz's, not FigJam's`)
    if (name === 'documentchange' && !this.ctx.allPagesLoaded) {
      throw new Error(`in ${call}: the "documentchange" event needs "await ${PLUGIN_GLOBAL}.loadAllPagesAsync()" first (documentAccess: dynamic-page)`)
    }
    return name
  }

  /** Documented: new nodes are parented to the current page. */
  #place(record: SceneRecord): SceneNode {
    this.ctx.registry.register(record)
    insertChild(this.ctx.registry, this.ctx.registry.page, record)
    return this.ctx.sceneHandle(record)
  }
}

/** A row or column count: a whole number, at least one. */
function checkCount(where: string, value: unknown): number {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) throw new Error(`in ${where}: expected a whole number of at least 1, got ${String(value)}`)
  return value
}
