import { type EmotionScaleRefusal, type Journey, parseEmotionScale, rescaleJourney } from '../model'
import { usageError } from './cli-error'
import type { FlagValue } from './command'

/** What `--scale` must be, in the words every refused option uses ("--x must be …, got "…""). */
const SCALE_WANTED: Record<EmotionScaleRefusal, string> = {
  'scale-not-min-max': 'MIN..MAX, such as -2..2, 1..5 or 1..10',
  'scale-min-not-below-max': 'MIN..MAX with MIN less than MAX'
}

/** `--scale MIN..MAX`: the journey moved onto that emotion scale, every score with it; unchanged without the flag. */
export function rescaleByFlag(journey: Journey, flag: FlagValue | undefined): Journey {
  if (flag === undefined) return journey
  const text = typeof flag === 'string' ? flag : ''
  const parsed = parseEmotionScale(text)
  if (!parsed.ok) throw usageError(`--scale must be ${SCALE_WANTED[parsed.code]}, got "${text}"`)
  return rescaleJourney(journey, parsed.scale)
}
