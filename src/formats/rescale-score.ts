import type { EmotionScale } from '../model'

export type ScoreRange = Pick<EmotionScale, 'min' | 'max'>

/** Mermaid's journey scores: 1 (very unhappy face) to 5 (very happy face). */
export const MERMAID_SCORE_RANGE: ScoreRange = { min: 1, max: 5 }

/**
 * Whether a journey's scores can be written to Mermaid as they are: its scale covers Mermaid's
 * 1–5 and reaches past it only as far as its own scores go. That is the scale a Mermaid import
 * chooses (see `journeyFromMermaid`), so a diagram's 0, 7 or −1.5 go back out unchanged; any
 * other scale (−2..2, 0..10) is mapped onto 1–5.
 */
export function holdsMermaidScores(scale: ScoreRange, items: readonly { score?: number }[]): boolean {
  if (scale.min > MERMAID_SCORE_RANGE.min || scale.max < MERMAID_SCORE_RANGE.max) return false
  let reachesMin = scale.min === MERMAID_SCORE_RANGE.min
  let reachesMax = scale.max === MERMAID_SCORE_RANGE.max
  for (const item of items) {
    reachesMin ||= item.score === scale.min
    reachesMax ||= item.score === scale.max
  }
  return reachesMin && reachesMax
}

/** The scale a Mermaid import chooses: Mermaid's 1–5, widened to take in every score. */
export function mermaidScaleFor(scores: Iterable<number>): ScoreRange {
  let { min, max } = MERMAID_SCORE_RANGE
  // A loop, not Math.min(...scores): spreading 130,000 scores overflows the call stack.
  for (const score of scores) {
    if (score < min) min = score
    if (score > max) max = score
  }
  return { min, max }
}
