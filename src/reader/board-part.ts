import type { BoardSnapshot, SnapshotEndpoint, SnapshotNode } from './board-snapshot'
import type { SnapshotIndex } from './snapshot-index'

/**
 * The part of a snapshot that reading one board can reach: the board's section and members, every
 * node inside them, the parents each names (followed up to the top, or round a loop in a broken
 * file), and the connectors with an end on a member. An index of this part answers every question
 * a reading asks about those nodes as an index of the whole snapshot does (the same parents,
 * children in the same order, the same loops, the same first node for a repeated id), so a board
 * read a second way (turned) need not turn the rest of the page: a page of 5,000 separate stickies
 * holds 5,000 boards of one sticky each. Nodes keep their order in the snapshot.
 */
export function boardPart(index: SnapshotIndex, section: SnapshotNode | null, members: readonly SnapshotNode[]): BoardSnapshot {
  const inPart = new Set<string>()
  const inside: SnapshotNode[] = []
  const take = (node: SnapshotNode): void => {
    if (inPart.has(node.id)) return
    inPart.add(node.id)
    inside.push(node)
  }
  if (section !== null) take(section)
  // Indexed loops throughout: this runs for each board read, and a loop not optimised makes an
  // iterator result per node.
  for (let m = 0; m < members.length; m += 1) take(members[m]!)
  // Everything inside what was taken, and the connectors joined to a member.
  for (let i = 0; i < inside.length; i += 1) {
    const children = index.childrenOf(inside[i]!)
    for (let c = 0; c < children.length; c += 1) take(children[c]!)
  }
  const memberIds = new Set(members.map((node) => node.id))
  const joined = (end: SnapshotEndpoint | undefined): boolean => end !== undefined && 'nodeId' in end && memberIds.has(end.nodeId)
  const connectors = index.connectors()
  for (let i = 0; i < connectors.length; i += 1) {
    const node = connectors[i]!
    if (joined(node.start) || joined(node.end)) take(node)
  }
  // The parents every node names, as written: a loop's nodes all come in, so the part's index finds the same loops.
  // Over the nodes taken so far (parents taken here are followed by the walk that takes them).
  const taken = inside.length
  for (let i = 0; i < taken; i += 1) {
    for (let parentId = inside[i]!.parentId; parentId !== null && !inPart.has(parentId); ) {
      const parent = index.get(parentId)
      if (parent === undefined) break
      take(parent)
      parentId = parent.parentId
    }
  }
  // A repeated id (a hand-edited file) is in the snapshot more than once, each copy in the part.
  if (index.nodes.length !== index.all().length) return { nodes: index.nodes.filter((node) => inPart.has(node.id)) }
  // Every id once: the part in snapshot order without going over the rest of the page, which reading every board of it would do once per board.
  const order = new Int32Array(inside.length)
  for (let i = 0; i < inside.length; i += 1) order[i] = index.orderOf(inside[i]!)
  order.sort()
  const nodes: SnapshotNode[] = []
  for (let i = 0; i < order.length; i += 1) nodes.push(index.nodes[order[i]!]!)
  return { nodes }
}
