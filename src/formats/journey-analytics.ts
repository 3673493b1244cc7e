import { keepShape } from '../hidden-classes/keep-shape'
import { curveIdOf, type EmotionScale, type Evidence, type Flag, type Item, type Journey, journeyCurves, type Lane, type LaneKind, restsOnAssumption, type Stage } from '../model'
import { itemsInBoardOrder } from './items-in-board-order'

/** An item with where it sits, in the words of the map. */
export interface ItemRef {
  itemId: string
  text: string
  stageId: string
  stageName: string
  laneId: string
  laneName: string
  laneKind: LaneKind
  // Always written, undefined where the item has none: every reference has one shape (see itemRef).
  score: number | undefined
  flag: Flag | undefined
  owner: string | undefined
  evidence: Evidence | undefined
  votes: number | undefined
}

export interface CurveEmotion {
  curveId: string
  curveName: string
  /** Mean score of the curve's points in the stage; absent when none is scored. */
  emotion?: number
}

export interface LaneEmotion {
  laneId: string
  laneName: string
  /** Mean score of the lane's items in the stage; absent when none is scored. */
  emotion?: number
}

export interface StageAnalytics {
  stageId: string
  stageName: string
  phaseId?: string
  phaseName?: string
  /** Mean of the stage's scores on the primary curve in the emotion lanes; absent when none is scored. */
  emotion?: number
  /** The same per curve, for maps with several (as-is and to-be, one per persona). */
  emotionByCurve: CurveEmotion[]
  /** The same per emotion lane, for maps with several curves (e.g. toward the action and the brand). */
  emotionByLane: LaneEmotion[]
  scores: number
  items: number
  pains: number
  delights: number
  momentsOfTruth: number
  redFlags: number
  greenFlags: number
}

export interface LaneCount {
  laneId: string
  laneName: string
  kind: LaneKind
  items: number
}

export interface JourneyTotals {
  stages: number
  lanes: number
  items: number
  pains: number
  delights: number
  momentsOfTruth: number
  redFlags: number
  greenFlags: number
  opportunities: number
  actions: number
}

export interface JourneyAnalytics {
  emotionScale: EmotionScale
  /** The lanes whose scores make the emotion curve (see `emotionLanesOf`). */
  emotionLaneIds: string[]
  /** Scores at or above this count as high points, at or below `lowThreshold` as low points. */
  highThreshold: number
  lowThreshold: number
  stages: StageAnalytics[]
  lanes: LaneCount[]
  totals: JourneyTotals
  /** Every list below is in board order: stage, then lane, then the items' own order. */
  pains: ItemRef[]
  delights: ItemRef[]
  momentsOfTruth: ItemRef[]
  redFlags: ItemRef[]
  greenFlags: ItemRef[]
  /** Scored items of the emotion lanes at the top / bottom quarter of the scale. */
  highs: ItemRef[]
  lows: ItemRef[]
  opportunities: ItemRef[]
  /** Items at the weakest evidence level. */
  assumptions: ItemRef[]
  /** Items with votes, most votes first (board order on ties). */
  topVoted: ItemRef[]
  /** Items of the action-plan lanes, then every other item that has an owner. */
  actionPlan: ItemRef[]
  /** The stages with the highest and the lowest emotion (the first one on ties). */
  peak?: { stageId: string; emotion: number }
  valley?: { stageId: string; emotion: number }
}

/** Scores in the top quarter of the scale are high points, in the bottom quarter low points. */
const HIGH_SHARE = 0.75
const LOW_SHARE = 0.25

/**
 * The lanes whose scores make the emotion curve: the emotion lanes, or the touchpoint lanes when
 * emotion is scored per touchpoint. A map without such a lane (a swimlane or blueprint map that
 * scores the customer's row) uses every lane that holds a score.
 */
