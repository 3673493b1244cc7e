import { type EmotionCurve, formatProblems, type Item, type Journey, journeyEvidenceLevels, type Lane, type Link, type Phase, type Stage, validateJourney } from '../model'
import { IdAllocator } from '../reader/id-allocator'
import { byId } from './by-id'
import { changeNames } from './change-names'
import { CHANGE_SET_VERSION, type ChangeSet, type KeptRemovalReason, type Resolution } from './change-set'
import { itemLabel, itemPlace, linkLabel } from './change-labels'
import { describeChanges, ITEM_FIELDS, JOURNEY_FIELDS, LANE_FIELDS, LINK_FIELDS, PHASE_FIELDS, STAGE_FIELDS } from './describe-changes'
import { mergeEntities, setField } from './merge-entities'
import { changeId, MergeLog } from './merge-log'
import { mergeOrder, mergeSequence } from './merge-order'
import { jsonValue, sameValue } from './same-value'

export interface MergeOptions {
  /**
   * Items with something drawn by hand attached to their sticky (a connector): never removed
   * silently, even when they read the same as the base.
   */
  attachedByHand?: readonly string[]
  /**
   * Stages whose section holds a section people drew in it, or a group or frame holding one: kept
   * while it does, since a section left on the board without its stage reads back as a stage of its own.
   */
  sectionsByHand?: readonly string[]
  /** Items whose stickies carry a "Removed from data" label now; they keep it while the data still lacks them. */
  marked?: readonly string[]
  /** Conflict and kept-removal choices by id (see ResolutionSchema). */
  resolutions?: Readonly<Record<string, Resolution>>
}

export interface MergeResult {
  /** What the board should show after the sync: valid, with defaults filled in. */
  journey: Journey
  changeSet: ChangeSet
  /** Items the board keeps though the data removed them: their stickies get a "Removed from data" label. */
  marked: string[]
}

/** A keep-both copy's id is the original's with this suffix (made unique). */
export const DATA_COPY_SUFFIX = '-data'

/**
 * Merges people's work on a board with new data, three ways (see change-set.ts): the board as read
 * back now, the new data, and the base, the data the board was last drawn or synced from (without
 * it every difference counts as a data change). Conflicts take the board's side until resolved, so
 * nothing is overwritten without a choice; an item the data removed that people worked on stays.
 *
 * Then it makes the result whole: a stage or lane that still holds items stays (or comes back), a
 * link whose item is gone goes, references to removed phases or activity types are dropped, scores
 * are kept on the scale, and only one lane stays the customer's. Each such step is a change with
 * source `consequence`. Pure and deterministic; expects valid journeys and throws on a bug.
 */
