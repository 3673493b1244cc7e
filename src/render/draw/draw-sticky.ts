import { pickSolidFill } from '../color/pick-solid-fill'
import type { DisplayItem, Fill } from '../display-list'
import { FONT_WEIGHT_MEDIUM, STICKY_CORNER_RADIUS, STICKY_DEFAULT_FILL, STICKY_MAX_FONT_SIZE, STICKY_MIN_FONT_SIZE, STICKY_PADDING, STICKY_SHADOW } from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { fitText } from '../text/fit-text'
import { layoutTextBlock } from '../text/layout-text-block'
import { nodeBox } from './node-box'
import { textFillOn } from './text-fill-on'

/**
 * A FigJam sticky: a softly shadowed square (240 wide, or 416 when wide) in its fill, with its text
 * top-left in Inter Medium, shrunk until it fits as FigJam's auto text size does.
 */
export function drawSticky(node: RestNode): DisplayItem[] {
  const box = nodeBox(node)
  if (box === undefined) return []
  const fill: Fill = pickSolidFill(node.fills) ?? { color: STICKY_DEFAULT_FILL, opacity: 1 }
  const items: DisplayItem[] = [{ kind: 'rect', nodeId: node.id, ...box, radius: STICKY_CORNER_RADIUS, fill, shadow: { ...STICKY_SHADOW } }]
  const text = node.characters ?? ''
  if (text.trim() === '') return items
  const inner = {
    x: box.x + STICKY_PADDING,
    y: box.y + STICKY_PADDING,
    width: Math.max(0, box.width - 2 * STICKY_PADDING),
    height: Math.max(0, box.height - 2 * STICKY_PADDING)
  }
  const fitted = fitText(text, inner.width, inner.height, {
    maxFontSize: STICKY_MAX_FONT_SIZE,
    minFontSize: STICKY_MIN_FONT_SIZE,
    fontWeight: FONT_WEIGHT_MEDIUM
  })
  items.push(
    layoutTextBlock(fitted.lines, inner, {
      fontSize: fitted.fontSize,
      fontWeight: FONT_WEIGHT_MEDIUM,
      lineHeight: fitted.lineHeight,
      fill: textFillOn(fill),
      align: 'left',
      verticalAlign: 'top',
      nodeId: node.id
    })
  )
  return items
}
