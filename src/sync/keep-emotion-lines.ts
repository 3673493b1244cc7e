import type { PlanNode } from '../layout/board-plan'
import type { SyncState } from './read-sync-state'

/** The role of an emotion curve's segment, keyed by the two points it joins. */
const EMOTION_LINE = 'emotion-line'

/**
 * Which of the board's emotion curve segments draws each new segment of the plan: the update
 * rewrites a segment's ends in place rather than removing it and making another.
 *
 * A segment's key names both points it joins (`emotion-line:a:b`), so when an item moves to another
 * stage its curve's order changes and no new segment has the key of an old one: before a, x, b and
 * c, d; after a, b and c, x, d. Every new segment starts where an old one started (a→x becomes a→b,
 * x→b becomes x→d, c→d becomes c→x), so an old segment is kept for the new one that starts at the
 * same point, else ends at the same point, else for any new segment left (its two ends rewritten).
 * Only the segments left over after that go. A segment's look follows from its role and its curve's
 * colour, which the writer compares anyway; its ends are written where they differ (FigJam documents
 * `connectorStart` and `connectorEnd` as writable [T]).
 * Pure.
 * @param unbound the plan's nodes no node on the board has the key of, in plan order
 * @param kept ids of the board's nodes already drawing a plan node
 * @returns plan key → id of the board's segment that draws it now
 */
export function keepEmotionLines(unbound: readonly PlanNode[], state: Pick<SyncState, 'nodeOfKey' | 'adopted' | 'tagOf'>, kept: Pick<ReadonlySet<string>, 'has'>): Map<string, string> {
  const wanted = unbound.filter((node) => node.kind === 'connector' && node.tag.role === EMOTION_LINE)
  const found = new Map<string, string>()
  if (wanted.length === 0) return found
  const left: { id: string; from: string | undefined; to: string | undefined }[] = []
  for (const node of state.nodeOfKey.values()) {
    if (node.type !== 'CONNECTOR' || kept.has(node.id) || state.adopted.has(node.id)) continue
    const tag = state.tagOf(node)
    if (tag?.role === EMOTION_LINE) left.push({ id: node.id, from: tag.itemId, to: tag.toItemId })
  }
  if (left.length === 0) return found
  const taken = new Set<string>()
  const byEnd = (end: 'from' | 'to'): Map<string, string[]> => {
    const ids = new Map<string, string[]>()
    for (const line of left) {
      const item = line[end]
      if (item === undefined) continue
      const list = ids.get(item)
      if (list === undefined) ids.set(item, [line.id])
      else list.push(line.id)
    }
    return ids
  }
  const take = (ids: readonly string[] | undefined): string | undefined => ids?.find((id) => !taken.has(id))
  const pass = (pick: (node: PlanNode) => string | undefined): void => {
    for (const node of wanted) {
      if (found.has(node.key)) continue
      const id = pick(node)
      if (id === undefined) continue
      taken.add(id)
      found.set(node.key, id)
    }
  }
  const starting = byEnd('from')
  const ending = byEnd('to')
  pass((node) => (node.tag.itemId === undefined ? undefined : take(starting.get(node.tag.itemId))))
  pass((node) => (node.tag.toItemId === undefined ? undefined : take(ending.get(node.tag.toItemId))))
  // Any segment left, in turn: one cursor over the list rather than a search from its start each time.
  let next = 0
  pass(() => {
    while (next < left.length && taken.has(left[next]!.id)) next += 1
    return left[next]?.id
  })
  return found
}