export function mergeJourneys(board: Journey, data: Journey, base: Journey | undefined, options: MergeOptions = {}): MergeResult {
  const o = base ?? board
  const log = new MergeLog(options.resolutions ?? {})
  const journeys = [data, board, o]
  const attached = new Set(options.attachedByHand ?? [])

  const fields = mergeJourneyFields(board, data, o, log)
  const phases = mergeEntities<Phase>({ subject: 'phase', fields: PHASE_FIELDS, label: (p) => p.name, place: () => '' }, board.phases, data.phases, o.phases, log)
  const stages = mergeEntities<Stage>({ subject: 'stage', fields: STAGE_FIELDS, label: (s) => s.name, place: () => '' }, board.stages, data.stages, o.stages, log)
  const lanes = mergeEntities<Lane>({ subject: 'lane', fields: LANE_FIELDS, label: (l) => l.name, place: () => '' }, board.lanes, data.lanes, o.lanes, log)

  const baseLinks = new Map(o.links.map((link) => [link.id, link]))
  const linkedOnBoard = new Set(
    board.links.filter((link) => !sameValue(link, baseLinks.get(link.id))).flatMap((link) => [link.from, link.to])
  )
  const itemIds = new IdAllocator([...board.items, ...data.items, ...o.items].map((item) => item.id))
  const items = mergeEntities<Item>(
    {
      subject: 'item',
      fields: ITEM_FIELDS,
      label: itemLabel,
      place: (item) => itemPlace(item, journeys),
      protect: (b, base) => {
        const reasons: KeptRemovalReason[] = []
        if (!sameValue(b, base)) reasons.push('edited-on-board')
        if (linkedOnBoard.has(b.id)) reasons.push('linked-on-board')
        if (attached.has(b.id)) reasons.push('attached-on-board')
        return reasons
      },
      copyId: (id) => itemIds.allocate(`${id}${DATA_COPY_SUFFIX}`)
    },
    board.items,
    data.items,
    o.items,
    log
  )
  const boardItemIds = byId(board.items)
  const links = mergeEntities<Link>(
    {
      subject: 'link',
      fields: LINK_FIELDS,
      label: (link) => linkLabel(link, journeys),
      place: () => '',
      protect: (b, base) => (sameValue(b, base) ? [] : ['edited-on-board']),
      // A link whose item is gone from the board was not read: the board has no say about it.
      boardView: (link) => (boardItemIds.has(link.from) && boardItemIds.has(link.to) ? undefined : link)
    },
    board.links,
    data.links,
    o.links,
    log
  )

  // Items in merged order: the data's order, the board's own beside their neighbours, copies after their originals.
  const copies = new Map<string, Item>()
  const itemOrder = mergeSequence(
    data.items.map((i) => i.id),
    board.items.map((i) => i.id),
    items.merged
  ).flatMap((id) => {
    const copy = items.copies.get(id)
    if (copy === undefined) return [id]
    copies.set(copy.id, copy)
    return [id, copy.id]
  })
  // Copies' ids are allocated apart from every other item's (copyId).
  let mergedItems = itemOrder.map((id) => items.merged.get(id) ?? requireEntity(copies, id))

  keepHomes('stage', mergedItems.map((i) => i.stageId), 'holds-board-items', stages.merged, board.stages, data.stages, o.stages, log)
  keepHomes('lane', mergedItems.map((i) => i.laneId), 'holds-board-items', lanes.merged, board.lanes, data.lanes, o.lanes, log)
  keepHomes('stage', options.sectionsByHand ?? [], 'holds-board-sections', stages.merged, board.stages, data.stages, o.stages, log)

  const stageOrder = mergeOrderWithConflict('stage', board.stages, data.stages, o.stages, new Set(stages.merged.keys()), log)
  const laneOrder = mergeOrderWithConflict('lane', board.lanes, data.lanes, o.lanes, new Set(lanes.merged.keys()), log)
  const phaseOrder = mergeOrder({
    board: board.phases.map((p) => p.id),
    data: data.phases.map((p) => p.id),
    base: o.phases.map((p) => p.id),
    keep: new Set(phases.merged.keys())
  })
  const mergedPhases = (phaseOrder.conflict?.data ?? phaseOrder.order).map((id) => requireEntity(phases.merged, id))
  const phaseIds = new Set(mergedPhases.map((p) => p.id))
  const mergedStages = stageOrder.order.map((id) => {
    const stage = requireEntity(stages.merged, id)
    if (stage.phaseId === undefined || phaseIds.has(stage.phaseId)) return stage
    log.setSource('stage', id, 'phaseId', 'consequence')
    const { phaseId: _gone, ...rest } = stage
    return rest
  })
  const mergedLanes = oneCustomerLane(laneOrder.order.map((id) => requireEntity(lanes.merged, id)), log)

  const activityIds = new Set(((fields.activityTypes ?? []) as Journey['activityTypes']).map((a) => a.id))
  const scale = (fields.emotionScale ?? o.emotionScale) as Journey['emotionScale']
  const curveIds = new Set(((fields.curves ?? []) as EmotionCurve[]).map((curve) => curve.id))
  const levelIds = new Set(journeyEvidenceLevels({ evidenceLevels: fields.evidenceLevels }).map((level) => level.id))
  const mergedIds = byId(mergedItems)
  mergedItems = mergedItems.map((item) => {
    const next: Item = { ...item }
    if (next.curveId !== undefined && !curveIds.has(next.curveId)) {
      delete next.curveId
      log.setSource('item', item.id, 'curveId', 'consequence')
    }
    if (next.evidence !== undefined && !levelIds.has(next.evidence.level)) {
      delete next.evidence
      log.setSource('item', item.id, 'evidence', 'consequence')
    } else if (next.evidence !== undefined && next.evidence.itemIds.some((id) => !mergedIds.has(id))) {
      next.evidence = { ...next.evidence, itemIds: next.evidence.itemIds.filter((id) => mergedIds.has(id)) }
      log.setSource('item', item.id, 'evidence', 'consequence')
    }
    if (next.activityTypeId !== undefined && !activityIds.has(next.activityTypeId)) {
      delete next.activityTypeId
      log.setSource('item', item.id, 'activityTypeId', 'consequence')
    }
    if (next.score !== undefined && (next.score < scale.min || next.score > scale.max)) {
      next.score = Math.min(scale.max, Math.max(scale.min, next.score))
      log.setSource('item', item.id, 'score', 'consequence')
    }
    return next
  })
  // The same items as before, some of their fields dropped: the same ids.
  const present = mergedIds
  const linkOrder = mergeSequence(
    data.links.map((l) => l.id),
    board.links.map((l) => l.id),
    links.merged
  )
  const mergedLinks = linkOrder
    .map((id) => requireEntity(links.merged, id))
    .filter((link) => {
      const whole = present.has(link.from) && present.has(link.to) && link.from !== link.to
      if (!whole) log.setSource('link', link.id, undefined, 'consequence')
      return whole
    })

  const laneIds = new Set(mergedLanes.map((l) => l.id))
  const draft = {
    ...fields,
    phases: mergedPhases,
    stages: mergedStages,
    lanes: mergedLanes,
    items: mergedItems,
    links: mergedLinks,
    blueprintLines: ((fields.blueprintLines ?? []) as Journey['blueprintLines']).filter((line) => laneIds.has(line.afterLaneId))
  } as Journey
  if (draft.personaId !== undefined && !draft.personas.some((p) => p.id === draft.personaId)) delete draft.personaId
  const checked = validateJourney(draft)
  if (!checked.ok) throw new Error(`the merge built an invalid journey:\n${formatProblems(checked.problems)}`)
  const journey = checked.value

  const dataItemIds = byId(data.items)
  const marked = journey.items
    .map((item) => item.id)
    .filter((id) => items.kept.has(id) || ((options.marked ?? []).includes(id) && !dataItemIds.has(id)))
  const { changes, boardEdits } = describeChanges({
    board,
    merged: journey,
    base: o,
    data,
    threeWay: base !== undefined,
    log,
    boardOrder: { stages: stageOrder.boardWins, lanes: laneOrder.boardWins }
  })
  return {
    journey,
    marked,
    changeSet: {
      version: CHANGE_SET_VERSION,
      boardJourneyId: board.id,
      dataJourneyId: data.id,
      threeWay: base !== undefined,
      changes,
      boardEdits,
      conflicts: log.conflicts,
      keptRemovals: log.keptRemovals,
      names: changeNames(journey, data, board, ...(base === undefined ? [] : [base]))
    }
  }
}