export function emotionLanesOf(journey: Journey): Lane[] {
  const kind: LaneKind = journey.emotionScale.per === 'touchpoint' ? 'touchpoints' : 'emotion'
  const ofKind = journey.lanes.filter((lane) => lane.kind === kind)
  if (ofKind.length > 0) return ofKind
  const scored = new Set(journey.items.filter((item) => item.score !== undefined).map((item) => item.laneId))
  return journey.lanes.filter((lane) => scored.has(lane.id))
}

/**
 * Each stage's mean score on each emotion curve: by stage (journey order), then by curve (see
 * `journeyCurves`); undefined where the stage holds no score on that curve. The scores are those of
 * the emotion lanes (see `emotionLanesOf`), summed in board order. This is `analyseJourney`'s
 * `emotionByCurve`, in one pass over the items and without the rest of the analytics, for the
 * Mermaid export, which needs no more.
 * @param ordered the journey's items in board order, when the caller has them already
 */
export function stageCurveEmotions(journey: Journey, ordered: readonly Item[] = itemsInBoardOrder(journey)): (number | undefined)[][] {
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]))
  const curveIndex = new Map(journeyCurves(journey).map((curve, index) => [curve.id, index]))
  const emotionLaneIds = new Set(emotionLanesOf(journey).map((lane) => lane.id))
  const curveCount = curveIndex.size
  const sums = new Float64Array(journey.stages.length * curveCount)
  const counts = new Uint32Array(sums.length)
  for (const item of ordered) {
    if (item.score === undefined || !emotionLaneIds.has(item.laneId)) continue
    const stage = stageIndex.get(item.stageId)
    const curve = curveIndex.get(curveIdOf(item, journey))
    if (stage === undefined || curve === undefined) continue
    // Added in board order from 0, as a sum of the stage's scores in that order would be.
    const at = stage * curveCount + curve
    sums[at] = sums[at]! + item.score
    counts[at] = counts[at]! + 1
  }
  const emotions: (number | undefined)[][] = []
  for (let stage = 0; stage < journey.stages.length; stage += 1) {
    const row: (number | undefined)[] = []
    for (let curve = 0; curve < curveCount; curve += 1) {
      const at = stage * curveCount + curve
      row.push(counts[at] === 0 ? undefined : sums[at]! / counts[at]!)
    }
    emotions.push(row)
  }
  return emotions
}

function hasOwner(item: Item): boolean {
  return item.owner !== undefined && item.owner.trim() !== ''
}

/**
 * An item's reference, every field written (undefined where the item has none) in one literal, so
 * every reference has one shape: fields added one by one where the item had them gave references
 * shapes of their own, which a full collection dropped when no reference lived, and with them the
 * optimised code of the report, which compiled again on the next.
 */
function itemRef(item: Item, lanes: ReadonlyMap<string, Lane>, stages: ReadonlyMap<string, Stage>): ItemRef {
  const lane = lanes.get(item.laneId)
  return {
    itemId: item.id,
    text: item.text,
    stageId: item.stageId,
    stageName: stages.get(item.stageId)?.name ?? item.stageId,
    laneId: item.laneId,
    laneName: lane?.name ?? item.laneId,
    laneKind: lane?.kind ?? 'notes',
    score: item.score,
    flag: item.flag,
    owner: item.owner,
    evidence: item.evidence,
    votes: item.votes?.count
  }
}

/** What the list tests need to know of an item and its journey. */
interface ItemFacts {
  kind: LaneKind | undefined
  /** Whether the item's score is a point of the primary curve. */
  emotionScore: boolean
  highThreshold: number
  lowThreshold: number
  journey: Journey
}

/**
 * Which items each list holds. Made once, not per call: functions made afresh on every call are
 * optimised afresh, and a big board's one long pass ran them unoptimised.
 */
