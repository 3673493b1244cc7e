import type { Box, Point } from '../geometry'
import { countWrappedLines, lineHeightFor, textUnits } from './estimate-text-height'
import { AVERAGE_CHAR_WIDTH_EM, LINK_FONT_SIZE, LINK_LABEL_MAX_WIDTH, LINK_LABEL_PADDING_X, LINK_LABEL_PADDING_Y } from './layout-metrics'

/**
 * The box a connector's label covers when centred on `at` (halfway along its line, see
 * geometry/point-along.ts): its text wrapped at LINK_LABEL_MAX_WIDTH, each character
 * AVERAGE_CHAR_WIDTH_EM wide (erring wide), on FigJam's pill. An empty label covers nothing.
 */
export function linkLabelBox(text: string, at: Point, fontSize = LINK_FONT_SIZE): Box | undefined {
  const trimmed = text.trim()
  if (trimmed === '') return undefined
  const charWidth = AVERAGE_CHAR_WIDTH_EM * fontSize
  const perLine = Math.max(1, Math.floor(LINK_LABEL_MAX_WIDTH / charWidth))
  const longest = Math.max(...trimmed.split(/\r\n|\r|\n/).map(textUnits))
  const width = Math.min(longest, perLine) * charWidth + 2 * LINK_LABEL_PADDING_X
  const height = countWrappedLines(trimmed, perLine) * lineHeightFor(fontSize) + 2 * LINK_LABEL_PADDING_Y
  return { x: at.x - width / 2, y: at.y - height / 2, width, height }
}
