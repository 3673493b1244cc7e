import { rotationMatrix } from '../../geometry/transform'
import { unionBoxes } from '../../geometry/union-boxes'
import type { ContainerRecord, GroupRecord, PlacedRecord, SceneRecord } from './node-records'

/**
 * Positions: a node's x/y are relative to its containing parent: the page origin is (0, 0) and a
 * section's or frame's children are placed from its top-left. A group is not a containing parent
 * [D: relativeTransform, "relative to its containing parent"]: its children are placed from the
 * section, frame or page around it, and its box is the union of theirs. Connectors are the other
 * exception (connector-geometry.ts): their box follows their ends; no container and no connector
 * end is a connector, so the boxes here never need a connector's. A turned node (a sticky, shape or
 * text) turns around its top-left (x, y) [T: rotation]; its box holds the turned corners.
 *
 * Every walk here goes up the parents or through a group's descendants in a loop, never by
 * recursion, so a board nested thousands deep costs time, not the call stack.
 */
export function containerOrigin(container: ContainerRecord | null): Vector {
  // A node on the page, as most are: no list of containers to make.
  if (container === null || container.kind === 'PAGE') return { x: 0, y: 0 }
  const chain: PlacedRecord[] = []
  for (let at: ContainerRecord | null = container; at !== null && at.kind !== 'PAGE'; at = at.parent) {
    if (at.kind !== 'GROUP') chain.push(at)
  }
  let origin = { x: 0, y: 0 }
  for (let i = chain.length - 1; i >= 0; i -= 1) origin = ownBox(chain[i] as PlacedRecord, origin)
  return origin
}

/** The page box of a node placed by its own x/y, or of a group (the union of its members'). */
export function placedBox(record: Exclude<SceneRecord, { kind: 'CONNECTOR' }>): Rect {
  return record.kind === 'GROUP' ? groupBox(record) : ownBox(record, containerOrigin(record.parent))
}

/** A node's box from the page position of its containing parent's origin (for walks that carry the origin down). */
export function ownBox(record: PlacedRecord, origin: Vector): Rect {
  const box = { x: origin.x + record.x, y: origin.y + record.y, width: record.width, height: record.height }
  return record.rotation === undefined || record.rotation === 0 ? box : rotatedBounds(box, record.rotation)
}

/**
 * The union of the boxes of a group's members, nested groups looked through. Connectors in a group
 * are left out: their ends follow the nodes they join, which are counted themselves. A group of
 * nothing but connectors sits at its containing parent's origin with no size.
 */
function groupBox(group: GroupRecord): Rect {
  const origin = containerOrigin(group.parent)
  const boxes: Rect[] = []
  const stack: SceneRecord[] = [...group.children]
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.kind === 'GROUP') stack.push(...node.children)
    else if (node.kind !== 'CONNECTOR') boxes.push(ownBox(node, origin))
  }
  return unionBoxes(boxes) ?? { x: origin.x, y: origin.y, width: 0, height: 0 }
}

/** The bounds of a box turned `degrees` counter-clockwise around its top-left corner. */
export function rotatedBounds(box: Rect, degrees: number): Rect {
  const [[a, b], [c, d]] = rotationMatrix(degrees)
  const corners = [
    [0, 0],
    [box.width, 0],
    [0, box.height],
    [box.width, box.height]
  ].map(([u = 0, v = 0]) => ({ x: box.x + a * u + b * v, y: box.y + c * u + d * v }))
  const xs = corners.map((p) => p.x)
  const ys = corners.map((p) => p.y)
  const x = Math.min(...xs)
  const y = Math.min(...ys)
  return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y }
}
