import type { Persona } from '../model'
import type { BoardLabels } from './board-labels'
import type { Point } from './board-plan'
import { PERSONA_CARD_SHAPE } from './board-styles'
import { BODY_FONT, PERSONA_BLOCK_GAP, PERSONA_CARD_PADDING, PERSONA_CARD_WIDTH, PERSONA_FONT_SIZE, PERSONA_LIST_GAP } from './layout-metrics'
import { type PersonaCardBlock, personaCardBlocks } from './persona-card-blocks'
import { BOARD_KEY, type PlanBuilder, planTag } from './plan-builder'
import { measureTextNode, type TextMeasure } from './text-measure'

/**
 * The persona card: a rounded card with the persona's blocks on it as left-aligned text nodes (a
 * shape would centre every line), one under the other, the card as tall as they need.
 * @returns the card's height.
 */
export function placePersonaCard(plan: PlanBuilder, measure: TextMeasure, persona: Persona, labels: BoardLabels, at: Point): number {
  const inner = PERSONA_CARD_WIDTH - 2 * PERSONA_CARD_PADDING
  // Loops rather than map and forEach with callbacks made per call, and no copies by spread: code
  // specialised to arrays and objects made that way deoptimises as the code making them is compiled
  // or dropped (see keepShape).
  const blocks = personaCardBlocks(persona, labels)
  const heights: number[] = []
  const tops: number[] = []
  let y = PERSONA_CARD_PADDING
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as PersonaCardBlock
    const height = measureTextNode(measure, `persona:${block.id}`, block.text, block.font, block.fontSize, inner)
    heights.push(height)
    if (i > 0) y += block.tight ? PERSONA_LIST_GAP : PERSONA_BLOCK_GAP
    tops.push(y)
    y += height
  }
  const height = y + PERSONA_CARD_PADDING
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
    fill: PERSONA_CARD_SHAPE.fill,
    stroke: PERSONA_CARD_SHAPE.stroke,
    textFill: PERSONA_CARD_SHAPE.textFill,
    text: '',
    font: BODY_FONT,
    fontSize: PERSONA_FONT_SIZE,
    tag: planTag({ role: 'persona', part: 'card', personaId: persona.id })
  })
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i] as PersonaCardBlock
    plan.addText(
      `persona:${block.id}`,
      { x: at.x + PERSONA_CARD_PADDING, y: at.y + (tops[i] ?? 0), width: inner, height: heights[i] ?? 0 },
      block.text,
      block.font,
      block.fontSize,
      { role: 'persona', part: block.part, personaId: persona.id, variant: block.id }
    )
  }
  return height
}
