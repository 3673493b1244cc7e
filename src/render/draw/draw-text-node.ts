import { pickSolidFill } from '../color/pick-solid-fill'
import type { DisplayItem } from '../display-list'
import { CHARCOAL, FONT_FAMILY, FONT_WEIGHT_REGULAR, LINE_HEIGHT_RATIO, TEXT_DEFAULT_FONT_SIZE, TEXT_WRAP_SLACK } from '../render-theme'
import type { RestNode } from '../rest/rest-file-schema'
import { type HorizontalAlign, layoutTextBlock, type VerticalAlign } from '../text/layout-text-block'
import { wrapText } from '../text/wrap-text'
import { nodeBox } from './node-box'

const HORIZONTAL: Readonly<Record<string, HorizontalAlign>> = { LEFT: 'left', CENTER: 'center', RIGHT: 'right', JUSTIFIED: 'left' }
const VERTICAL: Readonly<Record<string, VerticalAlign>> = { TOP: 'top', CENTER: 'center', BOTTOM: 'bottom' }

/** Quotes a family name for a CSS font list and keeps our fallbacks behind it. */
function fontFamilyFor(family: string | undefined): string {
  if (family === undefined || family.trim() === '' || family === 'Inter') return FONT_FAMILY
  return `'${family.replace(/['\\]/g, '')}', ${FONT_FAMILY}`
}

/**
 * A free text node: its characters in its own font size, weight, colour and alignment. Auto-width
 * text keeps its line breaks only; fixed-width text wraps to its box (with a little slack, since
 * widths here are estimates and the box came from the real font).
 */
export function drawTextNode(node: RestNode): DisplayItem[] {
  const box = nodeBox(node)
  const text = node.characters ?? ''
  if (box === undefined || text === '') return []
  const style = node.style ?? {}
  const fontSize = style.fontSize ?? TEXT_DEFAULT_FONT_SIZE
  const fontWeight = style.fontWeight ?? FONT_WEIGHT_REGULAR
  const lineHeight = style.lineHeightPx ?? fontSize * LINE_HEIGHT_RATIO
  const maxWidth = style.textAutoResize === 'WIDTH_AND_HEIGHT' ? Infinity : box.width * TEXT_WRAP_SLACK
  const lines = wrapText(text, maxWidth, fontSize, fontWeight)
  return [
    layoutTextBlock(lines, box, {
      fontSize,
      fontWeight,
      lineHeight,
      fontFamily: fontFamilyFor(style.fontFamily),
      fill: pickSolidFill(node.fills) ?? { color: CHARCOAL, opacity: 1 },
      align: HORIZONTAL[style.textAlignHorizontal ?? 'LEFT'] ?? 'left',
      verticalAlign: VERTICAL[style.textAlignVertical ?? 'TOP'] ?? 'top',
      nodeId: node.id
    })
  ]
}
