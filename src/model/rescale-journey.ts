import type { EmotionScale, Journey } from './journey-schema'

/** Scales people pick from; any min < max is valid. */
export const EMOTION_SCALE_PRESETS = [
  { min: -2, max: 2 },
  { min: 1, max: 5 },
  { min: 1, max: 10 }
] as const

/** Decimals a rescaled score keeps: enough to hide floating-point noise (0.30000000000000004) without losing real precision. */
const RESCALE_DECIMALS = 6

/** A score moved linearly from one scale onto another (the bottoms, middles and tops line up). */
export function rescaleScore(score: number, from: Pick<EmotionScale, 'min' | 'max'>, to: Pick<EmotionScale, 'min' | 'max'>): number {
  const value = to.min + ((score - from.min) * (to.max - to.min)) / (from.max - from.min)
  const rounded = Number(value.toFixed(RESCALE_DECIMALS))
  return Math.min(to.max, Math.max(to.min, rounded === 0 ? 0 : rounded))
}

/** The journey on another emotion scale, every score moved with it; `per` stays as it was. */
export function rescaleJourney(journey: Journey, to: Pick<EmotionScale, 'min' | 'max'>): Journey {
  const from = journey.emotionScale
  if (from.min === to.min && from.max === to.max) return journey
  return {
    ...journey,
    emotionScale: { ...from, min: to.min, max: to.max },
    items: journey.items.map((item) => (item.score === undefined ? item : { ...item, score: rescaleScore(item.score, from, to) }))
  }
}

/** Why a text is not a scale: not written MIN..MAX, or its MIN not below its MAX. */
export type EmotionScaleRefusal = 'scale-not-min-max' | 'scale-min-not-below-max'

/**
 * Reads a scale written as "MIN..MAX" ("-2..2", "1..5", "1..10").
 * @returns the scale, or the code of what is wrong, for the caller to word in its own voice
 */
export function parseEmotionScale(text: string): { ok: true; scale: Pick<EmotionScale, 'min' | 'max'> } | { ok: false; code: EmotionScaleRefusal } {
  const match = /^\s*([+-]?\d+(?:\.\d+)?)\s*\.\.\s*([+-]?\d+(?:\.\d+)?)\s*$/.exec(text)
  if (match === null) return { ok: false, code: 'scale-not-min-max' }
  const min = Number(match[1])
  const max = Number(match[2])
  if (!(min < max)) return { ok: false, code: 'scale-min-not-below-max' }
  return { ok: true, scale: { min, max } }
}
