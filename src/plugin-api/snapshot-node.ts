import { type SnapshotBox, type SnapshotEndpoint, type SnapshotNode, WIDE_STICKY_MIN_WIDTH } from '../reader/board-snapshot'
import { snapshotCap } from '../reader/snapshot-cap'
import { type PaintLike, solidPaintHex } from '../reader/solid-paint-hex'
import { readTagData } from '../plugin-data/board-tags'

/** A node without a box is not placed anywhere; a connector's box only matters for where it is drawn. */
const NO_BOX: SnapshotBox = { x: 0, y: 0, width: 0, height: 0 }

/**
 * One live node as snapshot data, reading each property once and changing nothing.
 * @returns undefined for a node that is not on the canvas (no box), as REST leaves such nodes unplaced.
 */
export function snapshotNode(node: SceneNode, parentId: string | null): SnapshotNode | undefined {
  const rect = node.absoluteBoundingBox
  const type = node.type
  if (rect === null && type !== 'CONNECTOR') return undefined
  const box = rect === null ? NO_BOX : { x: rect.x, y: rect.y, width: Math.max(0, rect.width), height: Math.max(0, rect.height) }
  const out: SnapshotNode = { id: node.id, type, name: node.name, parentId, box, data: readTagData(node) }
  switch (node.type) {
    case 'STICKY':
      return { ...out, text: node.text.characters, ...fillOf(node.fills), wide: box.width > WIDE_STICKY_MIN_WIDTH }
    case 'SHAPE_WITH_TEXT':
      return { ...out, text: node.text.characters, ...fillOf(node.fills), shapeType: node.shapeType }
    case 'TEXT':
      return { ...out, text: node.characters, ...fillOf(node.fills) }
    case 'SECTION':
      return { ...out, ...fillOf(node.fills) }
    case 'CONNECTOR': {
      const start = endpointOf(node.connectorStart)
      const end = endpointOf(node.connectorEnd)
      const stroke = solidPaintHex(paints(node.strokes))
      return {
        ...out,
        text: node.text.characters,
        ...(stroke === undefined ? {} : { stroke }),
        ...(start === undefined ? {} : { start }),
        ...(end === undefined ? {} : { end }),
        startCap: snapshotCap(node.connectorStartStrokeCap),
        endCap: snapshotCap(node.connectorEndStrokeCap)
      }
    }
    default:
      return out
  }
}

function fillOf(fills: unknown): { fill?: string } {
  const fill = solidPaintHex(paints(fills))
  return fill === undefined ? {} : { fill }
}

/** Paint lists, or undefined for `figma.mixed` (a text node with several colours). */
function paints(value: unknown): readonly PaintLike[] | undefined {
  return Array.isArray(value) ? (value as readonly PaintLike[]) : undefined
}

function endpointOf(endpoint: ConnectorEndpoint): SnapshotEndpoint | undefined {
  if ('endpointNodeId' in endpoint) return { nodeId: endpoint.endpointNodeId }
  if ('position' in endpoint) return { position: { x: endpoint.position.x, y: endpoint.position.y } }
  return undefined
}
