import type { ConnectorRecord, ContainerRecord, SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'

/**
 * Positions: a node's x/y are relative to its parent; the page origin is (0, 0) and a section's
 * children are placed from its top-left. Connectors are the exception (connector-geometry.ts): their
 * box follows their ends, and neither containers nor connector ends are ever connectors, so the
 * boxes here never need a connector's. Rotation is not emulated, so every transform is a pure
 * translation.
 */
export function containerOrigin(container: ContainerRecord | null, lookup: SceneLookup): Vector {
  if (container === null || container.kind === 'PAGE') return { x: 0, y: 0 }
  const box = placedBox(container, lookup)
  return { x: box.x, y: box.y }
}

/** The page box of a node placed by its own x/y (anything but a connector). */
export function placedBox(record: Exclude<SceneRecord, ConnectorRecord>, lookup: SceneLookup): Rect {
  const origin = containerOrigin(record.parent, lookup)
  return { x: origin.x + record.x, y: origin.y + record.y, width: record.width, height: record.height }
}
