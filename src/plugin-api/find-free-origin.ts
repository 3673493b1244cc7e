import type { Point } from '../layout/board-plan'

/** Space left between existing content and a new board. */
export const BOARD_CLEARANCE = 400

/**
 * Where a new board's top-left corner goes so it lands beside what is already on the page, never on
 * top of it: to the right of the union of the top-level nodes' boxes, by BOARD_CLEARANCE, level
 * with that union's top. An empty page puts the board at the origin.
 */
export function findFreeOrigin(page: PageNode): Point {
  return freeOriginBeside(page.children.map(boxOf))
}

/** `findFreeOrigin` of boxes already read (null for a node with no box), for a caller that needs the boxes too. */
export function freeOriginBeside(boxes: readonly (Rect | null)[]): Point {
  let top = Infinity
  let right = -Infinity
  for (const box of boxes) {
    if (box === null) continue
    top = Math.min(top, box.y)
    right = Math.max(right, box.x + box.width)
  }
  if (top === Infinity) return { x: 0, y: 0 }
  return { x: Math.ceil(right + BOARD_CLEARANCE), y: Math.floor(top) }
}

/** A top-level node's page box; its bounding box where the node has one (rotated nodes, connectors). */
export function boxOf(node: SceneNode): Rect | null {
  // Read once: each read asks the host.
  const box = 'absoluteBoundingBox' in node ? node.absoluteBoundingBox : null
  if (box !== null) return box
  if ('width' in node) return { x: node.x, y: node.y, width: node.width, height: node.height }
  return null
}
