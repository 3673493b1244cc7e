import { centreOf, type PathEnd, SIDE_DIRECTIONS, type Side, sideAnchor } from '../../geometry'
import type { Box, Point } from '../display-list'
import type { RestConnectorEndpoint } from '../rest/rest-file-schema'

/** Where a connector meets a node or the canvas, and which way the line leaves from there. */
export type ConnectorAnchor = PathEnd

export type ResolvedEnds =
  | { ok: true; start: ConnectorAnchor; end: ConnectorAnchor }
  | { ok: false; end: 'start' | 'end'; nodeId: string }

/** A point closer than this to a side counts as on it. */
const ON_SIDE_TOLERANCE = 0.5

type Target =
  | { kind: 'point'; point: Point; direction?: Point }
  | { kind: 'auto'; box: Box }
  | { kind: 'missing'; nodeId: string }

/** The side of a point lying on the box outline, if it does. */
function sideOf(box: Box, p: Point): Side | undefined {
  const distances: [Side, number][] = [
    ['TOP', Math.abs(p.y - box.y)],
    ['BOTTOM', Math.abs(p.y - (box.y + box.height))],
    ['LEFT', Math.abs(p.x - box.x)],
    ['RIGHT', Math.abs(p.x - (box.x + box.width))]
  ]
  distances.sort((a, b) => a[1] - b[1])
  const nearest = distances[0]
  return nearest !== undefined && nearest[1] <= ON_SIDE_TOLERANCE ? nearest[0] : undefined
}

/**
 * A position given with a node is a fraction of the node's box when both coordinates are 0–1
 * (what the Plugin API writes), otherwise a page point.
 */
function positionOnNode(box: Box, position: Point): ConnectorAnchor {
  const fractional = position.x >= 0 && position.x <= 1 && position.y >= 0 && position.y <= 1
  const point = fractional ? { x: box.x + position.x * box.width, y: box.y + position.y * box.height } : position
  const side = sideOf(box, point)
  return side === undefined ? { point } : { point, direction: SIDE_DIRECTIONS[side] }
}

function toTarget(endpoint: RestConnectorEndpoint, boxOf: (id: string) => Box | undefined): Target {
  const position = endpoint.position === undefined ? undefined : { x: endpoint.position.x, y: endpoint.position.y }
  if (endpoint.endpointNodeId === undefined) return { kind: 'point', point: position ?? { x: 0, y: 0 } }
  const box = boxOf(endpoint.endpointNodeId)
  if (box === undefined) {
    return position === undefined ? { kind: 'missing', nodeId: endpoint.endpointNodeId } : { kind: 'point', point: position }
  }
  if (position !== undefined) return { kind: 'point', ...positionOnNode(box, position) }
  switch (endpoint.magnet) {
    case 'TOP':
    case 'BOTTOM':
    case 'LEFT':
    case 'RIGHT':
      return { kind: 'point', ...sideAnchor(box, endpoint.magnet) }
    case 'CENTER':
      return { kind: 'point', point: centreOf(box) }
    default:
      // AUTO, absent, and magnets this renderer does not know all mean "FigJam picks the side".
      return { kind: 'auto', box }
  }
}

/**
 * The side of `box` that faces `other`: along the axis with the wider gap between them, so two
 * boxes side by side join left-right and stacked boxes join top-bottom.
 */
function facingSide(box: Box, other: Box): Side {
  const gapX = Math.max(other.x - (box.x + box.width), box.x - (other.x + other.width))
  const gapY = Math.max(other.y - (box.y + box.height), box.y - (other.y + other.height))
  const from = centreOf(box)
  const to = centreOf(other)
  if (gapX >= gapY) return to.x >= from.x ? 'RIGHT' : 'LEFT'
  return to.y >= from.y ? 'BOTTOM' : 'TOP'
}

function referenceBox(target: Target): Box {
  if (target.kind === 'auto') return target.box
  if (target.kind === 'point') return { x: target.point.x, y: target.point.y, width: 0, height: 0 }
  return { x: 0, y: 0, width: 0, height: 0 }
}

function anchorOf(target: Target, other: Target): ConnectorAnchor {
  if (target.kind === 'auto') return sideAnchor(target.box, facingSide(target.box, referenceBox(other)))
  if (target.kind === 'point') return target.direction === undefined ? { point: target.point } : { point: target.point, direction: target.direction }
  return { point: { x: 0, y: 0 } }
}

/**
 * Resolves both ends of a connector to page points. Ends attached to a node use the named magnet
 * side or, for AUTO, the side facing the other end; free ends use their absolute position.
 * @returns the anchors, else which end names a node that `boxOf` does not know.
 */
export function resolveConnectorEnds(
  start: RestConnectorEndpoint,
  end: RestConnectorEndpoint,
  boxOf: (id: string) => Box | undefined
): ResolvedEnds {
  const startTarget = toTarget(start, boxOf)
  const endTarget = toTarget(end, boxOf)
  if (startTarget.kind === 'missing') return { ok: false, end: 'start', nodeId: startTarget.nodeId }
  if (endTarget.kind === 'missing') return { ok: false, end: 'end', nodeId: endTarget.nodeId }
  return { ok: true, start: anchorOf(startTarget, endTarget), end: anchorOf(endTarget, startTarget) }
}
