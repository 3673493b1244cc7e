import { formatNumber, type Language } from '../../src/i18n'
import type { EmotionScale } from '../../src/model'

/**
 * "+1.5", "−0.5", "0" ("+1,5" in Danish): a score as people read it, in the language's decimal
 * mark and minus sign (its catalogue's typography), and a plus sign on a positive one.
 */
export function formatScore(score: number, language: Language = 'en'): string {
  const rounded = Math.round(score * 10) / 10
  if (rounded === 0) return '0'
  const shown = formatNumber(language, rounded, 1)
  return rounded > 0 ? `+${shown}` : shown
}

/**
 * Where a score's bar sits in a chart centred on the scale's neutral point (0 when the scale spans
 * it, else its middle): left edge and width in percent of the track, and which side it is on.
 */
export function emotionBar(score: number, scale: EmotionScale): { left: number; width: number; positive: boolean } {
  const span = scale.max - scale.min
  const neutral = scale.min <= 0 && scale.max >= 0 ? 0 : (scale.min + scale.max) / 2
  const clamped = Math.max(scale.min, Math.min(scale.max, score))
  const at = (value: number): number => ((value - scale.min) / span) * 100
  const from = at(Math.min(neutral, clamped))
  const to = at(Math.max(neutral, clamped))
  const round = (value: number): number => Math.round(value * 10) / 10
  return { left: round(from), width: round(to - from), positive: clamped >= neutral }
}

/** The first `limit` entries and how many were left out, so long lists stay short in the panel. */
export function firstOf<T>(entries: readonly T[], limit: number): { shown: T[]; more: number } {
  return { shown: entries.slice(0, limit), more: Math.max(0, entries.length - limit) }
}

/** A sentence's first letter capitalised, as a list in the panel shows it (warnings are written to go mid-sentence too). */
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1)
}
