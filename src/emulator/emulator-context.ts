import { UiChannel } from './api/ui-channel'
import { FontLibrary } from './model/font-library'
import { MovedFontsCheck } from './model/moved-fonts-check'
import { type ConnectorRecord, type NodeRecord, nodeTypeOf, type SceneRecord, type TextOwnerRecord } from './model/node-records'
import { NodeRegistry } from './model/node-registry'
import { type TextCalibration, TextMetrics } from './model/text-metrics'
import type { UndoHistory } from './model/undo-history'
import type { PluginManifest } from './manifest/plugin-manifest-schema'
import { CallLog, type FailureRule } from './support/call-log'
import { guardApiObject, type GuardHost, type GuardScope } from './support/guard-api-object'
import { cloneStructured } from './support/clone-structured'
import { closedPluginError, missingNodeError } from './support/plugin-errors'

export interface ContextSettings {
  availableFonts: readonly FontName[]
  pluginDataLimit: number
  pluginId: string
  failOnCall: FailureRule | undefined
  clientStorage: Record<string, unknown>
  registry: NodeRegistry
  textCalibration: TextCalibration
  command: string | undefined
  manifest: PluginManifest
}

type EventHandler = (...args: unknown[]) => unknown

/**
 * How the context makes the objects plugin code holds. Passed in (facade-factories.ts) rather than
 * imported, because every facade works through the context: importing them here would be a cycle.
 */
export interface FacadeFactories {
  api(ctx: EmulatorContext): object
  node(record: NodeRecord, ctx: EmulatorContext): object
  text(owner: TextOwnerRecord, ctx: EmulatorContext): object
  label(owner: ConnectorRecord): object
}

/**
 * The state of one emulated editor session: the document, the counters and logs a test reads, the
 * UI channel, and the map between records and the guarded handles plugin code holds.
 */
export class EmulatorContext implements GuardHost {
  readonly log: CallLog
  readonly fonts: FontLibrary
  /** What may move under FigJam's font rule (moved-fonts-check.ts). */
  readonly movedFonts: MovedFontsCheck
  /** Replaced as a whole when an undo puts the document back (undo-history.ts). */
  registry: NodeRegistry
  readonly ui = new UiChannel()
  readonly notifications: { message: string; error: boolean }[] = []
  /** Node ids of every `viewport.scrollAndZoomIntoView` call. */
  readonly viewportScrolls: string[][] = []
  readonly clientStorage: Map<string, unknown>
  readonly viewport = { center: { x: 0, y: 0 }, zoom: 1 }
  /** `figma.mixed`: one unique symbol per session. */
  readonly mixed: symbol = Symbol('mixed')
  readonly pluginId: string
  readonly pluginDataLimit: number
  /** `figma.command`: which manifest menu command started the plugin (none when the manifest has no menu). */
  readonly command: string | undefined
  /** The manifest the plugin runs under: the rules that depend on a declaration read it here. */
  readonly manifest: PluginManifest
  /** How big text is: the one place the emulator measures text. */
  readonly metrics: TextMetrics
  undoCommits = 0
  /** The document at each undo checkpoint, when the session records them (undo-history.ts). */
  undoHistory: UndoHistory | undefined
  allPagesLoaded = false
  closed = false
  closeMessage: string | undefined
  private readonly events = new Map<string, { handler: EventHandler; once: boolean }[]>()
  private readonly handleByRecord = new WeakMap<NodeRecord, BaseNode>()
  private readonly recordByHandle = new WeakMap<object, NodeRecord>()
  private readonly textHandles = new WeakMap<TextOwnerRecord, TextSublayerNode>()
  private readonly labelHandles = new WeakMap<ConnectorRecord, LabelSublayerNode>()
  private apiHandle: PluginAPI | undefined

  constructor(
    settings: ContextSettings,
    private readonly facades: FacadeFactories
  ) {
    this.log = new CallLog(settings.failOnCall)
    this.fonts = new FontLibrary(settings.availableFonts)
    this.movedFonts = new MovedFontsCheck(this.fonts)
    this.registry = settings.registry
    this.pluginId = settings.pluginId
    this.pluginDataLimit = settings.pluginDataLimit
    this.command = settings.command
    this.manifest = settings.manifest
    this.metrics = new TextMetrics(settings.textCalibration)
    this.clientStorage = new Map(Object.entries(cloneStructured(settings.clientStorage)))
  }

