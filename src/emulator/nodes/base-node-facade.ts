import type { EmulatorContext } from '../emulator-context'
import type { NodeRecord } from '../model/node-records'
import {
  getPluginData,
  getPluginDataKeys,
  getSharedPluginData,
  getSharedPluginDataKeys,
  type PluginDataLimits,
  setPluginData,
  setSharedPluginData
} from '../model/plugin-data'
import { checkString } from '../support/check-arguments'

type EmulatedBaseNode = Pick<
  BaseNodeMixin,
  | 'id'
  | 'name'
  | 'parent'
  | 'removed'
  | 'remove'
  | 'getPluginData'
  | 'setPluginData'
  | 'getPluginDataKeys'
  | 'getSharedPluginData'
  | 'setSharedPluginData'
  | 'getSharedPluginDataKeys'
>

/**
 * What every emulated node has: identity, name, parent, removal and plugin data. Facades only show a
 * record through the Plugin API's shape; handles (see guard-api-object.ts) do the counting and checks.
 */
export abstract class BaseNodeFacade<R extends NodeRecord> implements EmulatedBaseNode {
  /**
   * The text sublayer's handle once asked for (stickies, shapes and connectors have one): the same
   * handle the context keeps, found without looking the record up in the context's table again (a
   * page of 5,000 stickies asks for 5,000 texts on every reading). Internal state, no API member.
   */
  protected textSublayer: TextSublayerNode | undefined = undefined

  constructor(
    protected readonly record: R,
    protected readonly ctx: EmulatorContext
  ) {}

  abstract get type(): string
  abstract get parent(): (BaseNode & ChildrenMixin) | null
  abstract remove(): void

  get id(): string {
    return this.record.id
  }

  get name(): string {
    return this.record.name
  }

  set name(value: string) {
    this.record.name = checkString('name', value)
  }

  get removed(): boolean {
    return this.record.removed
  }

  toString(): string {
    return `[${this.type} ${this.record.id}]`
  }

  getPluginData(key: string): string {
    return getPluginData(this.record.data, key)
  }

  setPluginData(key: string, value: string): void {
    setPluginData(this.record, key, value, this.#limits())
  }

  getPluginDataKeys(): string[] {
    return getPluginDataKeys(this.record.data)
  }

  getSharedPluginData(namespace: string, key: string): string {
    return getSharedPluginData(this.record.data, namespace, key)
  }

  setSharedPluginData(namespace: string, key: string, value: string): void {
    setSharedPluginData(this.record, namespace, key, value, this.#limits())
  }

  getSharedPluginDataKeys(namespace: string): string[] {
    return getSharedPluginDataKeys(this.record.data, namespace)
  }

  #limits(): PluginDataLimits {
    return { pluginId: this.ctx.pluginId, entryLimit: this.ctx.pluginDataLimit }
  }
}
