import type { Item, Journey, Link } from '../model'
import { byId } from './by-id'
import type { Change, ChangeKind, ChangeSource, SyncSubject } from './change-set'
import { itemLabel, itemPlace, linkLabel } from './change-labels'
import { changeId, type MergeLog } from './merge-log'
import { jsonValue, sameValue } from './same-value'

/** The journey-level fields a change set compares one by one (phases, stages, lanes, items and links go by id). */
export const JOURNEY_FIELDS = [
  'id',
  'title',
  'scenario',
  'context',
  'state',
  'locale',
  'personas',
  'personaId',
  'activityTypes',
  'emotionScale',
  'blueprintLines',
  'curves',
  'evidenceLevels'
] as const satisfies readonly (keyof Journey)[]

export const PHASE_FIELDS = ['name'] as const
export const STAGE_FIELDS = ['name', 'phaseId', 'description'] as const
export const LANE_FIELDS = ['name', 'kind', 'actor'] as const
export const ITEM_FIELDS = ['stageId', 'laneId', 'text', 'score', 'flag', 'momentOfTruth', 'activityTypeId', 'channel', 'device', 'owner', 'curveId', 'evidence'] as const
export const LINK_FIELDS = ['from', 'to', 'kind', 'label'] as const

const PLACEMENT = new Set<string>(['stageId', 'laneId'])

export interface ChangeInputs {
  board: Journey
  merged: Journey
  base: Journey
  data: Journey
  threeWay: boolean
  log: MergeLog
  /** Whether the merged order of the stages (lanes) is the board's, for listing a reorder as a board edit. */
  boardOrder: { stages: boolean; lanes: boolean }
}

type Entity = { id: string }

interface EntityKind<T extends Entity> {
  subject: SyncSubject
  fields: readonly string[]
  label(entity: T): string
  place(entity: T): string
  list(journey: Journey): readonly T[]
}

/**
 * The change set's two lists: `changes`, every difference between the board now and the merged
 * journey (where each came from), and `boardEdits`, what people changed from the base that the
 * merge keeps. Entities in conflict are left out of `boardEdits`: the conflict lists them.
 */
export function describeChanges(inputs: ChangeInputs): { changes: Change[]; boardEdits: Change[] } {
  const { board, merged, base, data, threeWay, log } = inputs
  const journeys = [merged, board, data, base]
  const named = <T extends Entity>(subject: SyncSubject, fields: readonly string[], list: (j: Journey) => readonly T[], label: (e: T) => string, place: (e: T) => string = () => ''): EntityKind<T> => ({
    subject,
    fields,
    list,
    label,
    place
  })
  const kinds = [
    named('phase', PHASE_FIELDS, (j) => j.phases, (p) => p.name),
    named('stage', STAGE_FIELDS, (j) => j.stages, (s) => s.name),
    named('lane', LANE_FIELDS, (j) => j.lanes, (l) => l.name),
    named('item', ITEM_FIELDS, (j) => j.items, (i: Item) => itemLabel(i), (i: Item) => itemPlace(i, journeys)),
    named('link', LINK_FIELDS, (j) => j.links, (l: Link) => linkLabel(l, journeys))
  ] as EntityKind<Entity>[]
  const inConflict = new Set(log.conflicts.map((c) => c.id))

  const changes: Change[] = journeyFieldChanges(board, merged, (field) => log.sourceOf('journey', field))
  const boardEdits: Change[] = threeWay
    ? journeyFieldChanges(base, board, () => ({ source: 'board' as const })).filter(
        (c) => sameValue(merged[c.targetId as keyof Journey], board[c.targetId as keyof Journey]) && !inConflict.has(c.id)
      )
    : []

  for (const kind of kinds) {
    changes.push(...entityChanges(kind, kind.list(board), kind.list(merged), (id, field) => log.sourceOf(kind.subject, id, field)))
    if (kind.subject === 'stage' || kind.subject === 'lane') {
      const reorder = orderChange(kind.subject, kind.list(board), kind.list(merged), log)
      if (reorder !== undefined) changes.push(reorder)
    }
    if (!threeWay) continue
    const mergedById = byId(kind.list(merged))
    const kept = entityChanges(kind, kind.list(base), kind.list(board), () => ({ source: 'board' })).flatMap((change) => {
      if (inConflict.has(change.id)) return []
      const now = mergedById.get(change.targetId)
      if (change.kind === 'removed') return now === undefined ? [change] : []
      if (now === undefined) return []
      if (change.kind === 'added') return [change]
      const fields = change.fields.filter((f) => sameValue(jsonValue((now as Record<string, unknown>)[f.field]), f.after))
      return fields.length === 0 ? [] : [{ ...change, fields, kind: kindOf(kind.subject, fields.map((f) => f.field)) }]
    })
    boardEdits.push(...kept)
    if ((kind.subject === 'stage' && inputs.boardOrder.stages) || (kind.subject === 'lane' && inputs.boardOrder.lanes)) {
      const reordered = orderChange(kind.subject, kind.list(base), kind.list(board), log, 'board')
      if (reordered !== undefined) boardEdits.push(reordered)
    }
  }
  return { changes, boardEdits }
}

