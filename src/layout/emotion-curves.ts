import { curveIdOf, type EmotionCurve, type Item, type Journey, journeyCurves, type Lane } from '../model'

/**
 * The curves the emotion rows draw: for each lane of kind `emotion`, its scored items in curve order
 * (stage, then row, then curve, then journey order). A map can have several rows (IKEA's feeling
 * about the task and feeling about the brand), each drawn in its own band; and a row can hold several
 * of the journey's curves (as-is and to-be, one per persona), drawn over the same band, each stage's
 * points side by side in curve order.
 *
 * With `emotionScale.per === 'stage'` each emotion row draws its own scored items: one point per
 * stage in the usual case; a stage with several scored items gets several points side by side.
 * With `per === 'touchpoint'` the first emotion row draws the scored items of the touchpoint lanes
 * instead, one point per touchpoint (falling back to its own items when no touchpoint is scored,
 * so the setting never loses a curve); other emotion rows still draw their own.
 */
export function emotionCurves(journey: Journey, rows: readonly Lane[]): Map<string, Item[]> {
  const stageIndex = new Map(journey.stages.map((stage, index) => [stage.id, index]))
  const rowIndex = new Map(rows.map((lane, index) => [lane.id, index]))
  const curveIndex = new Map(journeyCurves(journey).map((curve, index) => [curve.id, index]))
  const scoredIn = (laneIds: ReadonlySet<string>): Item[] => {
    const scored = journey.items.filter((item) => item.score !== undefined && laneIds.has(item.laneId))
    // Journey order among the scored items only, not a map over every item of the board.
    const order = new Map<Item, number>()
    scored.forEach((item, index) => order.set(item, index))
    return scored.sort(
      (a, b) =>
        (stageIndex.get(a.stageId) ?? 0) - (stageIndex.get(b.stageId) ?? 0) ||
        (rowIndex.get(a.laneId) ?? 0) - (rowIndex.get(b.laneId) ?? 0) ||
        (curveIndex.get(curveIdOf(a, journey)) ?? 0) - (curveIndex.get(curveIdOf(b, journey)) ?? 0) ||
        (order.get(a) ?? 0) - (order.get(b) ?? 0)
    )
  }

  const curves = new Map<string, Item[]>()
  const touchpointLanes = new Set(rows.filter((lane) => lane.kind === 'touchpoints').map((lane) => lane.id))
  rows
    .filter((lane) => lane.kind === 'emotion')
    .forEach((lane, index) => {
      const touchpoints = index === 0 && journey.emotionScale.per === 'touchpoint' ? scoredIn(touchpointLanes) : []
      curves.set(lane.id, touchpoints.length > 0 ? touchpoints : scoredIn(new Set([lane.id])))
    })
  return curves
}

/** One curve's points within an emotion row, in curve order: the run its line joins. */
export interface CurveRun {
  curve: EmotionCurve
  points: Item[]
}

/** An emotion row's points split by curve, in the journey's curve order; curves without points are left out. */
export function curveRuns(journey: Journey, points: readonly Item[]): CurveRun[] {
  return journeyCurves(journey)
    .map((curve) => ({ curve, points: points.filter((item) => curveIdOf(item, journey) === curve.id) }))
    .filter((run) => run.points.length > 0)
}

/**
 * A score as the curve shows it, with at most two decimals and the language's decimal mark: "+2",
 * "0", "-1.5" (or "-1,5" in Danish); plain "4" on a scale such as 1..5, where a plus sign would
 * read as a bonus.
 */
export function formatScore(score: number, scale: { min: number }, decimal = '.'): string {
  const rounded = Math.round(score * 100) / 100
  if (rounded === 0) return '0'
  const digits = String(rounded).replace('.', decimal)
  return rounded > 0 && scale.min < 0 ? `+${digits}` : digits
}
