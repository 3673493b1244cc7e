import { centreOf } from '../../geometry/centre-of'
import type { ConnectorRecord, SceneRecord } from './node-records'
import type { SceneLookup } from './node-registry'
import { placedBox } from './placed-box'

export type ConnectorEnd = 'start' | 'end'

/**
 * Where a connector end sits on the canvas. Magnets pick the middle of a side (CENTER and NONE the
 * middle of the node); AUTO takes the side facing the other end. `{endpointNodeId, position}` is a
 * point relative to the node, 0-1 on each axis ([G] create-connector.md); a free `{position}` is a
 * canvas point. An end whose node cannot be
 * found falls back to the box a REST file gave the connector, else the page origin.
 */
export function endpointPoint(connector: ConnectorRecord, end: ConnectorEnd, lookup: SceneLookup): Vector {
  const endpoint = end === 'start' ? connector.start : connector.end
  if (!('endpointNodeId' in endpoint)) return { x: endpoint.position.x, y: endpoint.position.y }
  const target = attachable(endpoint.endpointNodeId, lookup)
  if (target === undefined) return fallbackPoint(connector, end)
  const box = placedBox(target)
  if ('position' in endpoint) return pointOnNode(box, endpoint.position)
  const center = centreOf(box)
  const magnet = endpoint.magnet === 'AUTO' ? autoMagnet(center, otherEndHint(connector, end, lookup)) : endpoint.magnet
  switch (magnet) {
    case 'TOP':
      return { x: center.x, y: box.y }
    case 'BOTTOM':
      return { x: center.x, y: box.y + box.height }
    case 'LEFT':
      return { x: box.x, y: center.y }
    case 'RIGHT':
      return { x: box.x + box.width, y: center.y }
    default:
      return center
  }
}

/** The canvas box spanned by both ends (curves and elbows are not traced). */
export function connectorBounds(connector: ConnectorRecord, lookup: SceneLookup): Rect {
  const a = endpointPoint(connector, 'start', lookup)
  const b = endpointPoint(connector, 'end', lookup)
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.abs(a.x - b.x), height: Math.abs(a.y - b.y) }
}

/** Connectors never attach to connectors, which also keeps this geometry free of cycles. */
function attachable(id: string, lookup: SceneLookup): Exclude<SceneRecord, ConnectorRecord> | undefined {
  const target = lookup(id)
  return target === undefined || target.kind === 'CONNECTOR' ? undefined : target
}

/** The other end's node centre (or free point), without resolving its magnet. */
function otherEndHint(connector: ConnectorRecord, end: ConnectorEnd, lookup: SceneLookup): Vector {
  const other = end === 'start' ? connector.end : connector.start
  if (!('endpointNodeId' in other)) return other.position
  const target = attachable(other.endpointNodeId, lookup)
  if (target === undefined) return fallbackPoint(connector, end === 'start' ? 'end' : 'start')
  return centreOf(placedBox(target))
}

function autoMagnet(center: Vector, toward: Vector): 'TOP' | 'BOTTOM' | 'LEFT' | 'RIGHT' | 'CENTER' {
  const dx = toward.x - center.x
  const dy = toward.y - center.y
  if (dx === 0 && dy === 0) return 'CENTER'
  if (Math.abs(dx) >= Math.abs(dy)) return dx > 0 ? 'RIGHT' : 'LEFT'
  return dy > 0 ? 'BOTTOM' : 'TOP'
}

function fallbackPoint(connector: ConnectorRecord, end: ConnectorEnd): Vector {
  const box = connector.importedBox
  if (box === undefined) return { x: 0, y: 0 }
  return end === 'start' ? { x: box.x, y: box.y } : { x: box.x + box.width, y: box.y + box.height }
}

/**
 * Where a position given with a node lies: relative to the node's box when both coordinates are 0-1,
 * as the Plugin API takes it ([G] create-connector.md; the facade refuses anything else). What a REST
 * file means by a position outside 0-1 on an attached end is not documented; it is taken as a page
 * point, as the renderer reads it (src/render/geometry/resolve-connector-ends.ts).
 */
function pointOnNode(box: Rect, position: Vector): Vector {
  const relative = position.x >= 0 && position.x <= 1 && position.y >= 0 && position.y <= 1
  return relative ? { x: box.x + position.x * box.width, y: box.y + position.y * box.height } : { x: position.x, y: position.y }
}