function journeyFieldChanges(before: Journey, after: Journey, sourceOf: (field: string) => { source: ChangeSource; conflictId?: string }): Change[] {
  return JOURNEY_FIELDS.filter((field) => !sameValue(before[field], after[field])).map((field) => {
    const { source, conflictId } = sourceOf(field)
    return {
      id: changeId('journey', field),
      subject: 'journey',
      targetId: field,
      kind: 'changed',
      source,
      label: field,
      place: '',
      fields: [{ field, before: jsonValue(before[field]), after: jsonValue(after[field]) }],
      ...(conflictId === undefined ? {} : { conflictId })
    }
  })
}

function entityChanges<T extends Entity>(
  kind: EntityKind<T>,
  before: readonly T[],
  after: readonly T[],
  sourceOf: (id: string, field?: string) => { source: ChangeSource; conflictId?: string }
): Change[] {
  const beforeById = byId(before)
  const afterById = byId(after)
  const value = (entity: T | undefined, field: string): unknown => (entity as Record<string, unknown> | undefined)?.[field]
  const change = (entity: T, changeKind: ChangeKind, fields: string[], was: T | undefined, now: T | undefined): Change => {
    const picked =
      changeKind === 'added' || changeKind === 'removed' ? sourceOf(entity.id) : pickSource(fields.map((field) => sourceOf(entity.id, field)))
    return {
      id: changeId(kind.subject, entity.id),
      subject: kind.subject,
      targetId: entity.id,
      kind: changeKind,
      source: picked.source,
      label: kind.label(entity),
      place: kind.place(entity),
      fields: fields.map((field) => ({ field, before: jsonValue(value(was, field)), after: jsonValue(value(now, field)) })),
      ...(picked.conflictId === undefined ? {} : { conflictId: picked.conflictId })
    }
  }
  const found: Change[] = []
  for (const now of after) {
    const was = beforeById.get(now.id)
    if (was === undefined) {
      found.push(change(now, 'added', kind.fields.filter((f) => value(now, f) !== undefined), undefined, now))
      continue
    }
    const fields = kind.fields.filter((f) => !sameValue(value(was, f), value(now, f)))
    if (fields.length > 0) found.push(change(now, kindOf(kind.subject, fields), fields, was, now))
  }
  for (const was of before) {
    if (!afterById.has(was.id)) found.push(change(was, 'removed', kind.fields.filter((f) => value(was, f) !== undefined), was, undefined))
  }
  return found
}

/** One source for a change whose fields came from several: theirs when they agree, else a resolution's, else the data. */
function pickSource(sources: readonly { source: ChangeSource; conflictId?: string }[]): { source: ChangeSource; conflictId?: string } {
  const first = sources[0]
  if (first !== undefined && sources.every((s) => s.source === first.source && s.conflictId === first.conflictId)) return first
  return sources.find((s) => s.source === 'resolution') ?? { source: 'data' }
}

function kindOf(subject: SyncSubject, fields: readonly string[]): ChangeKind {
  if (subject === 'item' && fields.every((f) => PLACEMENT.has(f))) return 'moved'
  if ((subject === 'stage' || subject === 'lane' || subject === 'phase') && fields.length === 1 && fields[0] === 'name') return 'renamed'
  return 'changed'
}

/** A reorder of the stages or lanes both lists hold, or undefined when their relative order is the same. */
function orderChange(subject: 'stage' | 'lane', before: readonly Entity[], after: readonly Entity[], log: MergeLog, source?: ChangeSource): Change | undefined {
  const afterIds = new Set(after.map((e) => e.id))
  const beforeIds = new Set(before.map((e) => e.id))
  const shared = (list: readonly Entity[], other: ReadonlySet<string>): string[] => list.map((e) => e.id).filter((id) => other.has(id))
  if (sameValue(shared(before, afterIds), shared(after, beforeIds))) return undefined
  const id = `order:${subject}s`
  const resolved = log.conflicts.find((c) => c.id === id)?.resolution
  const picked: ChangeSource = source ?? (resolved === undefined ? 'data' : 'resolution')
  return {
    id,
    subject,
    targetId: '',
    kind: 'reordered',
    source: picked,
    label: subject === 'stage' ? 'stages' : 'lanes',
    place: '',
    fields: [{ field: 'order', before: before.map((e) => e.id), after: after.map((e) => e.id) }],
    ...(picked === 'resolution' ? { conflictId: id } : {})
  }
}
