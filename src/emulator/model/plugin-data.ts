import { checkString } from '../support/check-arguments'
import { invalidArgumentError } from '../support/plugin-errors'
import { utf8ByteLength } from '../support/utf8-byte-length'
import { NO_ENTRIES, type PluginDataRecord } from './node-records'

/** [T] setSharedPluginData: "The namespace must be at least 3 alphanumeric characters". */
const NAMESPACE_PATTERN = /^[A-Za-z0-9]{3,}$/

/** A record whose plugin data can be written: it is given tables of its own on its first write. */
export interface PluginDataHolder {
  data: PluginDataRecord
}

export interface PluginDataLimits {
  pluginId: string
  /** Bytes an entry (plugin id or namespace + key + value, in UTF-8) may take. */
  entryLimit: number
}

export function getPluginData(data: PluginDataRecord, key: unknown): string {
  return data.own.get(checkString('getPluginData(key)', key)) ?? ''
}

export function setPluginData(holder: PluginDataHolder, key: unknown, value: unknown, limits: PluginDataLimits): void {
  const k = checkKey('setPluginData', key)
  const v = checkValue('setPluginData', value)
  checkEntrySize('setPluginData', limits.pluginId, k, v, limits.entryLimit)
  writeEntry(ownEntries(holder), k, v)
}

export function getPluginDataKeys(data: PluginDataRecord): string[] {
  return [...data.own.keys()]
}

export function getSharedPluginData(data: PluginDataRecord, namespace: unknown, key: unknown): string {
  const ns = checkNamespace('getSharedPluginData', namespace)
  return data.shared.get(ns)?.get(checkString('getSharedPluginData(key)', key)) ?? ''
}

export function setSharedPluginData(
  holder: PluginDataHolder,
  namespace: unknown,
  key: unknown,
  value: unknown,
  limits: PluginDataLimits
): void {
  const ns = checkNamespace('setSharedPluginData', namespace)
  const k = checkKey('setSharedPluginData', key)
  const v = checkValue('setSharedPluginData', value)
  checkEntrySize('setSharedPluginData', ns, k, v, limits.entryLimit)
  const namespaces = sharedEntries(holder)
  let entries = namespaces.get(ns)
  if (entries === undefined) {
    entries = new Map()
    namespaces.set(ns, entries)
  }
  writeEntry(entries, k, v)
  if (entries.size === 0) namespaces.delete(ns)
}

export function getSharedPluginDataKeys(data: PluginDataRecord, namespace: unknown): string[] {
  const entries = data.shared.get(checkNamespace('getSharedPluginDataKeys', namespace))
  // A fresh list on every call, as FigJam gives; for a node with none, without an empty list spread into another.
  return entries === undefined ? [] : Array.from(entries.keys())
}

/*
 * The tables a write goes to. A node without entries of a kind holds the shared NO_ENTRIES (see
 * node-records.ts); its first write gives it a plugin-data record and a table of its own, so the
 * tables written below are never shared between nodes.
 */
function ownEntries(holder: PluginDataHolder): Map<string, string> {
  let data = holder.data
  if (data.own === NO_ENTRIES) holder.data = data = { own: new Map(), otherPlugins: data.otherPlugins, shared: data.shared }
  return data.own as Map<string, string>
}

function sharedEntries(holder: PluginDataHolder): Map<string, Map<string, string>> {
  let data = holder.data
  if (data.shared === NO_ENTRIES) holder.data = data = { own: data.own, otherPlugins: data.otherPlugins, shared: new Map() }
  return data.shared as Map<string, Map<string, string>>
}

/** [T] setPluginData: "If you set the value to the empty string (\"\"), the key/value pair is removed". */
function writeEntry(entries: Map<string, string>, key: string, value: string): void {
  if (value === '') entries.delete(key)
  else entries.set(key, value)
}

/** What FigJam does with an empty key is not documented: refused. */
function checkKey(call: string, key: unknown): string {
  const k = checkString(`${call}(key)`, key)
  if (k === '') throw invalidArgumentError(`${call}(key)`, 'a non-empty key', key)
  return k
}

function checkValue(call: string, value: unknown): string {
  if (typeof value !== 'string') {
    throw invalidArgumentError(`${call}(value)`, 'a string (encode other values with JSON.stringify)', value)
  }
  return value
}

function checkNamespace(call: string, namespace: unknown): string {
  const ns = checkString(`${call}(namespace)`, namespace)
  if (!NAMESPACE_PATTERN.test(ns)) {
    throw invalidArgumentError(`${call}(namespace)`, 'a namespace of at least 3 alphanumeric characters', namespace)
  }
  return ns
}

/** [T] "The total size of your entry (`pluginId`, `key`, `value`) cannot exceed 100 kB": counted as 100,000 UTF-8 bytes, the stricter reading. */
function checkEntrySize(call: string, owner: string, key: string, value: string, limit: number): void {
  const size = utf8ByteLength(owner) + utf8ByteLength(key) + utf8ByteLength(value)
  if (size > limit) {
    throw new Error(
      `in ${call}: the entry for key ${JSON.stringify(key)} is ${size} bytes (id/namespace + key + value), over the ${limit}-byte limit per entry`
    )
  }
}