const LIST_TESTS = {
  pains: (item: Item, facts: ItemFacts) => facts.kind === 'pains',
  delights: (item: Item, facts: ItemFacts) => facts.kind === 'delights',
  momentsOfTruth: (item: Item) => item.momentOfTruth,
  redFlags: (item: Item) => item.flag === 'red',
  greenFlags: (item: Item) => item.flag === 'green',
  highs: (item: Item, facts: ItemFacts) => facts.emotionScore && item.score! >= facts.highThreshold,
  lows: (item: Item, facts: ItemFacts) => facts.emotionScore && item.score! <= facts.lowThreshold,
  opportunities: (item: Item, facts: ItemFacts) => facts.kind === 'opportunities',
  assumptions: (item: Item, facts: ItemFacts) => restsOnAssumption(item, facts.journey),
  topVoted: (item: Item) => item.votes !== undefined,
  actions: (item: Item, facts: ItemFacts) => facts.kind === 'action-plan',
  owned: (item: Item, facts: ItemFacts) => facts.kind !== 'action-plan' && hasOwner(item)
}
type ListName = keyof typeof LIST_TESTS
const LIST_NAMES = Object.keys(LIST_TESTS) as ListName[]

/**
 * Entries by id, the last of an id winning as `new Map(entries.map(...))` would have it. A loop: the
 * Map built from a list of pairs, inlined into the report's optimised code, threw it out on every
 * big report for want of type feedback, and the report compiled again.
 */
function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  const map = new Map<string, T>()
  for (let i = 0; i < entries.length; i += 1) map.set(entries[i]!.id, entries[i]!)
  return map
}

/** A slot per distinct id, in order of first appearance. */
function slotsById(entries: readonly { id: string }[]): Map<string, number> {
  const slots = new Map<string, number>()
  for (const entry of entries) if (!slots.has(entry.id)) slots.set(entry.id, slots.size)
  return slots
}

/**
 * Each stage's counts and score sums, by stage slot (and emotion lane slot), added up item by item
 * in board order: a sum of a stage's scores taken in that order from 0 is the one its mean divided.
 */
class StageTally {
  readonly items: Uint32Array
  readonly pains: Uint32Array
  readonly delights: Uint32Array
  readonly momentsOfTruth: Uint32Array
  readonly redFlags: Uint32Array
  readonly greenFlags: Uint32Array
  readonly scores: Uint32Array
  private readonly scoreSums: Float64Array
  private readonly laneScores: Uint32Array
  private readonly laneSums: Float64Array

  constructor(
    stageCount: number,
    private readonly laneCount: number
  ) {
    this.items = new Uint32Array(stageCount)
    this.pains = new Uint32Array(stageCount)
    this.delights = new Uint32Array(stageCount)
    this.momentsOfTruth = new Uint32Array(stageCount)
    this.redFlags = new Uint32Array(stageCount)
    this.greenFlags = new Uint32Array(stageCount)
    this.scores = new Uint32Array(stageCount)
    this.scoreSums = new Float64Array(stageCount)
    this.laneScores = new Uint32Array(stageCount * laneCount)
    this.laneSums = new Float64Array(stageCount * laneCount)
  }

  /** Counts an item of the stage; `emotionLane` is its lane's slot when its score is an emotion score. */
  add(stage: number, item: Item, kind: LaneKind | undefined, emotionLane: number | undefined): void {
    this.items[stage]! += 1
    if (kind === 'pains') this.pains[stage]! += 1
    if (kind === 'delights') this.delights[stage]! += 1
    if (item.momentOfTruth) this.momentsOfTruth[stage]! += 1
    if (item.flag === 'red') this.redFlags[stage]! += 1
    if (item.flag === 'green') this.greenFlags[stage]! += 1
    if (emotionLane === undefined) return
    const score = item.score ?? 0
    this.scores[stage]! += 1
    this.scoreSums[stage]! += score
    const at = stage * this.laneCount + emotionLane
    this.laneScores[at]! += 1
    this.laneSums[at]! += score
  }

  /** The mean emotion score of the stage, if it has one. */
  mean(stage: number): number | undefined {
    return this.scores[stage] === 0 ? undefined : this.scoreSums[stage]! / this.scores[stage]!
  }

