import { charsPerLine, lineHeightFor, type TextBox, wrappedTextHeight } from './estimate-text-height'
import { STICKY_FONT_SIZE, STICKY_SIZE, STICKY_TEXT_PADDING, STICKY_WIDE_WIDTH } from './layout-metrics'

export interface StickySize {
  width: number
  height: number
  wide: boolean
}

const box = (width: number): TextBox => ({ width, fontSize: STICKY_FONT_SIZE, padding: STICKY_TEXT_PADDING })

/** Narrow characters per line at the sticky font size: 17 on a square sticky, 34 on a wide one. */
export const STICKY_CHARS_PER_LINE = { square: charsPerLine(box(STICKY_SIZE)), wide: charsPerLine(box(STICKY_WIDE_WIDTH)) } as const
/** The estimated height of one line of sticky text (26 px at 18 px type). */
export const STICKY_LINE_HEIGHT = lineHeightFor(STICKY_FONT_SIZE)

/**
 * The size FigJam will give a sticky holding this text. A sticky stays square while its text fits;
 * text that would overflow the square goes on a wide sticky (FigJam cannot make stickies any wider),
 * which then grows downwards as far as the text needs. The estimate errs tall (see
 * estimate-text-height.ts), so a plan built on it leaves room for what FigJam actually draws.
 */
export function estimateStickySize(text: string): StickySize {
  const square = estimateStickyHeight(text, false)
  if (square <= STICKY_SIZE) return { width: STICKY_SIZE, height: STICKY_SIZE, wide: false }
  return { width: STICKY_WIDE_WIDTH, height: estimateStickyHeight(text, true), wide: true }
}

/** The estimated height of a sticky of the given width holding this text (never under the square). */
export function estimateStickyHeight(text: string, wide: boolean, fontSize = STICKY_FONT_SIZE): number {
  return Math.max(STICKY_SIZE, wrappedTextHeight(text, wide ? STICKY_WIDE_WIDTH : STICKY_SIZE, fontSize, STICKY_TEXT_PADDING))
}
