import type { ConflictField, ConflictKind, KeptRemovalReason, Resolution } from './change-set'
import { byId } from './by-id'
import { changeId, type MergeLog } from './merge-log'
import { jsonValue, sameValue } from './same-value'

type EntitySubject = 'phase' | 'stage' | 'lane' | 'item' | 'link'

export interface EntitySpec<T extends { id: string }> {
  subject: EntitySubject
  /** Every field but the id. */
  fields: readonly (keyof T & string)[]
  label(entity: T): string
  place(entity: T): string
  /** Why a board version the data removed must stay; empty when it may go. */
  protect?(board: T, base: T): KeptRemovalReason[]
  /** Set for items: keep-both adds the data's version under this new id. */
  copyId?(id: string): string
  /** The board's version when the board lacks one; undefined means the board removed it. */
  boardView?(base: T): T | undefined
}

export interface MergedEntities<T> {
  /** The merged entities by id. */
  merged: Map<string, T>
  /** Keep-both copies of the data's versions, by the id of the item they were copied from. */
  copies: Map<string, T>
  /** Ids kept though the data removed them. */
  kept: Set<string>
}

/**
 * Three-way merge of one kind of entity by id. Per field: the same on both sides stays; changed on
 * one side only takes that side's value; changed differently on both is a conflict, settled by its
 * resolution (the board's value while unresolved). Whole entities: added on one side is kept; removed
 * by the data goes unless `protect` finds work on the board; removed on the board stays removed
 * unless the data changed it (a conflict); removed on both sides is gone.
 */
export function mergeEntities<T extends { id: string }>(
  spec: EntitySpec<T>,
  board: readonly T[],
  data: readonly T[],
  base: readonly T[],
  log: MergeLog
): MergedEntities<T> {
  const boardById = byId(board)
  const dataById = byId(data)
  const baseById = byId(base)
  const result: MergedEntities<T> = { merged: new Map(), copies: new Map(), kept: new Set() }
  const ids = [...new Set([...data.map((e) => e.id), ...board.map((e) => e.id), ...base.map((e) => e.id)])]

  for (const id of ids) {
    const o = baseById.get(id)
    const b = boardById.get(id) ?? (o === undefined ? undefined : spec.boardView?.(o))
    const d = dataById.get(id)
    if (b !== undefined && d !== undefined) mergeBoth(b, d, o)
    else if (b !== undefined && o !== undefined) removedByData(b, o)
    else if (d !== undefined && o !== undefined) removedOnBoard(d, o)
    else if (b !== undefined) result.merged.set(id, b)
    else if (d !== undefined) result.merged.set(id, d)
  }
  return result

  function mergeBoth(b: T, d: T, o: T | undefined): void {
    const merged: Record<string, unknown> = { ...b }
    const conflicting: ConflictField[] = []
    for (const field of spec.fields) {
      const bv = b[field]
      const dv = d[field]
      const ov = o?.[field]
      if (sameValue(bv, dv) || sameValue(dv, ov)) continue
      if (sameValue(bv, ov)) {
        setField(merged, field, dv)
        continue
      }
      conflicting.push({ field, base: jsonValue(ov), board: jsonValue(bv), data: jsonValue(dv) })
    }
    const id = changeId(spec.subject, b.id)
    if (conflicting.length === 0) {
      result.merged.set(b.id, merged as T)
      return
    }
    const canKeepBoth = spec.copyId !== undefined
    const resolution = log.resolutionOf(id)
    addConflict(b, o === undefined ? 'both-added' : 'both-changed', conflicting, canKeepBoth ? ['board', 'data', 'keep-both'] : ['board', 'data'], resolution)
    if (resolution === 'data') {
      for (const { field } of conflicting) {
        setField(merged, field, d[field as keyof T])
        log.setSource(spec.subject, b.id, field, 'resolution', id)
      }
    }
    result.merged.set(b.id, merged as T)
    if (resolution === 'keep-both' && spec.copyId !== undefined) {
      const copy: Record<string, unknown> = { ...merged, id: spec.copyId(b.id) }
      for (const { field } of conflicting) setField(copy, field, d[field as keyof T])
      result.copies.set(b.id, copy as T)
      log.setSource(spec.subject, copy.id as string, undefined, 'resolution', id)
    }
  }

  function removedByData(b: T, o: T): void {
    const reasons = spec.protect?.(b, o) ?? []
    if (reasons.length === 0) return
    const id = changeId(spec.subject, b.id)
    const resolution = log.resolutionOf(id)
    log.keptRemovals.push({
      id,
      subject: spec.subject,
      targetId: b.id,
      label: spec.label(b),
      place: spec.place(b),
      reasons,
      marked: spec.subject === 'item' && resolution !== 'data',
      ...(resolution === undefined ? {} : { resolution })
    })
    if (resolution === 'data') {
      log.setSource(spec.subject, b.id, undefined, 'resolution', id)
      return
    }
    result.merged.set(b.id, b)
    result.kept.add(b.id)
  }

  function removedOnBoard(d: T, o: T): void {
    if (sameValue(d, o)) return
    const changed = spec.fields
      .filter((field) => !sameValue(d[field], o[field]))
      .map((field) => ({ field, base: jsonValue(o[field]), board: null, data: jsonValue(d[field]) }))
    const id = changeId(spec.subject, d.id)
    const resolution = log.resolutionOf(id)
    addConflict(d, 'removed-on-board', changed, ['board', 'data'], resolution)
    if (resolution === 'data' || resolution === 'keep-both') {
      result.merged.set(d.id, d)
      log.setSource(spec.subject, d.id, undefined, 'resolution', id)
    }
  }

  function addConflict(entity: T, kind: ConflictKind, fields: ConflictField[], choices: Resolution[], resolution: Resolution | undefined): void {
    log.conflicts.push({
      id: changeId(spec.subject, entity.id),
      subject: spec.subject,
      targetId: entity.id,
      kind,
      label: spec.label(entity),
      place: spec.place(entity),
      fields,
      choices,
      ...(resolution === undefined ? {} : { resolution })
    })
  }
}

/** Sets a field, deleting it for undefined so merged entities stay plain (no undefined-valued keys). */
export function setField(target: Record<string, unknown>, field: string, value: unknown): void {
  if (value === undefined) delete target[field]
  else target[field] = value
}