  /** The mean emotion score of the stage's items in one emotion lane, if they have one. */
  laneMean(stage: number, lane: number): number | undefined {
    const at = stage * this.laneCount + lane
    return this.laneScores[at] === 0 ? undefined : this.laneSums[at]! / this.laneScores[at]!
  }
}

/** What the one pass over the items reads and fills (see tallyItems). */
interface ItemPass {
  lanes: ReadonlyMap<string, Lane>
  stages: ReadonlyMap<string, Stage>
  stageSlots: ReadonlyMap<string, number>
  emotionLaneSlots: ReadonlyMap<string, number>
  tally: StageTally
  perLane: Map<string, number>
  lists: Record<ListName, ItemRef[]>
  facts: ItemFacts
  isEmotionScore: (item: Item) => boolean
}

/**
 * Every count, sum and list in one pass over the items in board order, in a function of its own:
 * as a loop in analyseJourney's body, a big board's pass had the whole report compiled in the
 * middle of the loop, before the code after it had run, and that code then threw it out again.
 */
function tallyItems(ordered: readonly Item[], pass: ItemPass): void {
  const { lanes, stages, stageSlots, emotionLaneSlots, tally, perLane, lists, facts } = pass
  for (let index = 0; index < ordered.length; index += 1) {
    const item = ordered[index]!
    perLane.set(item.laneId, (perLane.get(item.laneId) ?? 0) + 1)
    facts.kind = lanes.get(item.laneId)?.kind
    facts.emotionScore = pass.isEmotionScore(item)
    const stage = stageSlots.get(item.stageId)
    if (stage !== undefined) tally.add(stage, item, facts.kind, facts.emotionScore ? emotionLaneSlots.get(item.laneId) : undefined)
    // One reference per item, in every list that holds it, not a copy per list.
    let ref: ItemRef | undefined
    // Counted, not iterated: an iterator makes a result object per step until the loop is optimised.
    for (let i = 0; i < LIST_NAMES.length; i += 1) {
      const name = LIST_NAMES[i]!
      if (LIST_TESTS[name](item, facts)) lists[name].push((ref ??= itemRef(item, lanes, stages)))
    }
  }
}

// Every report makes one (see keepShape).
keepShape(new StageTally(0, 0))

/**
 * Counts and curves for reports and the panel: per-stage emotion, pains and delights per stage and
 * in total, moments of truth, red and green flags with their stage and lane, items per lane and
 * per stage.
 */
