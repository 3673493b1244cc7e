import { boardCatalogueFor } from '../i18n'
import { type Journey, journeyEvidenceLevels, type Lane } from '../model'
import type { Point } from './board-plan'
import { EMOTION_SHAPES, emotionSign, EVIDENCE_MARKER_SHAPE, MARK_SHAPES, MARKER_STYLES } from './board-styles'
import { formatScore } from './emotion-curves'
import { evidenceLetter } from './evidence-letter'
import { STICKY_COLORS } from '../palette/figjam-palette'
import { itemMarkers } from './item-markers'
import { itemStickyColor } from './item-sticky-color'
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
import { type PlanBuilder, planTag } from './plan-builder'
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
}

/**
 * A cell's items as stickies in their stage section, each followed by what is pinned to it: a
 * score badge on its top-left corner (for scores no curve shows) and its flag and moment-of-truth
 * markers along its top-right corner, and its evidence marker (the level's colour and letter) on its
 * bottom-left corner. Pins stick out by MARKER_OVERHANG only, less than the gap
 * around every sticky, so they never reach another sticky.
 */
export function placeCellItems(plan: PlanBuilder, { journey, lane, stageKey, cell, at, onCurve, measure }: CellPlacement): void {
  const levels = new Map(journeyEvidenceLevels(journey).map((level) => [level.id, level]))
  cell.items.forEach((item, i) => {
    const size = cell.sizes[i] ?? { width: STICKY_SIZE, height: STICKY_SIZE, wide: false }
    const offset = cell.packed.offsets[i] ?? { x: 0, y: 0 }
    const pinTag = { itemId: item.id, stageId: item.stageId, laneId: item.laneId }
    // Each node's key is its name too: one string for both, on every node of the board.
    const key = `item:${item.id}`
    const sticky = plan.add({
      kind: 'sticky',
      key,
      parent: stageKey,
      name: key,
      x: at.x + offset.x,
      y: at.y + cell.stickyTop + offset.y,
      width: size.width,
      height: size.height,
      wide: size.wide,
      fill: STICKY_COLORS[itemStickyColor(item, lane, journey.activityTypes)],
      text: item.text,
      font: BODY_FONT,
      fontSize: STICKY_FONT_SIZE,
      tag: planTag({ role: 'item', ...pinTag, activityTypeId: item.activityTypeId })
    })
    if (item.score !== undefined && !onCurve.has(item.id)) {
      const sign = emotionSign(item.score, journey.emotionScale)
      const score = formatScore(item.score, journey.emotionScale, boardCatalogueFor(journey.locale).typography.decimal)
      const badge = glyphShapeSize(measure, score, HEADING_FONT, SCORE_BADGE_FONT_SIZE, SCORE_BADGE_SIZE, 'ELLIPSE')
      const key = `score:${item.id}`
      plan.add({
        kind: 'shape',
        key,
        parent: stageKey,
        name: key,
        x: sticky.x - MARKER_OVERHANG,
        y: sticky.y - MARKER_OVERHANG,
        width: badge,
        height: badge,
        shapeType: 'ELLIPSE',
        ...EMOTION_SHAPES[sign],
        text: score,
        font: HEADING_FONT,
        fontSize: SCORE_BADGE_FONT_SIZE,
        tag: planTag({ role: 'score-badge', ...pinTag, variant: sign })
      })
    }
    const level = item.evidence === undefined ? undefined : levels.get(item.evidence.level)
    if (level !== undefined) {
      const letter = evidenceLetter(level)
      const evidenceSize = glyphShapeSize(measure, letter, HEADING_FONT, MARKER_FONT_SIZE, MARKER_SIZE)
      const key = `evidence:${item.id}`
      plan.add({
        kind: 'shape',
        key,
        parent: stageKey,
        name: key,
        x: sticky.x - MARKER_OVERHANG,
        y: sticky.y + sticky.height + MARKER_OVERHANG - evidenceSize,
        width: evidenceSize,
        height: evidenceSize,
        shapeType: EVIDENCE_MARKER_SHAPE,
        ...MARK_SHAPES[level.color],
        text: letter,
        font: HEADING_FONT,
        fontSize: MARKER_FONT_SIZE,
        tag: planTag({ role: 'evidence-marker', ...pinTag, variant: level.id })
      })
    }
    const markers = itemMarkers(item)
    const markerSize = Math.max(
      0,
      ...markers.map((marker) => {
        const style = MARKER_STYLES[marker]
        return glyphShapeSize(measure, style.text, HEADING_FONT, style.fontSize ?? MARKER_FONT_SIZE, MARKER_SIZE, style.shapeType)
      })
    )
    markers.forEach((marker, m) => {
      const style = MARKER_STYLES[marker]
      const key = `marker:${item.id}:${marker}`
      plan.add({
        kind: 'shape',
        key,
        parent: stageKey,
        name: key,
        x: sticky.x + sticky.width + MARKER_OVERHANG - markerSize - m * (markerSize + MARKER_SPACING),
        y: sticky.y - MARKER_OVERHANG,
        width: markerSize,
        height: markerSize,
        shapeType: style.shapeType,
        fill: style.fill,
        stroke: style.stroke,
        textFill: style.textFill,
        text: style.text,
        font: HEADING_FONT,
        fontSize: style.fontSize ?? MARKER_FONT_SIZE,
        tag: planTag({ role: 'flag-marker', part: marker, ...pinTag })
      })
    })
  })
}
