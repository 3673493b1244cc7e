import { connectorBounds } from './connector-geometry'
import { containerOrigin, placedBox } from './placed-box'
import type { SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'

export { containerOrigin }

/** A node's box on the page; a connector's box follows its ends. */
export function absoluteBox(record: SceneRecord, lookup: SceneLookup): Rect {
  return record.kind === 'CONNECTOR' ? connectorBounds(record, lookup) : placedBox(record, lookup)
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
