import type { RestConnectorNode, RestFile, RestSceneNode } from '../../src/emulator'
import { ASSUMED_LABEL_POSITION, type Box, boxesOverlap, convexPolygonOverlapsBox, elbowPath, hullOfBoxes, type PathEnd, type Point, pointAlong, polylineCrossesBox, type Side, sideAnchor } from '../../src/geometry'
import { linkLabelBox } from '../../src/layout'
import { boxOf, restEntries, tagOf } from './rest-board'

type RestEndpoint = RestConnectorNode['connectorStart']

const SIDE_MAGNETS = new Set<string>(['TOP', 'BOTTOM', 'LEFT', 'RIGHT'])

export interface DrawnConnector {
  node: RestConnectorNode
  /** The line as our model of FigJam draws it, from the ends and magnets the file stores. */
  path: Point[]
  /** The label's box halfway along the line; undefined without a label. */
  label: Box | undefined
  /**
   * Where a line FigJam documents no route for may run (a curve; a straight line between magnets
   * other than CENTER): anywhere between its two nodes, their convex hull. Its `path` joins their
   * centres, where its label is taken to sit.
   */
  region?: Point[]
  ends: [string | undefined, string | undefined]
}

const label = (node: RestSceneNode): string => `${node.type} ${node.id} (${tagOf(node)?.key ?? 'untagged'})`

function center(box: Box): Point {
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 }
}

/** Where an end meets its node, from what the file stores (an AUTO magnet leaves the side to FigJam: no route can be known). */
function pathEnd(end: RestEndpoint, boxes: ReadonlyMap<string, Box>): PathEnd | string {
  const position = 'position' in end ? end.position : undefined
  if (end.endpointNodeId === undefined) return { point: position ?? { x: 0, y: 0 } }
  const box = boxes.get(end.endpointNodeId)
  if (box === undefined) return `an end on node ${end.endpointNodeId}, which is not on the page`
  if (position !== undefined) return { point: { x: box.x + position.x, y: box.y + position.y } }
  const magnet = ('magnet' in end ? end.magnet : undefined) ?? 'AUTO'
  if (SIDE_MAGNETS.has(magnet)) return sideAnchor(box, magnet as Side)
  if (magnet === 'CENTER') return { point: center(box) }
  return `an end on the ${magnet} magnet, which leaves its route to FigJam`
}

/** The region a curved line, or a straight one not between CENTER magnets, may take between the two nodes it joins; undefined for other lines. */
function unmodelledRegion(node: RestConnectorNode, boxes: ReadonlyMap<string, Box>): { path: Point[]; region: Point[] } | undefined {
  const type = node.connectorLineType
  const centreMagnet = (end: RestEndpoint): boolean => 'magnet' in end && end.magnet === 'CENTER'
  if (type !== 'CURVED' && !(type === 'STRAIGHT' && !(centreMagnet(node.connectorStart) && centreMagnet(node.connectorEnd)))) return undefined
  const start = boxes.get(node.connectorStart.endpointNodeId ?? '')
  const end = boxes.get(node.connectorEnd.endpointNodeId ?? '')
  if (start === undefined || end === undefined) return undefined
  return { path: [center(start), center(end)], region: hullOfBoxes(start, end) }
}

/** Every connector of a REST file's board with its modelled line and label. */
export function drawnConnectors(file: RestFile, boardId: string): { connectors: DrawnConnector[]; problems: string[]; nodes: RestSceneNode[] } {
  const all = restEntries(file)
  const inBoard = new Set<string>([boardId])
  for (const entry of all) if (entry.parent !== null && inBoard.has(entry.parent.id)) inBoard.add(entry.node.id)
  const nodes = all.filter((e) => inBoard.has(e.node.id)).map((e) => e.node)
  const boxes = new Map(nodes.filter((n) => n.type !== 'CONNECTOR').map((n) => [n.id, boxOf(n)]))
  const attached = (end: RestEndpoint): boolean => end.endpointNodeId !== undefined && boxes.has(end.endpointNodeId)
  const problems: string[] = []
  const connectors: DrawnConnector[] = []
  // The board's connectors, and any on the page that people drew between its nodes.
  for (const entry of all) {
    if (entry.node.type !== 'CONNECTOR') continue
    const node = entry.node as RestConnectorNode
    if (!(inBoard.has(node.id) || attached(node.connectorStart) || attached(node.connectorEnd))) continue
    const unmodelled = unmodelledRegion(node, boxes)
    if (unmodelled !== undefined) {
      connectors.push({ node, ...unmodelled, label: linkLabelBox(node.characters, pointAlong(unmodelled.path, ASSUMED_LABEL_POSITION)), ends: [node.connectorStart.endpointNodeId, node.connectorEnd.endpointNodeId] })
      continue
    }
    const start = pathEnd(node.connectorStart, boxes)
    const end = pathEnd(node.connectorEnd, boxes)
    if (typeof start === 'string' || typeof end === 'string') {
      problems.push(`${label(node)} has ${typeof start === 'string' ? start : (end as string)}`)
      continue
    }
    const path = node.connectorLineType === 'STRAIGHT' ? [start.point, end.point] : elbowPath(start, end)
    connectors.push({ node, path, label: linkLabelBox(node.characters, pointAlong(path, ASSUMED_LABEL_POSITION)), ends: [node.connectorStart.endpointNodeId, node.connectorEnd.endpointNodeId] })
  }
  return { connectors, problems, nodes }
}

/**
 * What a user would see wrong with a board's connectors, from the REST file alone: a line running
 * through a sticky other than the two it joins, or a label covering a sticky, a shape's text, a
 * text or another label.
 * @returns one line per problem; empty when every line runs in the gaps.
 */
export function linkClearanceProblems(file: RestFile, boardId: string): string[] {
  const { connectors, problems, nodes } = drawnConnectors(file, boardId)
  const stickies = nodes.filter((n) => n.type === 'STICKY')
  const texts = nodes.filter(
    (n) => n.type === 'STICKY' || n.type === 'TEXT' || (n.type === 'SHAPE_WITH_TEXT' && String(n.characters ?? '').trim() !== '')
  )
  for (const connector of connectors) {
    for (const sticky of stickies) {
      if (connector.ends.includes(sticky.id)) continue
      const box = boxOf(sticky)
      if (connector.region !== undefined ? convexPolygonOverlapsBox(connector.region, box) : polylineCrossesBox(connector.path, box)) {
        problems.push(`${label(connector.node)} ${connector.region !== undefined ? 'may run' : 'runs'} through ${label(sticky)}`)
      }
    }
    const box = connector.label
    if (box === undefined) continue
    for (const text of texts) if (boxesOverlap(box, boxOf(text))) problems.push(`the label of ${label(connector.node)} covers ${label(text)}`)
    for (const other of connectors) {
      if (other !== connector && other.label !== undefined && boxesOverlap(box, other.label) && connector.node.id < other.node.id) {
        problems.push(`the label of ${label(connector.node)} covers the label of ${label(other.node)}`)
      }
    }
  }
  return problems
}