  get api(): PluginAPI {
    if (this.apiHandle === undefined) {
      this.apiHandle = this.guard(this.facades.api(this), { prefix: '', describe: () => 'the plugin API' }) as PluginAPI
    }
    return this.apiHandle
  }

  assertOpen(what: () => string): void {
    if (this.closed) throw closedPluginError(what())
  }

  recordCall(name: string, kind: 'call' | 'write' = 'call'): void {
    this.log.record(name, kind)
  }

  recordRead(name: string): void {
    this.log.recordRead(name)
  }

  guard<T extends object, S = undefined>(target: T, scope: GuardScope<S>): T {
    return guardApiObject(target, this, scope)
  }

  /** The handle plugin code holds for a record: always the same object for the same node. */
  nodeHandle(record: NodeRecord): BaseNode {
    let handle = this.handleByRecord.get(record)
    if (handle === undefined) {
      handle = this.guard(this.facades.node(record, this), { prefix: '', describe: describeNode, subject: record, owner: record }) as BaseNode
      this.handleByRecord.set(record, handle)
      this.recordByHandle.set(handle, record)
    }
    return handle
  }

  sceneHandle(record: SceneRecord): SceneNode {
    return this.nodeHandle(record) as SceneNode
  }

  pageHandle(): PageNode {
    return this.nodeHandle(this.registry.page) as PageNode
  }

  documentHandle(): DocumentNode {
    return this.nodeHandle(this.registry.root) as DocumentNode
  }

  textHandle(owner: TextOwnerRecord): TextSublayerNode {
    let handle = this.textHandles.get(owner)
    if (handle === undefined) {
      const facade = this.facades.text(owner, this)
      // A table cell is no node of its own: it goes with its table.
      const node = owner.kind === 'TABLE_CELL' ? owner.table : owner
      handle = this.guard(facade, { prefix: 'text.', describe: describeText, subject: owner, owner: node }) as unknown as TextSublayerNode
      this.textHandles.set(owner, handle)
    }
    return handle
  }

  labelHandle(owner: ConnectorRecord): LabelSublayerNode {
    let handle = this.labelHandles.get(owner)
    if (handle === undefined) {
      const facade = this.facades.label(owner)
      handle = this.guard(facade, { prefix: 'textBackground.', describe: describeLabel, subject: owner, owner }) as unknown as LabelSublayerNode
      this.labelHandles.set(owner, handle)
    }
    return handle
  }

  /** The record behind a handle from this session, or undefined for anything else. */
  recordOf(value: unknown): NodeRecord | undefined {
    return value !== null && typeof value === 'object' ? this.recordByHandle.get(value) : undefined
  }

  /** The live scene node a plugin passed as an argument; throws for anything else. */
  sceneArgument(where: string, value: unknown): SceneRecord {
    const record = this.recordOf(value)
    if (record === undefined) throw new TypeError(`${where}: expected a node from this document`)
    if (record.removed) throw missingNodeError(record.id)
    if (record.kind === 'PAGE' || record.kind === 'DOCUMENT') {
      throw new TypeError(`${where}: expected a node on the canvas, got the ${record.kind.toLowerCase()}`)
    }
    return record
  }

  on(type: string, handler: EventHandler, once: boolean): void {
    const list = this.events.get(type) ?? []
    list.push({ handler, once })
    this.events.set(type, list)
  }

  off(type: string, handler: EventHandler): void {
    const list = this.events.get(type)
    const index = list?.findIndex((entry) => entry.handler === handler) ?? -1
    if (list !== undefined && index >= 0) list.splice(index, 1)
  }

  emit(type: string, ...args: unknown[]): void {
    const list = this.events.get(type)
    if (list === undefined) return
    for (const entry of [...list]) {
      if (entry.once) this.off(type, entry.handler)
      entry.handler(...args)
    }
  }
}

/*
 * How messages name a node's handles, one function each for all nodes (the guard hands it the
 * record): a page of 5,000 stickies holds 10,000 handles, and a closure for each was some 100 bytes.
 */
function describeNode(record: NodeRecord): string {
  return `${nodeTypeOf(record)} node ${record.id}`
}

function describeText(owner: TextOwnerRecord): string {
  return owner.kind === 'TABLE_CELL' ? `the text of a cell of TABLE node ${owner.table.id}` : `the text of ${owner.kind} node ${owner.id}`
}

function describeLabel(owner: ConnectorRecord): string {
  return `the label background of connector ${owner.id}`
}
