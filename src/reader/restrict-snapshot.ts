import type { BoardSnapshot, SnapshotNode } from './board-snapshot'

/**
 * The part of a snapshot under one node: the node, everything inside it, and the connectors drawn
 * elsewhere (a person often draws them on the page) with an end on something inside. The node
 * becomes a top-level node (its parent is not part of what was read).
 */
export function restrictSnapshot(snapshot: BoardSnapshot, rootId: string): BoardSnapshot {
  const inside = new Set<string>([rootId])
  // Parents come before children, so one pass collects the whole subtree.
  for (const node of snapshot.nodes) {
    if (node.parentId !== null && inside.has(node.parentId)) inside.add(node.id)
  }
  const attached = (node: SnapshotNode): boolean =>
    [node.start, node.end].some((end) => end !== undefined && 'nodeId' in end && inside.has(end.nodeId))
  const nodes = snapshot.nodes
    .filter((node) => inside.has(node.id) || (node.type === 'CONNECTOR' && attached(node)))
    .map((node) => (node.id === rootId || !inside.has(node.id) ? { ...node, parentId: null } : node))
  return { ...snapshot, nodes }
}
