import type { Item } from '../model'
import type { StickySize } from './estimate-sticky-size'
import { BODY_FONT, EMOTION_BAND_GAP, EMOTION_BAND_HEIGHT, EMOTION_POINT_GAP, EMOTION_POINT_SIZE, STICKY_FONT_SIZE, STICKY_GAP } from './layout-metrics'
import { type CellRoom, type PackedCell, packCell } from './pack-cell'
import { measureSticky, type TextMeasure } from './text-measure'

/** Where one lane's stickies go in one stage, measured before anything is placed. */
export interface MeasuredCell {
  items: Item[]
  sizes: readonly Readonly<StickySize>[]
  packed: PackedCell
  /** From the cell's top to its first sticky (in an emotion row the curve band sits above them). */
  stickyTop: number
  width: number
  height: number
}

/**
 * Measures a cell: its stickies packed at the sizes FigJam gives them (see text-measure.ts) and, in
 * an emotion row, the curve band above them, wide enough for this stage's points side by side.
 * @param section the plan key of the stage section the stickies go in
 * @param room more room between stickies where links need it (layoutJourney)
 */
export function measureCell(
  measure: TextMeasure,
  items: Item[],
  emotionRow: boolean,
  points: number,
  maxColumns: number,
  section?: string,
  room?: CellRoom
): MeasuredCell {
  const sizes: Readonly<StickySize>[] = []
  for (const item of items) sizes.push(measureSticky(measure, item.text, BODY_FONT, STICKY_FONT_SIZE, section))
  const packed = packCell(sizes, maxColumns, STICKY_GAP, room)
  if (!emotionRow) return { items, sizes, packed, stickyTop: 0, width: packed.width, height: packed.height }
  const stickyTop = EMOTION_BAND_HEIGHT + EMOTION_BAND_GAP
  const pointsWidth = points > 0 ? points * EMOTION_POINT_SIZE + (points - 1) * EMOTION_POINT_GAP : 0
  return {
    items,
    sizes,
    packed,
    stickyTop,
    width: Math.max(packed.width, pointsWidth),
    height: packed.height > 0 ? stickyTop + packed.height : EMOTION_BAND_HEIGHT
  }
}
