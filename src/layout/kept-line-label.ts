import { ASSUMED_LABEL_POSITION, type Box, centreOf, pointAlong } from '../geometry'
import { linkLabelBox } from './link-label-box'

/**
 * Where the label of a line people drew straight or curved is taken to sit: halfway between the
 * centres of its two nodes, where a straight line's sits (a curve's is undocumented). The router
 * keeps routed labels off it, and the widening grows the gap that moves a routed label off it.
 */
export function keptLineLabel(start: Box, end: Box, text: string): Box | undefined {
  return linkLabelBox(text, pointAlong([centreOf(start), centreOf(end)], ASSUMED_LABEL_POSITION))
}
