import { maxOf } from '../../model'
import { pickSolidFill } from '../color/pick-solid-fill'
import type { CapMarker, ConnectorCap, DisplayItem, Fill, PathItem, Point } from '../display-list'
import { connectorCapOutline, connectorCapSize, toConnectorCap } from '../geometry/connector-cap-outline'
import { resolveConnectorEnds } from '../geometry/resolve-connector-ends'
import { routeConnector } from '../geometry/route-connector'
import {
  CONNECTOR_DEFAULT_COLOR,
  CONNECTOR_DEFAULT_WIDTH,
  CONNECTOR_LABEL_FILL,
  CONNECTOR_LABEL_FONT_SIZE,
  CONNECTOR_LABEL_MAX_WIDTH,
  CONNECTOR_LABEL_PADDING_X,
  CONNECTOR_LABEL_PADDING_Y,
  FONT_WEIGHT_MEDIUM,
  LINE_HEIGHT_RATIO
} from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { estimateTextWidth } from '../text/estimate-text-width'
import { layoutTextBlock } from '../text/layout-text-block'
import { wrapText } from '../text/wrap-text'
import type { DrawContext } from './draw-context'
import { textFillOn } from './text-fill-on'

interface CapPlan {
  cap: ConnectorCap
  size: number
  inset: number
}

function planCap(name: string | undefined, strokeWidth: number): CapPlan | undefined {
  const cap = toConnectorCap(name)
  if (cap === undefined) return undefined
  const size = connectorCapSize(strokeWidth)
  return { cap, size, inset: connectorCapOutline(cap, size).inset }
}

function marker(plan: CapPlan, tip: Point, angle: number, stroke: Fill, strokeWidth: number): CapMarker {
  return { cap: plan.cap, tip, angle, size: plan.size, inset: plan.inset, color: stroke.color, opacity: stroke.opacity, strokeWidth }
}

function drawLabel(node: RestNode, midpoint: Point): DisplayItem[] {
  const text = (node.characters ?? '').trim()
  if (text === '') return []
  const fontSize = CONNECTOR_LABEL_FONT_SIZE
  const lineHeight = fontSize * LINE_HEIGHT_RATIO
  const lines = wrapText(text, CONNECTOR_LABEL_MAX_WIDTH, fontSize, FONT_WEIGHT_MEDIUM)
  const textWidth = maxOf(lines.map((line) => estimateTextWidth(line, fontSize, FONT_WEIGHT_MEDIUM)))
  const width = textWidth + 2 * CONNECTOR_LABEL_PADDING_X
  const height = lines.length * lineHeight + 2 * CONNECTOR_LABEL_PADDING_Y
  const pill = { x: midpoint.x - width / 2, y: midpoint.y - height / 2, width, height }
  const fill = pickSolidFill(node.textBackground?.fills) ?? { color: CONNECTOR_LABEL_FILL, opacity: 1 }
  const radius = Math.min(node.textBackground?.cornerRadius ?? height / 2, height / 2, width / 2)
  return [
    { kind: 'rect', nodeId: node.id, ...pill, radius, fill },
    layoutTextBlock(lines, pill, {
      fontSize,
      fontWeight: FONT_WEIGHT_MEDIUM,
      lineHeight,
      fill: textFillOn(fill),
      align: 'center',
      verticalAlign: 'center',
      nodeId: node.id
    })
  ]
}

/**
 * A FigJam connector: its line between the resolved ends (straight, elbowed or curved), arrowheads
 * on capped ends, and its label on a pill at the middle of the line. A connector whose node is not
 * on the page is skipped with a warning.
 */
export function drawConnector(node: RestNode, context: DrawContext): DisplayItem[] {
  const { connectorStart, connectorEnd } = node
  if (connectorStart === undefined || connectorEnd === undefined) return []
  const ends = resolveConnectorEnds(connectorStart, connectorEnd, (id) => context.boxOf(id))
  if (!ends.ok) {
    context.warn(`connector ${JSON.stringify(node.id)}: its ${ends.end} is attached to node ${JSON.stringify(ends.nodeId)}, which is not on the page; not drawn`)
    return []
  }
  const stroke: Fill = pickSolidFill(node.strokes) ?? { color: CONNECTOR_DEFAULT_COLOR, opacity: 1 }
  const width = node.strokeWeight ?? CONNECTOR_DEFAULT_WIDTH
  const startCap = planCap(node.connectorStartStrokeCap, width)
  const endCap = planCap(node.connectorEndStrokeCap, width)
  const route = routeConnector(ends.start, ends.end, node.connectorLineType, { startInset: startCap?.inset ?? 0, endInset: endCap?.inset ?? 0 })
  const line: PathItem = {
    kind: 'path',
    nodeId: node.id,
    commands: route.commands,
    stroke: node.strokeDashes !== undefined && node.strokeDashes.length > 0 ? { ...stroke, width, dash: node.strokeDashes } : { ...stroke, width }
  }
  if (startCap !== undefined) line.startCap = marker(startCap, ends.start.point, route.startAngle, stroke, width)
  if (endCap !== undefined) line.endCap = marker(endCap, ends.end.point, route.endAngle, stroke, width)
  return [line, ...drawLabel(node, route.midpoint)]
}
