import { IdTable } from '../reader/id-table'

/**
 * Entities by id, the last of an id winning, as a Map of them would hold them: spread over Maps of
 * a few thousand ids each (see IdTable), since V8 keeps a Map of more than 4,096 entries as a large
 * object, mapped and faulted in afresh every time one is made, and an update of a big board makes
 * several for its items.
 */
export function byId<T extends { id: string }>(entities: readonly T[]): IdTable<T> {
  const table = new IdTable<T>(entities.length)
  for (const entity of entities) table.set(entity.id, entity)
  return table
}
