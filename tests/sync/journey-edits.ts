import fc from 'fast-check'

import { ChannelSchema, type Item, type Journey, type LaneKind, LaneKindSchema, LinkKindSchema, validateJourney } from '../../src/model'

/**
 * Random edits to a journey's data, the way a new version of the data differs from the old one:
 * stages and lanes added, removed, renamed and reordered; items added, removed, changed (text,
 * score, flag, moment of truth, activity type, channel) and moved; links added and removed; the
 * title and scenario changed. Applied in order to a journey, they give another valid journey that
 * shares its ids; indices wrap around what is there, so any list applies to any journey.
 */

export type ItemChange =
  | { field: 'text'; text: string }
  | { field: 'score'; fraction: number | undefined }
  | { field: 'flag'; flag: 'red' | 'green' | undefined }
  | { field: 'momentOfTruth' }
  | { field: 'activity'; index: number | undefined }
  | { field: 'channel'; channel: Item['channel'] }

export type DataEdit =
  | { op: 'add-stage'; at: number; name: string }
  | { op: 'remove-stage'; index: number }
  | { op: 'rename-stage'; index: number; name: string }
  | { op: 'move-stage'; from: number; to: number }
  | { op: 'add-lane'; at: number; name: string; kind: LaneKind }
  | { op: 'remove-lane'; index: number }
  | { op: 'rename-lane'; index: number; name: string }
  | { op: 'move-lane'; from: number; to: number }
  | { op: 'add-item'; stage: number; lane: number; text: string }
  | { op: 'remove-item'; index: number }
  | { op: 'change-item'; index: number; change: ItemChange }
  | { op: 'move-item'; index: number; stage: number; lane: number }
  | { op: 'add-link'; from: number; step: number }
  | { op: 'remove-link'; index: number }
  | { op: 'title'; title: string }
  | { op: 'scenario'; scenario: string }

const WORDS = ['queue', 'car', 'desk', 'keys', 'app', 'fee', 'map', 'Ærø', 'wait', 'phone']
const name = fc.array(fc.constantFrom(...WORDS), { minLength: 1, maxLength: 3 }).map((words) => words.join(' '))
const text = fc.array(fc.constantFrom(...WORDS), { minLength: 0, maxLength: 12 }).map((words) => words.join(' '))
/** Lanes the data adds are never actor lanes, so the customer lane stays unique without help. */
const laneKind = fc.constantFrom(...LaneKindSchema.options.filter((kind) => kind !== 'actor'))

const itemChange: fc.Arbitrary<ItemChange> = fc.oneof(
  fc.record({ field: fc.constant('text' as const), text }),
  fc.record({ field: fc.constant('score' as const), fraction: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }) }),
  fc.record({ field: fc.constant('flag' as const), flag: fc.constantFrom('red' as const, 'green' as const, undefined) }),
  fc.record({ field: fc.constant('momentOfTruth' as const) }),
  fc.record({ field: fc.constant('activity' as const), index: fc.option(fc.nat(), { nil: undefined }) }),
  fc.record({ field: fc.constant('channel' as const), channel: fc.constantFrom(...ChannelSchema.options, undefined) })
)

