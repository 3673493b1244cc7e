import { type Journey, parseEmotionScale, rescaleJourney } from '../model'
import { usageError } from './cli-error'
import type { FlagValue } from './command'

/** `--scale MIN..MAX`: the journey moved onto that emotion scale, every score with it; unchanged without the flag. */
export function rescaleByFlag(journey: Journey, flag: FlagValue | undefined): Journey {
  if (flag === undefined) return journey
  const scale = parseEmotionScale(typeof flag === 'string' ? flag : '')
  if (typeof scale === 'string') throw usageError(`--scale: ${scale}`)
  return rescaleJourney(journey, scale)
}
