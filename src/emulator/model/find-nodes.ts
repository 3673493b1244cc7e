import { checkObject, checkString } from '../support/check-arguments'
import { invalidArgumentError } from '../support/plugin-errors'
import { nodeTypeOf, type SceneRecord } from './node-records'

/** A checked `findAllWithCriteria` argument, as a predicate over records. */
export function criteriaPredicate(input: unknown): (record: SceneRecord) => boolean {
  const criteria = checkObject('findAllWithCriteria(criteria)', input)
  const types = criteria.types === undefined ? undefined : stringList('findAllWithCriteria(criteria).types', criteria.types)
  const pluginKeys =
    criteria.pluginData === undefined ? undefined : keysOf('findAllWithCriteria(criteria).pluginData', criteria.pluginData)
  const shared =
    criteria.sharedPluginData === undefined
      ? undefined
      : sharedCriteria('findAllWithCriteria(criteria).sharedPluginData', criteria.sharedPluginData)

  return (record) => {
    if (types !== undefined && !types.includes(nodeTypeOf(record))) return false
    if (pluginKeys !== undefined && !hasAnyKey(record.data.own, pluginKeys)) return false
    if (shared !== undefined) {
      const entries = record.data.shared.get(shared.namespace)
      if (entries === undefined || !hasAnyKey(entries, shared.keys)) return false
    }
    return true
  }
}

/** With no keys listed, any entry matches. */
function hasAnyKey(entries: ReadonlyMap<string, string>, keys: readonly string[] | null): boolean {
  if (keys === null) return entries.size > 0
  return keys.some((key) => entries.has(key))
}

function keysOf(where: string, value: unknown): string[] | null {
  const fields = checkObject(where, value)
  return fields.keys === undefined ? null : stringList(`${where}.keys`, fields.keys)
}

function sharedCriteria(where: string, value: unknown): { namespace: string; keys: string[] | null } {
  const fields = checkObject(where, value)
  return { namespace: checkString(`${where}.namespace`, fields.namespace), keys: keysOf(where, value) }
}

function stringList(where: string, value: unknown): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string')) {
    throw invalidArgumentError(where, 'an array of strings', value)
  }
  return value as string[]
}