export const dataEditArbitrary: fc.Arbitrary<DataEdit> = fc.oneof(
  fc.record({ op: fc.constant('add-stage' as const), at: fc.nat(), name }),
  fc.record({ op: fc.constant('remove-stage' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('rename-stage' as const), index: fc.nat(), name }),
  fc.record({ op: fc.constant('move-stage' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('add-lane' as const), at: fc.nat(), name, kind: laneKind }),
  fc.record({ op: fc.constant('remove-lane' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('rename-lane' as const), index: fc.nat(), name }),
  fc.record({ op: fc.constant('move-lane' as const), from: fc.nat(), to: fc.nat() }),
  fc.record({ op: fc.constant('add-item' as const), stage: fc.nat(), lane: fc.nat(), text }),
  fc.record({ op: fc.constant('remove-item' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('change-item' as const), index: fc.nat(), change: itemChange }),
  fc.record({ op: fc.constant('move-item' as const), index: fc.nat(), stage: fc.nat(), lane: fc.nat() }),
  fc.record({ op: fc.constant('add-link' as const), from: fc.nat(), step: fc.nat() }),
  fc.record({ op: fc.constant('remove-link' as const), index: fc.nat() }),
  fc.record({ op: fc.constant('title' as const), title: name }),
  fc.record({ op: fc.constant('scenario' as const), scenario: text })
)

export function dataEditsArbitrary(maxLength = 6): fc.Arbitrary<DataEdit[]> {
  return fc.array(dataEditArbitrary, { minLength: 1, maxLength })
}

/** The journey after the edits, validated (an invalid result is a bug in this fixture, and throws). */
export function applyDataEdits(journey: Journey, edits: readonly DataEdit[]): Journey {
  let j: Journey = structuredClone(journey)
  let added = 0
  const fresh = (prefix: string): string => `${prefix}-new-${(added += 1)}`
  const at = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length])
  const dropItems = (keep: (item: Item) => boolean): void => {
    const gone = new Set(j.items.filter((item) => !keep(item)).map((item) => item.id))
    j.items = j.items.filter(keep)
    j.links = j.links.filter((link) => !gone.has(link.from) && !gone.has(link.to))
    j.items = j.items.map((item) =>
      item.evidence === undefined ? item : { ...item, evidence: { ...item.evidence, itemIds: item.evidence.itemIds.filter((id) => !gone.has(id)) } }
    )
  }
  const move = <T>(list: T[], from: number, to: number): T[] => {
    const next = [...list]
    const [moved] = next.splice(from % next.length, 1)
    if (moved !== undefined) next.splice(to % (next.length + 1), 0, moved)
    return next
  }

  for (const edit of edits) {
    switch (edit.op) {
      case 'add-stage':
        j.stages.splice(edit.at % (j.stages.length + 1), 0, { id: fresh('stage'), name: edit.name, description: '' })
        break
      case 'remove-stage': {
        const stage = at(j.stages, edit.index)
        if (stage === undefined || j.stages.length < 2) break
        j.stages = j.stages.filter((s) => s.id !== stage.id)
        dropItems((item) => item.stageId !== stage.id)
        break
      }
      case 'rename-stage': {
        const stage = at(j.stages, edit.index)
        if (stage !== undefined) stage.name = edit.name
        break
      }
      case 'move-stage':
        j.stages = move(j.stages, edit.from, edit.to)
        break
      case 'add-lane':
        j.lanes.splice(edit.at % (j.lanes.length + 1), 0, { id: fresh('lane'), name: edit.name, kind: edit.kind })
        break
      case 'remove-lane': {
        const lane = at(j.lanes, edit.index)
        if (lane === undefined || j.lanes.length < 2) break
        j.lanes = j.lanes.filter((l) => l.id !== lane.id)
        j.blueprintLines = j.blueprintLines.filter((line) => line.afterLaneId !== lane.id)
        dropItems((item) => item.laneId !== lane.id)
        break
      }
      case 'rename-lane': {
        const lane = at(j.lanes, edit.index)
        if (lane !== undefined) lane.name = edit.name
        break
      }
      case 'move-lane':
        j.lanes = move(j.lanes, edit.from, edit.to)
        break
      case 'add-item': {
        const stage = at(j.stages, edit.stage)
        const lane = at(j.lanes, edit.lane)
        if (stage !== undefined && lane !== undefined) j.items.push({ id: fresh('item'), stageId: stage.id, laneId: lane.id, text: edit.text, momentOfTruth: false })
        break
      }
      case 'remove-item': {
        const item = at(j.items, edit.index)
        if (item !== undefined) dropItems((i) => i.id !== item.id)
        break
      }
      case 'change-item': {
        const item = at(j.items, edit.index)
        if (item !== undefined) changeItem(j, item, edit.change)
        break
      }
      case 'move-item': {
        const item = at(j.items, edit.index)
        const stage = at(j.stages, edit.stage)
        const lane = at(j.lanes, edit.lane)
        if (item !== undefined && stage !== undefined && lane !== undefined) {
          item.stageId = stage.id
          item.laneId = lane.id
        }
        break
      }
      case 'add-link': {
        if (j.items.length < 2) break
        const from = edit.from % j.items.length
        const to = (from + 1 + (edit.step % (j.items.length - 1))) % j.items.length
        j.links.push({ id: fresh('link'), from: j.items[from]!.id, to: j.items[to]!.id, kind: LinkKindSchema.options[edit.step % 4]!, label: '' })
        break
      }
      case 'remove-link': {
        const link = at(j.links, edit.index)
        if (link !== undefined) j.links = j.links.filter((l) => l.id !== link.id)
        break
      }
      case 'title':
        j.title = edit.title
        break
      case 'scenario':
        j.scenario = edit.scenario
        break
    }
  }
  const checked = validateJourney(j)
  if (!checked.ok) throw new Error(`applyDataEdits built an invalid journey: ${JSON.stringify(checked.problems)}`)
  j = checked.value
  return j
}

function changeItem(j: Journey, item: Item, change: ItemChange): void {
  const set = <K extends keyof Item>(key: K, value: Item[K] | undefined): void => {
    if (value === undefined) delete item[key]
    else item[key] = value
  }
  switch (change.field) {
    case 'text':
      item.text = change.text
      break
    case 'score': {
      const { min, max } = j.emotionScale
      // Whole points, so a score survives being read back from where its point is drawn.
      set('score', change.fraction === undefined ? undefined : Math.round(min + change.fraction * (max - min)) + 0)
      break
    }
    case 'flag':
      set('flag', change.flag)
      break
    case 'momentOfTruth':
      item.momentOfTruth = !item.momentOfTruth
      break
    case 'activity':
      set('activityTypeId', change.index === undefined || j.activityTypes.length === 0 ? undefined : j.activityTypes[change.index % j.activityTypes.length]!.id)
      break
    case 'channel':
      set('channel', change.channel)
      break
  }
}
