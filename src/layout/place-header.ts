import type { Journey, Persona } from '../model'
import type { BoardLabels } from './board-labels'
import { STATE_SHAPES } from './board-styles'
import {
  BLOCK_GAP,
  BODY_FONT,
  CONTEXT_FONT_SIZE,
  HEADER_LINE_GAP,
  HEADING_FONT,
  SCENARIO_FONT_SIZE,
  STATE_LABEL_FONT_SIZE,
  STATE_LABEL_HEIGHT,
  STATE_LABEL_WIDTH,
  TITLE_FONT_SIZE
} from './layout-metrics'
import { BOARD_KEY, type PlanBuilder, planTag } from './plan-builder'
import { measureShapeText, measureTextNode, type TextMeasure } from './text-measure'

export interface HeaderArea {
  journey: Journey
  persona: Persona
  labels: BoardLabels
  x: number
  y: number
  width: number
}

/**
 * The header: the title with the state (current or future) as a label beside it, then the scenario
 * (the persona's own when the journey has none) and the context, each as wide as the board.
 * @returns the header's bottom edge.
 */
export function placeHeader(plan: PlanBuilder, measure: TextMeasure, { journey, persona, labels, x, y, width }: HeaderArea): number {
  const titleWidth = width - STATE_LABEL_WIDTH - BLOCK_GAP
  const titleHeight = measureTextNode(measure, 'header:title', journey.title, HEADING_FONT, TITLE_FONT_SIZE, titleWidth)
  const stateText = labels.state[journey.state]
  const stateHeight = Math.max(STATE_LABEL_HEIGHT, measureShapeText(measure, stateText, HEADING_FONT, STATE_LABEL_FONT_SIZE, STATE_LABEL_WIDTH))
  plan.addText('header:title', { x, y, width: titleWidth, height: titleHeight }, journey.title, HEADING_FONT, TITLE_FONT_SIZE, {
    role: 'header',
    part: 'title',
    journeyId: journey.id
  })
  plan.add({
    kind: 'shape',
    key: 'header:state',
    parent: BOARD_KEY,
    name: 'header:state',
    x: x + titleWidth + BLOCK_GAP,
    y,
    width: STATE_LABEL_WIDTH,
    height: stateHeight,
    shapeType: 'ROUNDED_RECTANGLE',
    fill: STATE_SHAPES[journey.state].fill,
    stroke: STATE_SHAPES[journey.state].stroke,
    textFill: STATE_SHAPES[journey.state].textFill,
    text: stateText,
    font: HEADING_FONT,
    fontSize: STATE_LABEL_FONT_SIZE,
    tag: planTag({ role: 'header', part: 'state', journeyId: journey.id, variant: journey.state })
  })
  let bottom = y + Math.max(titleHeight, stateHeight)

  const scenario = journey.scenario.trim() !== '' ? journey.scenario.trim() : (persona.scenario ?? '').trim()
  const lines = [
    { part: 'scenario' as const, text: scenario, fontSize: SCENARIO_FONT_SIZE },
    { part: 'context' as const, text: journey.context.trim(), fontSize: CONTEXT_FONT_SIZE }
  ]
  for (const line of lines) {
    if (line.text === '') continue
    bottom += HEADER_LINE_GAP
    const height = measureTextNode(measure, `header:${line.part}`, line.text, BODY_FONT, line.fontSize, width)
    plan.addText(`header:${line.part}`, { x, y: bottom, width, height }, line.text, BODY_FONT, line.fontSize, {
      role: 'header',
      part: line.part,
      journeyId: journey.id
    })
    bottom += height
  }
  return bottom
}
