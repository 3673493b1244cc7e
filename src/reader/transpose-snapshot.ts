import { STICKY_SIZE } from '../layout'
import type { BoardSnapshot, SnapshotBox, SnapshotNode } from './board-snapshot'

/**
 * The board turned on its diagonal (x and y swapped), so a map whose stages run down and lanes run
 * across reads with the same rules as one drawn across. A sticky keeps being read by its top square:
 * it grows down with its text, which after the turn would be sideways.
 */
export function transposeSnapshot(snapshot: BoardSnapshot): BoardSnapshot {
  return { ...snapshot, nodes: snapshot.nodes.map(transposeNode) }
}

function transposeNode(node: SnapshotNode): SnapshotNode {
  return { ...node, box: node.type === 'STICKY' ? transposeSticky(node.box) : transposeBox(node.box), ...(node.start !== undefined ? { start: transposeEnd(node.start) } : {}), ...(node.end !== undefined ? { end: transposeEnd(node.end) } : {}) }
}

/** Turned so that its anchor (the centre of its top square, see stickyAnchor) lands where the unturned one's is. */
function transposeSticky(box: SnapshotBox): SnapshotBox {
  const top = Math.min(box.height, STICKY_SIZE)
  return { x: box.y, y: box.x + (box.width - Math.min(box.width, STICKY_SIZE)) / 2, width: top, height: box.width }
}

function transposeBox(box: SnapshotBox): SnapshotBox {
  return { x: box.y, y: box.x, width: box.height, height: box.width }
}

function transposeEnd(end: NonNullable<SnapshotNode['start']>): NonNullable<SnapshotNode['start']> {
  return 'position' in end ? { position: { x: end.position.y, y: end.position.x } } : end
}
