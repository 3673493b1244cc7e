import { RankHeap } from './rank-heap'

/**
 * Orders lanes so that, within every stage, they keep the order they have in the rows: a stable
 * topological sort of the "comes before" pairs, ties broken by first appearance. Rows written
 * stage by stage in board order (as `journeyToCsv` writes them) give back the board's lane order
 * for every pair of lanes that share a stage. Linear in lanes and rows but for a heap's log.
 */
export function orderCsvLanes(laneIds: readonly string[], rowsByStage: readonly (readonly string[])[]): string[] {
  const rank = new Map(laneIds.map((id, index) => [id, index]))
  const after = new Map<string, Set<string>>(laneIds.map((id) => [id, new Set<string>()]))
  for (const sequence of rowsByStage) {
    for (let i = 1; i < sequence.length; i += 1) {
      const a = sequence[i - 1]
      const b = sequence[i]
      if (a !== undefined && b !== undefined && a !== b) after.get(a)?.add(b)
    }
  }
  const incoming = new Map(laneIds.map((id) => [id, 0]))
  for (const targets of after.values()) for (const b of targets) incoming.set(b, (incoming.get(b) ?? 0) + 1)
  const ready = new RankHeap()
  for (const id of laneIds) if (incoming.get(id) === 0) ready.push(rank.get(id) ?? 0)
  const placed = new Set<string>()
  const order: string[] = []
  let firstUnplaced = 0
  while (order.length < laneIds.length) {
    let next = ready.pop()
    while (next !== undefined && placed.has(laneIds[next] ?? '')) next = ready.pop()
    if (next === undefined) {
      // A cycle (rows that contradict each other) is broken at the lane that appeared first.
      while (placed.has(laneIds[firstUnplaced] ?? '')) firstUnplaced += 1
      next = firstUnplaced
    }
    const id = laneIds[next]
    if (id === undefined) break
    placed.add(id)
    order.push(id)
    for (const b of after.get(id) ?? []) {
      const left = (incoming.get(b) ?? 0) - 1
      incoming.set(b, left)
      if (left === 0 && !placed.has(b)) ready.push(rank.get(b) ?? 0)
    }
  }
  return order
}
