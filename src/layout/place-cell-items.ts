import { boardCatalogueFor, type NumberMarks } from '../i18n'
import type { EvidenceLevel, Item, Journey, Lane } from '../model'
import type { ShapePreset } from '../palette/figjam-palette'
import type { PlanShapeType, Point } from './board-plan'
import { EMOTION_SHAPES, emotionSign, EVIDENCE_MARKER_SHAPE, MARK_SHAPES, MARKER_STYLES } from './board-styles'
import { formatScore } from './emotion-curves'
import { evidenceLetter } from './evidence-letter'
import { STICKY_COLORS } from '../palette/figjam-palette'
import { itemMarkers } from './item-markers'
import { itemStickyColor } from './item-sticky-color'
import type { StickySize } from './estimate-sticky-size'
import {
  BODY_FONT,
  HEADING_FONT,
  MARKER_FONT_SIZE,
  MARKER_OVERHANG,
  MARKER_SIZE,
  MARKER_SPACING,
  SCORE_BADGE_FONT_SIZE,
  SCORE_BADGE_SIZE,
  STICKY_FONT_SIZE,
  STICKY_SIZE
} from './layout-metrics'
import type { MeasuredCell } from './measure-cell'
import { stickyOffsetX, stickyOffsetY } from './pack-cell'
import type { PlanBuilder } from './plan-builder'
import type { PlanTag } from './plan-tag'
import { glyphShapeSize, type TextMeasure } from './text-measure'

export interface CellPlacement {
  journey: Journey
  lane: Lane
  stageKey: string
  cell: MeasuredCell
  /** The cell's top-left, relative to its stage section. */
  at: Point
  /** Items drawn on an emotion curve; any other scored item shows its score as a badge. */
  onCurve: ReadonlySet<string>
  measure: TextMeasure
  /** The journey's evidence levels by id (journeyEvidenceLevels), looked up once for the whole board. */
  levels: ReadonlyMap<string, EvidenceLevel>
}

/**
 * A cell's items as stickies in their stage section, each followed by what is pinned to it: a
 * score badge on its top-left corner (for scores no curve shows) and its flag and moment-of-truth
 * markers along its top-right corner, and its evidence marker (the level's colour and letter) on its
 * bottom-left corner. Pins stick out by MARKER_OVERHANG only, less than the gap
 * around every sticky, so they never reach another sticky.
 */
export function placeCellItems(plan: PlanBuilder, { journey, lane, stageKey, cell, at, onCurve, measure, levels }: CellPlacement): void {
  const items = cell.items
  // Looked up at the cell's first badge, not once a badge: finding the catalogue splits the locale tag.
  let typography: NumberMarks | undefined
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    const size = cell.sizes[i] ?? SQUARE_STICKY
    // Tags spelled out in the order planTag kept them: no spread and no cleaned copy for every sticky and pin.
    const tag: PlanTag = { role: 'item', itemId: item.id, stageId: item.stageId, laneId: item.laneId }
    if (item.activityTypeId !== undefined) tag.activityTypeId = item.activityTypeId
    // Each node's key is its name too: one string for both, on every node of the board.
    const key = `item:${item.id}`
    const sticky = plan.add({
      kind: 'sticky',
      key,
      parent: stageKey,
      name: key,
      x: at.x + stickyOffsetX(cell.packed, i),
      y: at.y + cell.stickyTop + stickyOffsetY(cell.packed, i),
      width: size.width,
      height: size.height,
      wide: size.wide,
      fill: STICKY_COLORS[itemStickyColor(item, lane, journey.activityTypes)],
      text: item.text,
      font: BODY_FONT,
      fontSize: STICKY_FONT_SIZE,
      tag
    })
    if (item.score !== undefined && !onCurve.has(item.id)) {
      const sign = emotionSign(item.score, journey.emotionScale)
      const score = formatScore(item.score, journey.emotionScale, (typography ??= boardCatalogueFor(journey.locale).typography))
      const badge = glyphShapeSize(measure, score, HEADING_FONT, SCORE_BADGE_FONT_SIZE, SCORE_BADGE_SIZE, 'ELLIPSE')
      addPin(plan, stageKey, `score:${item.id}`, sticky.x - MARKER_OVERHANG, sticky.y - MARKER_OVERHANG, badge, 'ELLIPSE', EMOTION_SHAPES[sign], score, SCORE_BADGE_FONT_SIZE, {
        role: 'score-badge',
        itemId: item.id,
        stageId: item.stageId,
        laneId: item.laneId,
        variant: sign
      })
    }
    const level = item.evidence === undefined ? undefined : levels.get(item.evidence.level)
    if (level !== undefined) {
      const letter = evidenceLetter(level)
      const side = glyphShapeSize(measure, letter, HEADING_FONT, MARKER_FONT_SIZE, MARKER_SIZE)
      addPin(plan, stageKey, `evidence:${item.id}`, sticky.x - MARKER_OVERHANG, sticky.y + sticky.height + MARKER_OVERHANG - side, side, EVIDENCE_MARKER_SHAPE, MARK_SHAPES[level.color], letter, MARKER_FONT_SIZE, {
        role: 'evidence-marker',
        itemId: item.id,
        stageId: item.stageId,
        laneId: item.laneId,
        variant: level.id
      })
    }
    const markers = itemMarkers(item)
    let side = 0
    for (const marker of markers) {
      const style = MARKER_STYLES[marker]
      side = Math.max(side, glyphShapeSize(measure, style.text, HEADING_FONT, style.fontSize ?? MARKER_FONT_SIZE, MARKER_SIZE, style.shapeType))
    }
    // A loop, not forEach: no callback made for every sticky, markers or not.
    let m = 0
    for (const marker of markers) {
      const style = MARKER_STYLES[marker]
      addPin(
        plan,
        stageKey,
        `marker:${item.id}:${marker}`,
        sticky.x + sticky.width + MARKER_OVERHANG - side - m * (side + MARKER_SPACING),
        sticky.y - MARKER_OVERHANG,
        side,
        style.shapeType,
        style,
        style.text,
        style.fontSize ?? MARKER_FONT_SIZE,
        { role: 'flag-marker', part: marker, itemId: item.id, stageId: item.stageId, laneId: item.laneId }
      )
      m++
    }
  }
}

/**
 * A pin's shape: its preset's colours spelled out, not spread, on every pin of the board. A
 * module-level function rather than a closure made per cell, whose optimised code would last only
 * as long as the closure (see keepShape).
 */
function addPin(plan: PlanBuilder, parent: string, key: string, x: number, y: number, size: number, shapeType: PlanShapeType, preset: ShapePreset, text: string, fontSize: number, tag: PlanTag): void {
  plan.add({ kind: 'shape', key, parent, name: key, x, y, width: size, height: size, shapeType, fill: preset.fill, stroke: preset.stroke, textFill: preset.textFill, text, font: HEADING_FONT, fontSize, tag })
}

const SQUARE_STICKY: Readonly<StickySize> = { width: STICKY_SIZE, height: STICKY_SIZE, wide: false }
