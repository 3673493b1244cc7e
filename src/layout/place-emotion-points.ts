import { boardCatalogueFor } from '../i18n'
import type { Item, Journey } from '../model'
import { EMOTION_SHAPES, emotionSign } from './board-styles'
import { formatScore } from './emotion-curves'
import { EMOTION_BAND_HEIGHT, EMOTION_POINT_FONT_SIZE, EMOTION_POINT_SIZE, HEADING_FONT } from './layout-metrics'
import type { PlanBuilder } from './plan-builder'

export interface EmotionBand {
  stageKey: string
  /** The band's top-left in its stage section, and its width (the column's content width). */
  x: number
  y: number
  width: number
  journey: Journey
}

/**
 * One point per curve item of a stage, spread evenly across the column and placed by score: the
 * top of the scale at the top of the emotion band, its bottom at the band's bottom. Each point is an
 * ellipse showing its score, coloured by the score's side of the scale (a FigJam shape preset sets
 * the outline with the fill, so overlaid curves are told apart by their lines' colours).
 */
export function placeEmotionPoints(plan: PlanBuilder, items: readonly Item[], band: EmotionBand): void {
  const { journey } = band
  const scale = journey.emotionScale
  const { min, max } = scale
  const travel = EMOTION_BAND_HEIGHT - EMOTION_POINT_SIZE
  // Looked up once a band, not once a point: finding the catalogue splits the locale tag.
  const typography = boardCatalogueFor(journey.locale).typography
  // A loop rather than a callback made per cell (see keepShape).
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    const score = Math.min(max, Math.max(min, item.score ?? min))
    const slotCentre = band.x + ((i + 0.5) * band.width) / items.length
    const sign = emotionSign(score, scale)
    const preset = EMOTION_SHAPES[sign]
    // One string for the key and the name; the preset's colours and the tag spelled out, not spread and cleaned.
    const key = `emotion-point:${item.id}`
    plan.add({
      kind: 'shape',
      key,
      parent: band.stageKey,
      name: key,
      x: Math.round(slotCentre - EMOTION_POINT_SIZE / 2),
      y: band.y + Math.round(((max - score) / (max - min)) * travel),
      width: EMOTION_POINT_SIZE,
      height: EMOTION_POINT_SIZE,
      shapeType: 'ELLIPSE',
      fill: preset.fill,
      stroke: preset.stroke,
      textFill: preset.textFill,
      text: formatScore(score, scale, typography),
      font: HEADING_FONT,
      fontSize: EMOTION_POINT_FONT_SIZE,
      tag: { role: 'emotion-point', itemId: item.id, stageId: item.stageId, laneId: item.laneId, variant: sign }
    })
  }
}
