import type { ConnectorRecord, ContainerRecord, SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'

/**
 * Positions: a node's x/y are relative to its parent; the page origin is (0, 0) and a section's
 * children are placed from its top-left. Connectors are the exception (connector-geometry.ts): their
 * box follows their ends, and neither containers nor connector ends are ever connectors, so the
 * boxes here never need a connector's. A turned node (a sticky, shape or text) turns around its
 * top-left (x, y) [T: rotation]; its box holds the turned corners.
 */
export function containerOrigin(container: ContainerRecord | null, lookup: SceneLookup): Vector {
  if (container === null || container.kind === 'PAGE') return { x: 0, y: 0 }
  const box = placedBox(container, lookup)
  return { x: box.x, y: box.y }
}

/** The page box of a node placed by its own x/y (anything but a connector). */
export function placedBox(record: Exclude<SceneRecord, ConnectorRecord>, lookup: SceneLookup): Rect {
  const origin = containerOrigin(record.parent, lookup)
  const box = { x: origin.x + record.x, y: origin.y + record.y, width: record.width, height: record.height }
  return record.rotation === undefined || record.rotation === 0 ? box : rotatedBounds(box, record.rotation)
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

/** The Plugin API's rotation matrix, whose `rotation` is `atan2(-m10, m00)` [T]. */
export function rotationMatrix(degrees: number): [[number, number], [number, number]] {
  if (degrees === 0) {
    return [
      [1, 0],
      [0, 1]
    ]
  }
  const radians = (degrees * Math.PI) / 180
  const cos = Math.cos(radians)
  const sin = Math.sin(radians)
  return [
    [cos, sin],
    [-sin, cos]
  ]
}
