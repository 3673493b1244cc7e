import type { Item, Journey } from '../model'

/**
 * The journey's items in the order the board shows them: by stage, then by lane, then as listed (an
 * item whose stage or lane the journey lacks goes with the first). One stable counting sort by cell
 * (stage, then lane), since both orders are known: linear in the items, where sorting them with a
 * comparison would grow as n log n, and with no list made per cell.
 */
export function itemsInBoardOrder(journey: Pick<Journey, 'stages' | 'lanes' | 'items'>): Item[] {
  const { items } = journey
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]))
  const laneIndex = new Map(journey.lanes.map((lane, index) => [lane.id, index]))
  const laneCount = Math.max(1, journey.lanes.length)
  const cells = new Uint32Array(items.length)
  // Where each cell's items start in the result, counted first (shifted by one), then summed up.
  const starts = new Uint32Array(Math.max(1, journey.stages.length) * laneCount + 1)
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i]!
    const cell = (stageIndex.get(item.stageId) ?? 0) * laneCount + (laneIndex.get(item.laneId) ?? 0)
    cells[i] = cell
    starts[cell + 1] = starts[cell + 1]! + 1
  }
  for (let cell = 1; cell < starts.length; cell += 1) starts[cell] = starts[cell]! + starts[cell - 1]!
  // A copy to write over: a list of items from the start (not a list of holes), so code reading it
  // is compiled for one kind of list.
  const ordered = items.slice()
  for (let i = 0; i < items.length; i += 1) {
    const cell = cells[i]!
    ordered[starts[cell]!] = items[i]!
    starts[cell] = starts[cell]! + 1
  }
  return ordered
}
