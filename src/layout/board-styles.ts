import type { Journey, LinkKind, MarkColor, StickyColor } from '../model'
import type { Hex, PlanShapeType } from './board-plan'
import { CONNECTOR_COLORS, presetFilledWith, SECTION_COLORS, SHAPE_PRESETS, type ShapePreset, STICKY_SHAPE_PRESETS } from '../palette/figjam-palette'
import { DIAMOND_GLYPH_FONT_SIZE } from './layout-metrics'

/** What each kind of board element looks like, in FigJam palette colours only; every shape in one of FigJam's shape presets. */

export type MarkerKind = 'red-flag' | 'green-flag' | 'moment-of-truth'
export type EmotionSign = 'positive' | 'neutral' | 'negative'

export interface ShapeStyle extends ShapePreset {
  shapeType: PlanShapeType
  /** A glyph drawn in the shape; empty for none. */
  text: string
  /** The glyph's size, where MARKER_FONT_SIZE would not fit the shape's text area. */
  fontSize?: number
}

/** Markers pinned to a sticky: a red diamond for what breaks, a green dot for what works, a star for a moment of truth. */
export const MARKER_STYLES: Readonly<Record<MarkerKind, ShapeStyle>> = {
  'red-flag': { shapeType: 'DIAMOND', ...SHAPE_PRESETS.red, text: '!', fontSize: DIAMOND_GLYPH_FONT_SIZE },
  'green-flag': { shapeType: 'ELLIPSE', ...SHAPE_PRESETS.green, text: '✓' },
  'moment-of-truth': { shapeType: 'STAR', ...SHAPE_PRESETS.yellow, text: '' }
}

/** Emotion points and score badges are coloured by the sign of their score. */
export const EMOTION_SHAPES: Readonly<Record<EmotionSign, ShapePreset>> = {
  positive: SHAPE_PRESETS.green,
  neutral: SHAPE_PRESETS.yellow,
  negative: SHAPE_PRESETS.red
}

export const EMOTION_LINE_STROKE: Hex = CONNECTOR_COLORS.pink

/**
 * The model's mark colours (curves, evidence levels) as FigJam's saturated swatches: connector
 * strokes, and shape fills that FigJam coordinates with them. Gray is the darker gray, which
 * stays visible as a line on a white board.
 */
export const MARK_COLORS: Readonly<Record<MarkColor, Hex>> = {
  black: CONNECTOR_COLORS.black,
  gray: CONNECTOR_COLORS.darkGray,
  green: CONNECTOR_COLORS.green,
  teal: CONNECTOR_COLORS.teal,
  blue: CONNECTOR_COLORS.blue,
  violet: CONNECTOR_COLORS.violet,
  pink: CONNECTOR_COLORS.pink,
  red: CONNECTOR_COLORS.red,
  orange: CONNECTOR_COLORS.orange,
  yellow: CONNECTOR_COLORS.yellow
}

/**
 * The shape preset of each mark colour (evidence markers, curve swatches): the saturated preset
 * whose fill is that colour's swatch above, so a marker's fill still tells its level.
 */
export const MARK_SHAPES: Readonly<Record<MarkColor, ShapePreset>> = presetsFilled(MARK_COLORS)

/** An evidence marker: a square with the level's letter, unlike the flags' diamond and dot and the star. */
export const EVIDENCE_MARKER_SHAPE: PlanShapeType = 'ROUNDED_RECTANGLE'

/** Links are coloured by kind; hand-overs stand out in blue. */
export const LINK_STROKES: Readonly<Record<LinkKind, Hex>> = {
  handover: CONNECTOR_COLORS.blue,
  interaction: CONNECTOR_COLORS.darkGray,
  referral: CONNECTOR_COLORS.violet,
  sequence: CONNECTOR_COLORS.gray
}

/** Link kinds shown as legend swatches: the saturated preset filled with each link's stroke. */
export const LINK_SHAPES: Readonly<Record<LinkKind, ShapePreset>> = presetsFilled(LINK_STROKES)

/** Phases take turns through these (a band in the sticky colour's light shape preset); a phase's band and its stages' sections share a hue. */
export const PHASE_BAND_COLORS: readonly StickyColor[] = ['blue', 'violet', 'teal', 'orange', 'pink', 'green', 'yellow', 'red']
export const PHASE_SECTION_FILLS: readonly Hex[] = [
  SECTION_COLORS.lightBlue,
  SECTION_COLORS.lightViolet,
  SECTION_COLORS.lightTeal,
  SECTION_COLORS.lightOrange,
  SECTION_COLORS.lightPink,
  SECTION_COLORS.lightGreen,
  SECTION_COLORS.lightYellow,
  SECTION_COLORS.lightRed
]
/** Stages outside any phase. */
export const UNPHASED_SECTION_FILL: Hex = SECTION_COLORS.lightGray
export const BOARD_FILL: Hex = SECTION_COLORS.white

export const STATE_SHAPES: Readonly<Record<Journey['state'], ShapePreset>> = {
  current: STICKY_SHAPE_PRESETS.blue,
  future: STICKY_SHAPE_PRESETS.violet
}

export const PERSONA_CARD_SHAPE: ShapePreset = SHAPE_PRESETS.white
export const BLUEPRINT_LINE_SHAPE: ShapePreset = SHAPE_PRESETS.black
export const BLUEPRINT_LABEL_SHAPE: ShapePreset = SHAPE_PRESETS.white

/** Where a score falls on its scale: above the middle is positive (0 on a -2..+2 scale, 3 on 1..5). */
export function emotionSign(score: number, scale: { min: number; max: number }): EmotionSign {
  const middle = (scale.min + scale.max) / 2
  if (score > middle) return 'positive'
  if (score < middle) return 'negative'
  return 'neutral'
}

function presetsFilled<K extends string>(fills: Readonly<Record<K, Hex>>): Readonly<Record<K, ShapePreset>> {
  return Object.fromEntries(Object.entries<Hex>(fills).map(([key, fill]) => [key, presetFilledWith(fill)])) as Record<K, ShapePreset>
}