export function analyseJourney(journey: Journey): JourneyAnalytics {
  const lanes = byId(journey.lanes)
  const stages = byId(journey.stages)
  const phases = byId(journey.phases)

  const ordered = itemsInBoardOrder(journey)

  const { min, max } = journey.emotionScale
  const highThreshold = min + (max - min) * HIGH_SHARE
  const lowThreshold = min + (max - min) * LOW_SHARE
  const emotionLanes = emotionLanesOf(journey)
  const emotionLaneIds = new Set(emotionLanes.map((lane) => lane.id))
  const curves = journeyCurves(journey)
  const primary = curves[0]?.id
  const isCurveScore = (item: Item): item is Item & { score: number } => item.score !== undefined && emotionLaneIds.has(item.laneId)
  // The stage's emotion, highs and lows follow the primary curve: averaging as-is with to-be would describe neither.
  const isEmotionScore = (item: Item): item is Item & { score: number } => isCurveScore(item) && curveIdOf(item, journey) === primary

  // Every count, sum and list in one pass over the items in board order: a stage's and a lane's
  // items are scattered over the journey's memory, and a big board paid for each further pass
  // (eight a stage, one a list test) in cache misses more than in work. Stages and lanes are counted
  // by slot, one per distinct id, so a stage reads the items of its id as a scan for that id would.
  const stageSlots = slotsById(journey.stages)
  const emotionLaneSlots = slotsById(emotionLanes)
  const tally = new StageTally(stageSlots.size, emotionLaneSlots.size)
  const perLane = new Map<string, number>()
  const lists = Object.fromEntries(LIST_NAMES.map((name) => [name, []])) as unknown as Record<ListName, ItemRef[]>
  const facts: ItemFacts = { kind: undefined, emotionScore: false, highThreshold, lowThreshold, journey }
  tallyItems(ordered, { lanes, stages, stageSlots, emotionLaneSlots, tally, perLane, lists, facts, isEmotionScore })
  // Filled by push, not made by map: the array map returns is holey or packed depending on whether
  // its caller runs optimised, and code reading it, compiled for one kind, was thrown out of
  // optimised code on meeting the other, again and again (here and in the Mermaid export).
  const byCurve = stageCurveEmotions(journey, ordered)
  const stageAnalytics: StageAnalytics[] = []
  for (let stageIndex = 0; stageIndex < journey.stages.length; stageIndex += 1) {
    const stage = journey.stages[stageIndex]!
    const slot = stageSlots.get(stage.id)!
    const phase = stage.phaseId === undefined ? undefined : phases.get(stage.phaseId)
    const result: StageAnalytics = {
      stageId: stage.id,
      stageName: stage.name,
      emotionByLane: emotionLanes.map((lane) => {
        const laneEmotion: LaneEmotion = { laneId: lane.id, laneName: lane.name }
        const value = tally.laneMean(slot, emotionLaneSlots.get(lane.id)!)
        if (value !== undefined) laneEmotion.emotion = value
        return laneEmotion
      }),
      emotionByCurve: curves.map((curve, curveIndex) => {
        const curveEmotion: CurveEmotion = { curveId: curve.id, curveName: curve.name }
        const value = byCurve[stageIndex]?.[curveIndex]
        if (value !== undefined) curveEmotion.emotion = value
        return curveEmotion
      }),
      scores: tally.scores[slot]!,
      items: tally.items[slot]!,
      pains: tally.pains[slot]!,
      delights: tally.delights[slot]!,
      momentsOfTruth: tally.momentsOfTruth[slot]!,
      redFlags: tally.redFlags[slot]!,
      greenFlags: tally.greenFlags[slot]!
    }
    const emotion = tally.mean(slot)
    if (emotion !== undefined) result.emotion = emotion
    if (phase !== undefined) {
      result.phaseId = phase.id
      result.phaseName = phase.name
    }
    stageAnalytics.push(result)
  }

  const { actions, owned, ...listed } = lists
  const actionPlan = [...actions, ...owned]
  const result: JourneyAnalytics = {
    emotionScale: journey.emotionScale,
    emotionLaneIds: emotionLanes.map((lane) => lane.id),
    highThreshold,
    lowThreshold,
    stages: stageAnalytics,
    lanes: journey.lanes.map((lane) => ({
      laneId: lane.id,
      laneName: lane.name,
      kind: lane.kind,
      items: perLane.get(lane.id) ?? 0
    })),
    totals: {
      stages: journey.stages.length,
      lanes: journey.lanes.length,
      items: journey.items.length,
      pains: lists.pains.length,
      delights: lists.delights.length,
      momentsOfTruth: lists.momentsOfTruth.length,
      redFlags: lists.redFlags.length,
      greenFlags: lists.greenFlags.length,
      opportunities: lists.opportunities.length,
      actions: actionPlan.length
    },
    ...listed,
    topVoted: listed.topVoted.sort((a, b) => (b.votes ?? 0) - (a.votes ?? 0)),
    actionPlan
  }
  for (const stage of stageAnalytics) {
    if (stage.emotion === undefined) continue
    if (result.peak === undefined || stage.emotion > result.peak.emotion) result.peak = { stageId: stage.stageId, emotion: stage.emotion }
    if (result.valley === undefined || stage.emotion < result.valley.emotion) result.valley = { stageId: stage.stageId, emotion: stage.emotion }
  }
  return result
}