/** The journey-level fields (title, scenario, personas...), three ways, each a whole value. */
function mergeJourneyFields(board: Journey, data: Journey, base: Journey, log: MergeLog): Partial<Journey> {
  const merged: Record<string, unknown> = {}
  for (const field of JOURNEY_FIELDS) {
    const bv = board[field]
    const dv = data[field]
    const ov = base[field]
    if (sameValue(bv, dv) || sameValue(dv, ov)) setField(merged, field, bv)
    else if (sameValue(bv, ov)) setField(merged, field, dv)
    else {
      const id = changeId('journey', field)
      const resolution = log.resolutionOf(id)
      log.conflicts.push({
        id,
        subject: 'journey',
        targetId: field,
        kind: 'both-changed',
        label: field,
        place: '',
        fields: [{ field, base: jsonValue(ov), board: jsonValue(bv), data: jsonValue(dv) }],
        choices: ['board', 'data'],
        ...(resolution === undefined ? {} : { resolution })
      })
      if (resolution === 'data') log.setSource('journey', field, undefined, 'resolution', id)
      setField(merged, field, resolution === 'data' ? dv : bv)
    }
  }
  return merged as Partial<Journey>
}

/**
 * Keeps every stage (or lane) that a merged item sits in, or that holds a section people drew (a
 * section left on the board without its stage would read back as a stage of its own): the board's
 * version when the board has it (a kept removal, for `reason`), else the data's or the base's
 * (brought back, a consequence). A stage kept for both gets both reasons in one kept removal.
 */
