import type { Item, Journey } from '../model'

/**
 * The journey's items in the order the board shows them: by stage, then by lane, then as listed (an
 * item whose stage or lane the journey lacks goes with the first). Two stable passes of bucketing by
 * lane, then by stage, since both orders are known: linear in the items, where sorting them with a
 * comparison would grow as n log n.
 */
export function itemsInBoardOrder(journey: Pick<Journey, 'stages' | 'lanes' | 'items'>): Item[] {
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]))
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]))
  const byLane = bucketed(journey.items, journey.lanes.length, (item) => laneIndex.get(item.laneId) ?? 0)
  return bucketed(byLane, journey.stages.length, (item) => stageIndex.get(item.stageId) ?? 0)
}

/** The values grouped by their index (0 to count - 1), each group in the order the values came. */
function bucketed<T>(values: readonly T[], count: number, indexOf: (value: T) => number): T[] {
  const buckets: T[][] = Array.from({ length: Math.max(1, count) }, () => [])
  for (const value of values) buckets[indexOf(value)]!.push(value)
  return buckets.flat()
}
