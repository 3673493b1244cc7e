import { connectorBounds } from './connector-geometry'
import { containerOrigin, placedBox } from './placed-box'
import type { SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'

export { containerOrigin }

/** A node's box on the page; a connector's box follows its ends. */
export function absoluteBox(record: SceneRecord, lookup: SceneLookup): Rect {
  return record.kind === 'CONNECTOR' ? connectorBounds(record, lookup) : placedBox(record)
}

/** x/y as the plugin reads them: relative to the containing parent (a connector's and a group's from their box). */
export function relativePosition(record: SceneRecord, lookup: SceneLookup): Vector {
  if (record.kind !== 'CONNECTOR' && record.kind !== 'GROUP') return { x: record.x, y: record.y }
  const box = absoluteBox(record, lookup)
  const origin = containerOrigin(record.parent)
  return { x: box.x - origin.x, y: box.y - origin.y }
}
