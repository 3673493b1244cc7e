import type { EmotionCurve, Item, Journey } from './journey-schema'

/** The one curve a journey without `curves` has: version 1 files drew every score on it. */
export const DEFAULT_CURVE: EmotionCurve = { id: 'emotion', name: 'Emotion', color: 'pink' }

/** The curves of a journey without its own: one list for all, not a new one per call (curveIdOf runs per item). */
const DEFAULT_CURVES: readonly EmotionCurve[] = Object.freeze([DEFAULT_CURVE])

/** A journey's emotion curves, primary first: its own, else the single default curve. */
export function journeyCurves(journey: Pick<Journey, 'curves'>): readonly EmotionCurve[] {
  return journey.curves !== undefined && journey.curves.length > 0 ? journey.curves : DEFAULT_CURVES
}

/** The id of the curve an item's score belongs to: its own `curveId`, else the primary curve. */
export function curveIdOf(item: Pick<Item, 'curveId'>, journey: Pick<Journey, 'curves'>): string {
  return item.curveId ?? journeyCurves(journey)[0]?.id ?? DEFAULT_CURVE.id
}
