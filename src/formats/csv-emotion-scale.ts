import { DEFAULT_EMOTION_SCALE, type EmotionScale, type Item, type Problem } from '../model'
import type { CsvLane } from './csv-lanes'
import { importProblem } from './import-problem'

const DEFAULT_SCALE = { min: DEFAULT_EMOTION_SCALE.min, max: DEFAULT_EMOTION_SCALE.max }

/**
 * A CSV's emotion scale, which a CSV does not say: −2 to 2 unless the scores fall outside it (then
 * widened to whole numbers around them, with a warning); scored per touchpoint when only
 * touchpoints carry scores.
 * @param lanes the CSV's lanes by id (an item whose lane is not among them counts as no touchpoint)
 */
export function csvEmotionScale(items: readonly Item[], lanes: ReadonlyMap<string, CsvLane>): { scale: EmotionScale; warnings: Problem[] } {
  let onlyTouchpoints = true
  let scored = 0
  let lowest = Number.POSITIVE_INFINITY
  let highest = Number.NEGATIVE_INFINITY
  // A loop, not Math.min(...scores): spreading 130,000 scores overflows the call stack.
  for (const item of items) {
    if (item.score === undefined) continue
    scored += 1
    lowest = Math.min(lowest, item.score)
    highest = Math.max(highest, item.score)
    if (lanes.get(item.laneId)?.lane.kind !== 'touchpoints') onlyTouchpoints = false
  }
  const per = scored > 0 && onlyTouchpoints ? 'touchpoint' : 'stage'
  const low = Math.min(DEFAULT_SCALE.min, Math.floor(lowest))
  const high = Math.max(DEFAULT_SCALE.max, Math.ceil(highest))
  const widened = low < DEFAULT_SCALE.min || high > DEFAULT_SCALE.max
  return { scale: { min: low, max: high, per }, warnings: widened ? [importProblem('emotionScale', 'csv-scale-widened', { lowest, highest, low, high })] : [] }
}
