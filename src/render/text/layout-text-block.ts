import type { Box, Fill, TextAnchor, TextItem } from '../display-list'
import { FONT_ASCENT_EM, FONT_DESCENT_EM, FONT_FAMILY } from '../render-theme'
import { estimateTextWidth } from './estimate-text-width'

export type HorizontalAlign = 'left' | 'center' | 'right'
export type VerticalAlign = 'top' | 'center' | 'bottom'

export interface TextBlockStyle {
  fontSize: number
  fontWeight: number
  lineHeight: number
  fill: Fill
  fontFamily?: string
  align: HorizontalAlign
  verticalAlign: VerticalAlign
  nodeId?: string
}

const ANCHORS: Record<HorizontalAlign, TextAnchor> = { left: 'start', center: 'middle', right: 'end' }

/** Places wrapped lines in `box`: picks each line's anchor x and baseline y, so painters only draw. */
export function layoutTextBlock(lines: readonly string[], box: Box, style: TextBlockStyle): TextItem {
  const blockHeight = lines.length * style.lineHeight
  const top =
    style.verticalAlign === 'top'
      ? box.y
      : style.verticalAlign === 'bottom'
        ? box.y + box.height - blockHeight
        : box.y + (box.height - blockHeight) / 2
  // Centre the font's ascent+descent in each line box, as browsers and Figma do.
  const baselineOffset = (style.lineHeight - (FONT_ASCENT_EM + FONT_DESCENT_EM) * style.fontSize) / 2 + FONT_ASCENT_EM * style.fontSize
  const x = style.align === 'left' ? box.x : style.align === 'right' ? box.x + box.width : box.x + box.width / 2
  const item: TextItem = {
    kind: 'text',
    lines: lines.map((text, i) => ({
      text,
      x,
      y: top + i * style.lineHeight + baselineOffset,
      width: estimateTextWidth(text, style.fontSize, style.fontWeight)
    })),
    fontFamily: style.fontFamily ?? FONT_FAMILY,
    fontSize: style.fontSize,
    fontWeight: style.fontWeight,
    anchor: ANCHORS[style.align],
    fill: style.fill
  }
  if (style.nodeId !== undefined) item.nodeId = style.nodeId
  return item
}
