import type { BlueprintLine } from '../model'
import type { BoardLabels } from './board-labels'
import { BLUEPRINT_LABEL_SHAPE, BLUEPRINT_LINE_SHAPE } from './board-styles'
import {
  BLUEPRINT_LABEL_FONT_SIZE,
  BLUEPRINT_LABEL_HEIGHT,
  BLUEPRINT_LABEL_MARGIN,
  BLUEPRINT_LINE_THICKNESS,
  BODY_FONT,
  LANE_LABEL_WIDTH
} from './layout-metrics'
import { BOARD_KEY, type PlanBuilder, planTag } from './plan-builder'
import { measureShapeText, type TextMeasure } from './text-measure'

/** A blueprint line with its place in `journey.blueprintLines` (its plan keys use it). */
export interface IndexedLine {
  line: BlueprintLine
  index: number
}

function labelHeight(measure: TextMeasure, line: BlueprintLine, labels: BoardLabels): number {
  return Math.max(BLUEPRINT_LABEL_HEIGHT, measureShapeText(measure, labels.blueprintLines[line.kind], BODY_FONT, BLUEPRINT_LABEL_FONT_SIZE, LANE_LABEL_WIDTH))
}

/** The height one line takes in the gap below its lane: its label plus a margin above and below. */
export function blueprintSlotHeight(measure: TextMeasure, line: BlueprintLine, labels: BoardLabels): number {
  return labelHeight(measure, line, labels) + 2 * BLUEPRINT_LABEL_MARGIN
}

export interface BlueprintGap {
  /** Where the first slot starts, board-relative. */
  top: number
  /** The left edge and width of the lines: from the lane labels across every stage column. */
  x: number
  width: number
  labels: BoardLabels
}

/**
 * The lines that follow one lane, one slot each, top to bottom: a thin dark bar across the grid
 * with its name on a label over the bar's left end, in the lane-label column.
 */
export function placeBlueprintLines(plan: PlanBuilder, measure: TextMeasure, lines: readonly IndexedLine[], gap: BlueprintGap): void {
  let slotTop = gap.top
  for (const { line, index } of lines) {
    const height = labelHeight(measure, line, gap.labels)
    const slot = height + 2 * BLUEPRINT_LABEL_MARGIN
    const centre = slotTop + slot / 2
    slotTop += slot
    plan.add({
      kind: 'shape',
      key: `blueprint:${index}:line`,
      parent: BOARD_KEY,
      name: `blueprint:${index}:line`,
      x: gap.x,
      y: centre - BLUEPRINT_LINE_THICKNESS / 2,
      width: gap.width,
      height: BLUEPRINT_LINE_THICKNESS,
      shapeType: 'SQUARE',
      fill: BLUEPRINT_LINE_SHAPE.fill,
      stroke: BLUEPRINT_LINE_SHAPE.stroke,
      textFill: BLUEPRINT_LINE_SHAPE.textFill,
      text: '',
      font: BODY_FONT,
      fontSize: BLUEPRINT_LABEL_FONT_SIZE,
      tag: planTag({ role: 'blueprint-line', laneId: line.afterLaneId, variant: line.kind, part: 'line' })
    })
    plan.add({
      kind: 'shape',
      key: `blueprint:${index}:label`,
      parent: BOARD_KEY,
      name: `blueprint:${index}:label`,
      x: gap.x,
      y: centre - height / 2,
      width: LANE_LABEL_WIDTH,
      height,
      shapeType: 'ROUNDED_RECTANGLE',
      fill: BLUEPRINT_LABEL_SHAPE.fill,
      stroke: BLUEPRINT_LABEL_SHAPE.stroke,
      textFill: BLUEPRINT_LABEL_SHAPE.textFill,
      text: gap.labels.blueprintLines[line.kind],
      font: BODY_FONT,
      fontSize: BLUEPRINT_LABEL_FONT_SIZE,
      tag: planTag({ role: 'blueprint-line', laneId: line.afterLaneId, variant: line.kind, part: 'label' })
    })
  }
}
