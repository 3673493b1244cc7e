import { connectorBounds } from './connector-geometry'
import type { ContainerRecord, SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'

/**
 * Positions: a node's x/y are relative to its parent; the page origin is (0, 0) and a section's
 * children are placed from its top-left. Connectors are the exception: their box follows their ends.
 * Rotation is not emulated, so every transform is a pure translation.
 */
export function containerOrigin(container: ContainerRecord | null, lookup: SceneLookup): Vector {
  if (container === null || container.kind === 'PAGE') return { x: 0, y: 0 }
  const box = absoluteBox(container, lookup)
  return { x: box.x, y: box.y }
}

export function absoluteBox(record: SceneRecord, lookup: SceneLookup): Rect {
  if (record.kind === 'CONNECTOR') return connectorBounds(record, lookup)
  const origin = containerOrigin(record.parent, lookup)
  return { x: origin.x + record.x, y: origin.y + record.y, width: record.width, height: record.height }
}

/** x/y as the plugin reads them: relative to the parent. */
export function relativePosition(record: SceneRecord, lookup: SceneLookup): Vector {
  if (record.kind !== 'CONNECTOR') return { x: record.x, y: record.y }
  const box = connectorBounds(record, lookup)
  const origin = containerOrigin(record.parent, lookup)
  return { x: box.x - origin.x, y: box.y - origin.y }
}

export function translation(x: number, y: number): Transform {
  return [
    [1, 0, x],
    [0, 1, y]
  ]
}
