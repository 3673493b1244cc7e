import type { PlanFont, PlanShapeType } from './board-plan'
import { estimateStickyHeight, type StickySize } from './estimate-sticky-size'
import { wrappedTextHeight } from './estimate-text-height'
import { GLYPH_INSET, SHAPE_TEXT_AREA_SHARE, SHAPE_TEXT_PADDING, STICKY_SIZE, STICKY_WIDE_WIDTH } from './layout-metrics'

/**
 * One text whose height the layout needs. A sticky's height is what FigJam makes of its text at its
 * fixed width; a text's is that of a text node `width` wide with `textAutoResize = 'HEIGHT'` (the
 * same measure sizes shapes, which never grow to fit their text).
 */
export type MeasureRequest =
  | {
      kind: 'sticky'
      text: string
      font: PlanFont
      fontSize: number
      wide: boolean
      /** The plan key of the section the sticky will sit in, so it can be measured where it stays; not part of the request's key. */
      parent?: string | undefined
    }
  | {
      kind: 'text'
      text: string
      font: PlanFont
      fontSize: number
      width: number
      /**
       * The plan key of the text node the text is for, when it is for one: an update may then take
       * the height FigJam reported for that node, drawn in that node's font and size, without
       * measuring again. Two requests alike but for their keys are the same measurement.
       */
      key?: string
    }

/**
 * Where the layout's text heights come from. The layout stays pure: in the plugin and the CLI the
 * heights are those FigJam reports once the text is set (board/layout-from-real-sizes.ts), and the
 * estimate below is only the first guess.
 */
export interface TextMeasure {
  heightOf(request: MeasureRequest): number
}

/** A guess from average glyph widths (estimate-text-height.ts), used where nothing was measured. */
export const estimatedTextMeasure: TextMeasure = {
  heightOf(request) {
    if (request.kind === 'sticky') return estimateStickyHeight(request.text, request.wide, request.fontSize)
    return wrappedTextHeight(request.text, request.width, request.fontSize, 0)
  }
}

/** One key per distinct request, so a measurement is taken once and found again. */
export function measureRequestKey(request: MeasureRequest): string {
  const where = request.kind === 'sticky' ? (request.wide ? 'wide' : 'square') : String(request.width)
  return [request.kind, request.font.family, request.font.style, request.fontSize, where, request.text].join('\u0000')
}

/** Most stickies stay square: they share one size instead of each making its own. */
const SQUARE_STICKY: Readonly<StickySize> = Object.freeze({ width: STICKY_SIZE, height: STICKY_SIZE, wide: false })

/**
 * The sticky a text goes on: square while FigJam keeps it square, else wide (stickies cannot get any
 * wider), as tall as FigJam makes it.
 */
export function measureSticky(measure: TextMeasure, text: string, font: PlanFont, fontSize: number, parent?: string): Readonly<StickySize> {
  // parent passed as is, undefined or not: a spread would make two objects for every sticky measured.
  const square = measure.heightOf({ kind: 'sticky', text, font, fontSize, wide: false, parent })
  if (square <= STICKY_SIZE) return SQUARE_STICKY
  return { width: STICKY_WIDE_WIDTH, height: Math.max(STICKY_SIZE, measure.heightOf({ kind: 'sticky', text, font, fontSize, wide: true, parent })), wide: true }
}

/** The height of a text node's text, `width` wide: as measureText, naming the node (see MeasureRequest). */
export function measureTextNode(measure: TextMeasure, key: string, text: string, font: PlanFont, fontSize: number, width: number): number {
  return measure.heightOf({ kind: 'text', text, font, fontSize, width: Math.max(1, width), key })
}

/** The height of wrapping text `width` wide, with `padding` above and below. */
export function measureText(measure: TextMeasure, text: string, font: PlanFont, fontSize: number, width: number, padding = 0): number {
  return measure.heightOf({ kind: 'text', text, font, fontSize, width: Math.max(1, width - 2 * padding) }) + 2 * padding
}

/**
 * The height a shape needs for its text: FigJam clips what does not fit, so the text is measured in
 * the shape's text area (its width less SHAPE_TEXT_PADDING each side) and the padding added back.
 */
export function measureShapeText(measure: TextMeasure, text: string, font: PlanFont, fontSize: number, width: number, padding = SHAPE_TEXT_PADDING): number {
  return measureText(measure, text, font, fontSize, width, padding)
}

/**
 * The side of a small shape holding one glyph (a marker, a badge, a swatch): its nominal size, or
 * more when the glyph's line needs more: with GLYPH_INSET around it, and within the text area of a
 * diamond, ellipse or star (its largest centred square).
 */
export function glyphShapeSize(measure: TextMeasure, glyph: string, font: PlanFont, fontSize: number, nominal: number, shapeType: PlanShapeType = 'SQUARE'): number {
  if (glyph === '') return nominal
  const inset = Math.ceil(measureText(measure, glyph, font, fontSize, nominal, GLYPH_INSET))
  const share = (SHAPE_TEXT_AREA_SHARE as Partial<Record<PlanShapeType, number>>)[shapeType] ?? 1
  const inArea = Math.ceil(measureText(measure, glyph, font, fontSize, nominal * share) / share)
  return Math.max(nominal, inset, inArea)
}

/**
 * Measurements taken so far, answering from them and noting every request it could not answer
 * (answered meanwhile by `fallback`), so the caller can measure those and lay out again.
 */
export class MeasurementTable implements TextMeasure {
  readonly misses = new Map<string, MeasureRequest>()
  /** The texts (not stickies) it answered from real sizes, by request key: what a board stores to skip measuring them again. */
  readonly textHeights = new Map<string, number>()

  constructor(
    private readonly known: ReadonlyMap<string, number>,
    private readonly fallback: TextMeasure = estimatedTextMeasure,
    /** Heights known without measuring (what FigJam reported for nodes already on the board). */
    private readonly already: (request: MeasureRequest) => number | undefined = () => undefined
  ) {}

  heightOf(request: MeasureRequest): number {
    const key = measureRequestKey(request)
    const height = this.known.get(key) ?? this.already(request)
    if (height !== undefined) {
      if (request.kind === 'text') this.textHeights.set(key, height)
      return height
    }
    this.misses.set(key, request)
    return this.fallback.heightOf(request)
  }
}
