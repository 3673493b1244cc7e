import { pickSolidFill } from '../color/pick-solid-fill'
import type { DisplayItem, Fill } from '../display-list'
import { FONT_WEIGHT_REGULAR, TABLE_CELL_BORDER, TABLE_CELL_DEFAULT_FILL, TABLE_CELL_FONT_SIZE, TABLE_CELL_PADDING } from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { fitText } from '../text/fit-text'
import { layoutTextBlock } from '../text/layout-text-block'
import { nodeBox } from './node-box'
import { textFillOn } from './text-fill-on'

const TABLE_CELL_MIN_FONT_SIZE = 10

/** A FigJam table cell: a bordered box in its fill with its text at the top-left. */
export function drawTableCell(node: RestNode): DisplayItem[] {
  const box = nodeBox(node)
  if (box === undefined) return []
  const fill: Fill = pickSolidFill(node.fills) ?? { color: TABLE_CELL_DEFAULT_FILL, opacity: 1 }
  const items: DisplayItem[] = [{ kind: 'rect', nodeId: node.id, ...box, radius: 0, fill, stroke: { color: TABLE_CELL_BORDER, opacity: 1, width: 1 } }]
  const text = node.characters ?? ''
  if (text.trim() === '') return items
  const inner = {
    x: box.x + TABLE_CELL_PADDING,
    y: box.y + TABLE_CELL_PADDING,
    width: Math.max(0, box.width - 2 * TABLE_CELL_PADDING),
    height: Math.max(0, box.height - 2 * TABLE_CELL_PADDING)
  }
  const fitted = fitText(text, inner.width, inner.height, { maxFontSize: TABLE_CELL_FONT_SIZE, minFontSize: TABLE_CELL_MIN_FONT_SIZE, fontWeight: FONT_WEIGHT_REGULAR })
  items.push(
    layoutTextBlock(fitted.lines, inner, {
      fontSize: fitted.fontSize,
      fontWeight: FONT_WEIGHT_REGULAR,
      lineHeight: fitted.lineHeight,
      fill: textFillOn(fill),
      align: 'left',
      verticalAlign: 'top',
      nodeId: node.id
    })
  )
  return items
}
