import { mixHexColors } from '../color/mix-hex-colors'
import { pickSolidFill } from '../color/pick-solid-fill'
import type { DisplayItem, Fill } from '../display-list'
import {
  CHARCOAL,
  DARK_GRAY,
  FONT_WEIGHT_MEDIUM,
  FONT_WEIGHT_SEMIBOLD,
  LINE_HEIGHT_RATIO,
  SECTION_BORDER_DARKEN,
  SECTION_BORDER_WIDTH,
  SECTION_CORNER_RADIUS,
  SECTION_DEFAULT_FILL,
  SECTION_HIDDEN_NOTE,
  SECTION_TITLE_DARKEN,
  SECTION_TITLE_FONT_SIZE,
  SECTION_TITLE_INSET,
  SECTION_TITLE_MAX_WIDTH_MARGIN,
  SECTION_TITLE_PADDING_X,
  SECTION_TITLE_PADDING_Y,
  SECTION_TITLE_RADIUS
} from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { ellipsizeText } from '../text/ellipsize-text'
import { estimateTextWidth } from '../text/estimate-text-width'
import { layoutTextBlock } from '../text/layout-text-block'
import { nodeBox } from './node-box'

const BLACK = '#000000'

/**
 * A FigJam section: a rounded panel in its (light) fill with a border a shade darker, and its name
 * in a pill of a slightly deeper tint at the top-left corner. Children are drawn by the caller,
 * after this, so they sit on the panel.
 */
export function drawSection(node: RestNode): DisplayItem[] {
  const box = nodeBox(node)
  if (box === undefined) return []
  const fill: Fill = pickSolidFill(node.fills) ?? { color: SECTION_DEFAULT_FILL, opacity: 1 }
  const stroke = pickSolidFill(node.strokes) ?? { color: mixHexColors(fill.color, BLACK, SECTION_BORDER_DARKEN), opacity: 1 }
  const radius = Math.min(node.cornerRadius ?? SECTION_CORNER_RADIUS, box.width / 2, box.height / 2)
  const items: DisplayItem[] = [
    {
      kind: 'rect',
      nodeId: node.id,
      ...box,
      radius,
      fill,
      stroke: { ...stroke, width: node.strokeWeight ?? SECTION_BORDER_WIDTH }
    }
  ]
  const name = (node.name ?? '').trim()
  const maxPillWidth = box.width - SECTION_TITLE_MAX_WIDTH_MARGIN
  if (name !== '' && maxPillWidth > 2 * SECTION_TITLE_PADDING_X) {
    const fontSize = SECTION_TITLE_FONT_SIZE
    const text = ellipsizeText(name, maxPillWidth - 2 * SECTION_TITLE_PADDING_X, fontSize, FONT_WEIGHT_SEMIBOLD)
    const lineHeight = fontSize * LINE_HEIGHT_RATIO
    const pill = {
      x: box.x + SECTION_TITLE_INSET,
      y: box.y + SECTION_TITLE_INSET,
      width: estimateTextWidth(text, fontSize, FONT_WEIGHT_SEMIBOLD) + 2 * SECTION_TITLE_PADDING_X,
      height: lineHeight + 2 * SECTION_TITLE_PADDING_Y
    }
    items.push(
      { kind: 'rect', nodeId: node.id, ...pill, radius: SECTION_TITLE_RADIUS, fill: { color: mixHexColors(fill.color, BLACK, SECTION_TITLE_DARKEN), opacity: 1 } },
      layoutTextBlock([text], pill, {
        fontSize,
        fontWeight: FONT_WEIGHT_SEMIBOLD,
        lineHeight,
        fill: { color: CHARCOAL, opacity: 1 },
        align: 'center',
        verticalAlign: 'center',
        nodeId: node.id
      })
    )
  }
  if (node.sectionContentsHidden === true) {
    const fontSize = SECTION_TITLE_FONT_SIZE
    items.push(
      layoutTextBlock([ellipsizeText(SECTION_HIDDEN_NOTE, box.width, fontSize, FONT_WEIGHT_MEDIUM)], box, {
        fontSize,
        fontWeight: FONT_WEIGHT_MEDIUM,
        lineHeight: fontSize * LINE_HEIGHT_RATIO,
        fill: { color: DARK_GRAY, opacity: 1 },
        align: 'center',
        verticalAlign: 'center',
        nodeId: node.id
      })
    )
  }
  return items
}
