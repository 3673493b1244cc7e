import type { Persona } from '../model'
import type { BoardLabels } from './board-labels'
import type { Point } from './board-plan'
import { PERSONA_CARD_FILL, PERSONA_CARD_STROKE } from './board-styles'
import { BODY_FONT, PERSONA_CARD_PADDING, PERSONA_CARD_WIDTH, PERSONA_FONT_SIZE } from './layout-metrics'
import { personaCardText } from './persona-card-text'
import { BOARD_KEY, type PlanBuilder, planTag } from './plan-builder'
import { measureText, type TextMeasure } from './text-measure'

/**
 * The persona card: a rounded card with the persona's text on it as a left-aligned text node
 * (a shape would centre every line), the card as tall as the text needs.
 * @returns the card's height.
 */
export function placePersonaCard(plan: PlanBuilder, measure: TextMeasure, persona: Persona, labels: BoardLabels, at: Point): number {
  const inner = PERSONA_CARD_WIDTH - 2 * PERSONA_CARD_PADDING
  const text = personaCardText(persona, labels)
  const textHeight = measureText(measure, text, BODY_FONT, PERSONA_FONT_SIZE, inner)
  const height = textHeight + 2 * PERSONA_CARD_PADDING
  plan.add({
    kind: 'shape',
    key: 'persona:card',
    parent: BOARD_KEY,
    name: persona.name,
    x: at.x,
    y: at.y,
    width: PERSONA_CARD_WIDTH,
    height,
    shapeType: 'ROUNDED_RECTANGLE',
    fill: PERSONA_CARD_FILL,
    stroke: PERSONA_CARD_STROKE,
    text: '',
    font: BODY_FONT,
    fontSize: PERSONA_FONT_SIZE,
    tag: planTag({ role: 'persona', part: 'card', personaId: persona.id })
  })
  plan.addText(
    'persona:text',
    { x: at.x + PERSONA_CARD_PADDING, y: at.y + PERSONA_CARD_PADDING, width: inner, height: textHeight },
    text,
    BODY_FONT,
    PERSONA_FONT_SIZE,
    { role: 'persona', part: 'text', personaId: persona.id }
  )
  return height
}
