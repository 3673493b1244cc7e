import { EMOTION_BAND_HEIGHT, EMOTION_POINT_SIZE, formatScore } from '../layout'
import type { EmotionScale } from '../model'

/** A dragged point reads to one of at least this many steps across the scale. */
const MIN_SCORE_STEPS = 4
/** Step sizes tried, largest first: whole points on the usual scales, finer ones on small scales. */
const SCORE_STEPS = [1, 0.5, 0.25, 0.1, 0.05, 0.01]
/** How far (in px) a point may sit from where its score puts it and still count as not moved. */
const UNMOVED_TOLERANCE = 1

/** How far a point travels in the emotion band from the scale's maximum to its minimum. */
const TRAVEL = EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE

/** The top of a point with this score, from the top of the band (the inverse of layoutJourney's placement). */
export function pointOffsetFor(score: number, scale: EmotionScale): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, score))
  return Math.round(((scale.max - clamped) / (scale.max - scale.min)) * TRAVEL)
}

/**
 * The score an emotion point's height says. A point where its score put it keeps that score exactly;
 * a dragged one reads to the nearest step (whole points on scales of four or more, finer on small
 * ones), clamped to the scale, since nobody drags a point to a precise fraction.
 * @param offset the point's top, from the top of the band
 */
export function scoreFromPoint(offset: number, scale: EmotionScale, previous: number | undefined): number {
  if (previous !== undefined && Math.abs(offset - pointOffsetFor(previous, scale)) <= UNMOVED_TOLERANCE) return previous
  const span = scale.max - scale.min
  const raw = scale.max - (offset / TRAVEL) * span
  return roundScore(raw, scale)
}

/**
 * A score typed on a badge ("+1", "-0,5", "3", or in full-width forms as Chinese keyboards type
 * them, "＋２", "－１．５"), clamped and rounded like a dragged point; undefined when it is not a number.
 */
export function scoreFromText(text: string, scale: EmotionScale, previous: number | undefined): number | undefined {
  // NFKC folds full-width digits, signs and the ideographic full stop's neighbour "．" to ASCII.
  const trimmed = text.normalize('NFKC').trim()
  // The badge shows the stored score rounded, with either decimal mark and either minus: unchanged, it keeps the score.
  if (previous !== undefined && trimmed.replace(',', '.').replace('\u2212', '-') === formatScore(previous, scale)) return previous
  const match = /^([+\-−]?)\s*(\d+(?:[.,]\d+)?)$/.exec(trimmed)
  if (match === null) return undefined
  const sign = match[1] === '-' || match[1] === '−' ? -1 : 1
  const value = sign * Number((match[2] ?? '').replace(',', '.'))
  return clamp(Math.round(value * 100) / 100, scale)
}

function roundScore(raw: number, scale: EmotionScale): number {
  const span = scale.max - scale.min
  const step = SCORE_STEPS.find((s) => span / s >= MIN_SCORE_STEPS) ?? SCORE_STEPS[SCORE_STEPS.length - 1] ?? 1
  // toFixed removes the float noise of multiplying back (0.1 * 3 = 0.30000000000000004).
  return clamp(Number((Math.round(raw / step) * step).toFixed(2)), scale)
}

function clamp(score: number, scale: EmotionScale): number {
  const clamped = Math.min(scale.max, Math.max(scale.min, score))
  return clamped === 0 ? 0 : clamped
}
