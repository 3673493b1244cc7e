import type { BoardPlan } from '../layout/board-plan'
import { LABELLED_LINKS_KEPT_CLEAR } from '../layout/layout-metrics'
import type { BlockedLink } from '../layout/route-links'
import { stickyPairKey } from '../layout/sticky-pair-key'
import type { ReadWarning } from '../reader/board-reading'
import { readWarning } from '../reader/warning-log'

/**
 * What a generate tells of the links its layout could not keep clear (none on most boards): a
 * link between two stickies that more than LABELLED_LINKS_KEPT_CLEAR labelled links join is one
 * too many for them (`links-crowded`), any other is `link-not-clear`.
 * @param nodeIdOf the id of the connector drawn for a plan key
 */
export function generateLinkWarnings(plan: BoardPlan, blocked: readonly BlockedLink[], nodeIdOf: (key: string) => string | undefined): ReadWarning[] {
  if (blocked.length === 0) return []
  const labelled = new Map<string, number>()
  const linkIds = new Map<string, string>()
  for (const node of plan.nodes) {
    if (node.kind !== 'connector' || node.tag.role !== 'link') continue
    linkIds.set(node.key, node.tag.linkId ?? node.key)
    if (node.text.trim() === '') continue
    const pair = stickyPairKey(node.start, node.end)
    labelled.set(pair, (labelled.get(pair) ?? 0) + 1)
  }
  return blocked.map((link) => {
    const crowded = (labelled.get(stickyPairKey(link.start, link.end)) ?? 0) > LABELLED_LINKS_KEPT_CLEAR
    return readWarning(nodeIdOf(link.key) ?? null, crowded ? 'links-crowded' : 'link-not-clear', { node: { kind: 'link-connector', text: linkIds.get(link.key) ?? link.key } })
  })
}
