import type { DisplayItem } from '../display-list'
import { FONT_WEIGHT_MEDIUM, LINE_HEIGHT_RATIO, PLACEHOLDER_DASH, PLACEHOLDER_FILL, PLACEHOLDER_FONT_SIZE, PLACEHOLDER_STROKE, PLACEHOLDER_TEXT } from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { ellipsizeText } from '../text/ellipsize-text'
import { layoutTextBlock } from '../text/layout-text-block'
import type { DrawContext } from './draw-context'
import { nodeBox } from './node-box'

/** A node this renderer cannot draw: a dashed grey box saying what type it is, so nothing vanishes silently. */
export function drawPlaceholder(node: RestNode, context?: DrawContext): DisplayItem[] {
  const box = nodeBox(node)
  if (box === undefined) return []
  context?.warn(`${node.type} nodes are not drawn; shown as placeholders`)
  const fontSize = PLACEHOLDER_FONT_SIZE
  return [
    {
      kind: 'rect',
      nodeId: node.id,
      ...box,
      radius: 0,
      fill: { color: PLACEHOLDER_FILL, opacity: 1 },
      stroke: { color: PLACEHOLDER_STROKE, opacity: 1, width: 1, dash: PLACEHOLDER_DASH }
    },
    layoutTextBlock([ellipsizeText(node.type, box.width, fontSize, FONT_WEIGHT_MEDIUM)], box, {
      fontSize,
      fontWeight: FONT_WEIGHT_MEDIUM,
      lineHeight: fontSize * LINE_HEIGHT_RATIO,
      fill: { color: PLACEHOLDER_TEXT, opacity: 1 },
      align: 'center',
      verticalAlign: 'center',
      nodeId: node.id
    })
  ]
}
