import { inNumberMarks, type NumberMarks } from '../i18n'
import { curveIdOf, type EmotionCurve, type Item, type Journey, journeyCurves, type Lane } from '../model'
import { indexesById } from './indexes-by-id'

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
  // Loops rather than map, filter and forEach with callbacks made per call (see scoredIn).
  const order: CurveOrder = { stages: indexesById(journey.stages), rows: indexesById(rows), curves: indexesById(journeyCurves(journey)) }
  const curves = new Map<string, Item[]>()
  const touchpointLanes = new Set<string>()
  for (const lane of rows) if (lane.kind === 'touchpoints') touchpointLanes.add(lane.id)
  let index = 0
  for (const lane of rows) {
    if (lane.kind !== 'emotion') continue
    const touchpoints = index === 0 && journey.emotionScale.per === 'touchpoint' ? scoredIn(journey, touchpointLanes, order) : []
    curves.set(lane.id, touchpoints.length > 0 ? touchpoints : scoredIn(journey, new Set([lane.id]), order))
    index++
  }
  return curves
}

/** Where stages, rows and curves come in the journey: what orders the points of a curve. */
interface CurveOrder {
  stages: ReadonlyMap<string, number>
  rows: ReadonlyMap<string, number>
  curves: ReadonlyMap<string, number>
}

/** A scored item with its places in curve order, worked out once rather than at every comparison. */
interface CurvePoint {
  item: Item
  stage: number
  row: number
  curve: number
  /** Its place among the scored items in journey order (not a map over every item of the board). */
  order: number
}

/**
 * The scored items of some lanes in curve order. Module-level functions rather than closures made
 * per call: a closure's optimised code lives only as long as the closure, so closures made afresh
 * on every layout compile again after each full collection.
 */
function scoredIn(journey: Journey, laneIds: ReadonlySet<string>, order: CurveOrder): Item[] {
  const points: CurvePoint[] = []
  for (const item of journey.items) {
    if (item.score === undefined || !laneIds.has(item.laneId)) continue
    points.push({
      item,
      stage: order.stages.get(item.stageId) ?? 0,
      row: order.rows.get(item.laneId) ?? 0,
      curve: order.curves.get(curveIdOf(item, journey)) ?? 0,
      order: points.length
    })
  }
  points.sort(byCurveOrder)
  const items: Item[] = []
  for (const point of points) items.push(point.item)
  return items
}

/** Stage, then row, then curve, then journey order. */
function byCurveOrder(a: CurvePoint, b: CurvePoint): number {
  return a.stage - b.stage || a.row - b.row || a.curve - b.curve || a.order - b.order
}

/** One curve's points within an emotion row, in curve order: the run its line joins. */
export interface CurveRun {
  curve: EmotionCurve
  points: Item[]
}

/** An emotion row's points split by curve, in the journey's curve order; curves without points are left out. */
export function curveRuns(journey: Journey, points: readonly Item[]): CurveRun[] {
  // Loops rather than callbacks made per call (see scoredIn).
  const runs: CurveRun[] = []
  for (const curve of journeyCurves(journey)) {
    const onCurve: Item[] = []
    for (const item of points) if (curveIdOf(item, journey) === curve.id) onCurve.push(item)
    if (onCurve.length > 0) runs.push({ curve, points: onCurve })
  }
  return runs
}

/** A score as a program writes it, the marks a reader compares a badge's text in. */
const PLAIN_MARKS: NumberMarks = { decimal: '.', minus: '-' }

/**
 * A score as the curve shows it, with at most two decimals and the language's decimal mark and
 * minus sign: "+2", "0", "−1.5" (or "−1,5" in Danish); plain "4" on a scale such as 1..5, where a
 * plus sign would read as a bonus.
 */
export function formatScore(score: number, scale: { min: number }, marks: NumberMarks = PLAIN_MARKS): string {
  const rounded = Math.round(score * 100) / 100
  if (rounded === 0) return '0'
  const digits = inNumberMarks(String(rounded), marks)
  return rounded > 0 && scale.min < 0 ? `+${digits}` : digits
}