function keepHomes<T extends { id: string; name: string }>(
  subject: 'stage' | 'lane',
  needed: readonly string[],
  reason: KeptRemovalReason,
  merged: Map<string, T>,
  board: readonly T[],
  data: readonly T[],
  base: readonly T[],
  log: MergeLog
): void {
  for (const id of new Set(needed)) {
    const kept = log.keptRemovals.find((k) => k.id === changeId(subject, id))
    if (kept !== undefined && !kept.reasons.includes(reason)) kept.reasons.push(reason)
    if (merged.has(id)) continue
    const onBoard = board.find((e) => e.id === id)
    if (onBoard !== undefined) {
      merged.set(id, onBoard)
      log.keptRemovals.push({ id: changeId(subject, id), subject, targetId: id, label: onBoard.name, place: '', reasons: [reason], marked: false })
      continue
    }
    const fallback = data.find((e) => e.id === id) ?? base.find((e) => e.id === id)
    if (fallback === undefined) throw new Error(`an item sits in ${subject} "${id}", which no journey has`)
    merged.set(id, fallback)
    log.setSource(subject, id, undefined, 'consequence')
  }
}

/** The merged order of the stages or lanes; a reorder on both sides is a conflict (`order:stages`, `order:lanes`). */
function mergeOrderWithConflict(
  subject: 'stage' | 'lane',
  board: readonly { id: string }[],
  data: readonly { id: string }[],
  base: readonly { id: string }[],
  keep: ReadonlySet<string>,
  log: MergeLog
): { order: string[]; boardWins: boolean } {
  const merged = mergeOrder({ board: board.map((e) => e.id), data: data.map((e) => e.id), base: base.map((e) => e.id), keep })
  if (merged.conflict === undefined) return merged
  const id = `order:${subject}s`
  const resolution = log.resolutionOf(id)
  const baseIds = base.map((e) => e.id).filter((x) => keep.has(x))
  log.conflicts.push({
    id,
    subject,
    targetId: '',
    kind: 'order',
    label: subject === 'stage' ? 'stages' : 'lanes',
    place: '',
    fields: [{ field: 'order', base: baseIds, board: merged.conflict.board, data: merged.conflict.data }],
    choices: ['board', 'data'],
    ...(resolution === undefined ? {} : { resolution })
  })
  return resolution === 'data' ? { order: merged.conflict.data, boardWins: false } : { order: merged.conflict.board, boardWins: true }
}

/** Only one lane may be the customer's: the first keeps it, later ones become a person's lane. */
function oneCustomerLane(lanes: readonly Lane[], log: MergeLog): Lane[] {
  let seen = false
  return lanes.map((lane) => {
    if (lane.actor !== 'customer') return lane
    if (!seen) {
      seen = true
      return lane
    }
    log.setSource('lane', lane.id, 'actor', 'consequence')
    return { ...lane, actor: 'person' }
  })
}

function requireEntity<T>(entities: ReadonlyMap<string, T>, id: string): T {
  const entity = entities.get(id)
  if (entity === undefined) throw new Error(`the merge lost "${id}"`)
  return entity
}
