import { formatProblems, type Journey } from '../model'
import { fitTextLimits } from './fit-text-limits'
import { IdAllocator } from './id-allocator'
import type { WarningLog } from './warning-log'

/**
 * The read journey made valid: at least one stage and lane, unique ids, references that resolve,
 * scores on the scale, one customer lane. The readers already keep to these rules; this is the last
 * line, so that whatever the board holds, the journey passes validateJourney. A journey that still
 * fails after it is a bug in the reader, and throws.
 */
export function finalizeJourney(draft: Journey, log: WarningLog, boardNodeId: string | null): Journey {
  const journey: Journey = { ...draft }
  if (journey.title.trim() === '') journey.title = 'Untitled journey'
  if (journey.stages.length === 0) {
    log.add(boardNodeId, 'no-stage')
    journey.stages = [{ id: 'stage-1', name: 'Stage 1', description: '' }]
  }
  if (journey.lanes.length === 0) journey.lanes = [{ id: 'notes', name: 'Notes', kind: 'notes' }]

  journey.stages = uniqueIds(journey.stages)
  journey.lanes = uniqueIds(journey.lanes)
  journey.activityTypes = uniqueIds(journey.activityTypes)
  const stageIds = new Set(journey.stages.map((s) => s.id))
  const laneIds = new Set(journey.lanes.map((l) => l.id))
  const activityIds = new Set(journey.activityTypes.map((a) => a.id))
  const phaseIds = new Set(journey.phases.map((p) => p.id))
  journey.stages = journey.stages.map((stage) => {
    if (stage.phaseId === undefined || phaseIds.has(stage.phaseId)) return stage
    const { phaseId: _gone, ...rest } = stage
    return rest
  })

  let customer = false
  journey.lanes = journey.lanes.map((lane) => {
    if (lane.actor !== 'customer') return lane
    if (!customer) {
      customer = true
      return lane
    }
    return { ...lane, actor: 'person' }
  })

  const { min, max } = journey.emotionScale
  journey.items = uniqueIds(journey.items.filter((item) => stageIds.has(item.stageId) && laneIds.has(item.laneId))).map((item) => {
    const next = { ...item }
    if (next.activityTypeId !== undefined && !activityIds.has(next.activityTypeId)) delete next.activityTypeId
    if (next.score !== undefined) next.score = Math.min(max, Math.max(min, next.score))
    return next
  })
  const itemIds = new Set(journey.items.map((i) => i.id))
  journey.links = uniqueIds(journey.links.filter((link) => itemIds.has(link.from) && itemIds.has(link.to) && link.from !== link.to))
  journey.blueprintLines = journey.blueprintLines.filter((line) => laneIds.has(line.afterLaneId))
  if (journey.personaId !== undefined && !journey.personas.some((p) => p.id === journey.personaId)) delete journey.personaId

  const checked = fitTextLimits(journey, log, boardNodeId)
  if (!checked.ok) throw new Error(`the reader built an invalid journey:\n${formatProblems(checked.problems)}`)
  return checked.value
}

/** Entries with their ids made unique, keeping the first of each id as it is. */
function uniqueIds<T extends { id: string }>(entries: readonly T[]): T[] {
  const ids = new IdAllocator()
  return entries.map((entry) => {
    const id = ids.allocate(entry.id)
    return id === entry.id ? entry : { ...entry, id }
  })
}
