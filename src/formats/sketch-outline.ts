import * as z from 'zod/mini'

import { emotionCurves } from '../layout/emotion-curves'
import { type Journey, LaneKindSchema, validateJourney } from '../model'
import type { JourneyTemplate } from '../templates/journey-template'
import { stageCurveEmotions } from './journey-analytics'

/** The most stickies a sketch draws in one cell. */
export const SKETCH_STICKIES_PER_CELL = 3

const count = z.int().check(z.gte(0))

/**
 * What a journey's sketch shows, and no more: the gallery draws its cards from this, so the
 * sandbox sends a few numbers per template instead of whole journeys for the panel to check first.
 */
export const SketchOutlineSchema = z.object({
  stages: count,
  /** Each lane's kind, top to bottom (it colours the lane's stickies). */
  lanes: z.array(LaneKindSchema),
  /** Per lane, per stage: the stickies the sketch draws in that cell (at most SKETCH_STICKIES_PER_CELL). */
  cells: z.array(z.array(z.int().check(z.gte(0), z.lte(SKETCH_STICKIES_PER_CELL)))),
  /** Every sticky of the journey, for the sketch's caption. */
  stickies: count,
  /** Per stage, where the emotion curve passes as a share of the scale (0 its bottom, 1 its top), null where unscored; empty without a curve. */
  curve: z.array(z.nullable(z.number().check(z.gte(0), z.lte(1))))
})
export type SketchOutline = z.output<typeof SketchOutlineSchema>

/**
 * The mean emotion score of each stage on the primary curve, undefined where none is scored: the
 * analytics' own per-stage means (see `stageCurveEmotions`), so the sketch and the summary agree.
 */
export function stageEmotions(journey: Journey): (number | undefined)[] {
  // The primary curve only: a to-be curve averaged in would describe neither experience.
  return stageCurveEmotions(journey).map((curves) => curves[0])
}

/** A journey's sketch outline: its stages, lanes, stickies per cell and emotion curve. */
export function sketchOutline(journey: Journey): SketchOutline {
  const counts = new Map<string, number>()
  for (const item of journey.items) counts.set(`${item.stageId}\u0000${item.laneId}`, (counts.get(`${item.stageId}\u0000${item.laneId}`) ?? 0) + 1)
  const { min, max } = journey.emotionScale
  // Only a board that draws an emotion curve gets one in its sketch (scores on other lanes show as
  // badges on their stickies, not as a curve).
  const drawsCurve = [...emotionCurves(journey, journey.lanes).values()].some((items) => items.length > 0)
  return {
    stages: journey.stages.length,
    lanes: journey.lanes.map((lane) => lane.kind),
    cells: journey.lanes.map((lane) =>
      journey.stages.map((stage) => Math.min(SKETCH_STICKIES_PER_CELL, counts.get(`${stage.id}\u0000${lane.id}`) ?? 0))
    ),
    stickies: journey.items.length,
    curve: drawsCurve ? stageEmotions(journey).map((score) => (score === undefined ? null : Math.min(1, Math.max(0, (score - min) / (max - min))))) : []
  }
}

/**
 * Each template's sketch, of its journey in its default locale, by template id: the one the build
 * made for it where there is one, else made here.
 */
export function templateSketches(templates: readonly JourneyTemplate[]): Record<string, SketchOutline> {
  return Object.fromEntries(
    templates.flatMap((template) => {
      if (template.sketch !== undefined) return [[template.id, SketchOutlineSchema.parse(template.sketch)]]
      const locale = template.locales[0]
      const checked = locale === undefined ? undefined : validateJourney(template.journey(locale))
      return checked?.ok === true ? [[template.id, sketchOutline(checked.value)]] : []
    })
  )
}
