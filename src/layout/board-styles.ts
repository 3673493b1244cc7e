import type { Journey, LinkKind, MarkColor, StickyColor } from '../model'
import type { Hex, PlanShapeType } from './board-plan'
import { CONNECTOR_COLORS, SECTION_COLORS, STICKY_COLORS } from './figjam-palette'
import { DIAMOND_GLYPH_FONT_SIZE } from './layout-metrics'

/** What each kind of board element looks like, in FigJam palette colours only. */

export type MarkerKind = 'red-flag' | 'green-flag' | 'moment-of-truth'
export type EmotionSign = 'positive' | 'neutral' | 'negative'

export interface ShapeStyle {
  shapeType: PlanShapeType
  fill: Hex
  /** A glyph drawn in the shape; empty for none. */
  text: string
  /** The glyph's size, where MARKER_FONT_SIZE would not fit the shape's text area. */
  fontSize?: number
}

/** Markers pinned to a sticky: a red diamond for what breaks, a green dot for what works, a star for a moment of truth. */
export const MARKER_STYLES: Readonly<Record<MarkerKind, ShapeStyle>> = {
  'red-flag': { shapeType: 'DIAMOND', fill: CONNECTOR_COLORS.red, text: '!', fontSize: DIAMOND_GLYPH_FONT_SIZE },
  'green-flag': { shapeType: 'ELLIPSE', fill: CONNECTOR_COLORS.green, text: '✓' },
  'moment-of-truth': { shapeType: 'STAR', fill: CONNECTOR_COLORS.yellow, text: '' }
}

/** Emotion points are coloured by the sign of their score. */
export const EMOTION_FILLS: Readonly<Record<EmotionSign, Hex>> = {
  positive: CONNECTOR_COLORS.green,
  neutral: CONNECTOR_COLORS.yellow,
  negative: CONNECTOR_COLORS.red
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

/** An evidence marker: a square with the level's letter, unlike the flags' diamond and dot and the star. */
export const EVIDENCE_MARKER_SHAPE: PlanShapeType = 'ROUNDED_RECTANGLE'

/** Links are coloured by kind; hand-overs stand out in blue. */
export const LINK_STROKES: Readonly<Record<LinkKind, Hex>> = {
  handover: CONNECTOR_COLORS.blue,
  interaction: CONNECTOR_COLORS.darkGray,
  referral: CONNECTOR_COLORS.violet,
  sequence: CONNECTOR_COLORS.gray
}

/** Phases take turns through these; a phase's band and its stages' sections share a hue. */
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

export const STATE_FILLS: Readonly<Record<Journey['state'], Hex>> = {
  current: STICKY_COLORS.blue,
  future: STICKY_COLORS.violet
}

export const PERSONA_CARD_FILL: Hex = STICKY_COLORS.white
export const PERSONA_CARD_STROKE: Hex = CONNECTOR_COLORS.lightGray
export const BLUEPRINT_LINE_FILL: Hex = CONNECTOR_COLORS.black
export const BLUEPRINT_LABEL_FILL: Hex = STICKY_COLORS.white
export const BLUEPRINT_LABEL_STROKE: Hex = CONNECTOR_COLORS.black

/** Where a score falls on its scale: above the middle is positive (0 on a -2..+2 scale, 3 on 1..5). */
export function emotionSign(score: number, scale: { min: number; max: number }): EmotionSign {
  const middle = (scale.min + scale.max) / 2
  if (score > middle) return 'positive'
  if (score < middle) return 'negative'
  return 'neutral'
}
