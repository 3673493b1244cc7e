export interface ScoreRange {
  min: number
  max: number
}

/** Mermaid's journey scores: 1 (very unhappy face) to 5 (very happy face). */
export const MERMAID_SCORE_RANGE: ScoreRange = { min: 1, max: 5 }

/** Enough to hide floating-point noise (0.30000000000000004) without losing real precision. */
const DECIMALS = 1e6

/** Maps a score linearly from one range onto another, clamped to the target range. */
export function rescaleScore(score: number, from: ScoreRange, to: ScoreRange): number {
  const share = (score - from.min) / (from.max - from.min)
  const value = Math.round((to.min + share * (to.max - to.min)) * DECIMALS) / DECIMALS
  return Math.min(Math.max(value, to.min), to.max)
}
