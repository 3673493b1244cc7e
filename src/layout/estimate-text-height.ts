import { AVERAGE_CHAR_WIDTH_EM, LINE_HEIGHT_RATIO, WIDE_CHAR_UNITS } from './layout-metrics'

/**
 * A first guess at text heights, without a font engine: the layout's default measure when nothing
 * was measured (the plugin and the CLI lay boards out from the heights FigJam reports, see
 * text-measure.ts and board/layout-from-real-sizes.ts). Every
 * character is given a width (AVERAGE_CHAR_WIDTH_EM of the font size, or WIDE_CHAR_UNITS of that
 * for ideographs and emoji), lines are filled word by word as a greedy wrapper does, and each line
 * takes LINE_HEIGHT_RATIO times the font size. The constants err wide and tall, so the estimate is
 * an upper bound for ordinary text and a plan from it alone is a reasonable preview.
 * Deterministic: the same text and box always give the same height.
 */

export interface TextBox {
  /** Outer width of the box the text wraps in. */
  width: number
  fontSize: number
  /** Inner margin on every side. */
  padding: number
}

/** How many narrow-character widths a code point takes. */
export function charUnits(codePoint: number): number {
  // Hangul jamo, CJK, kana, fullwidth forms and everything outside the basic plane (emoji, rare
  // ideographs) render about one em wide in FigJam's fallback fonts.
  const wide =
    (codePoint >= 0x1100 && codePoint <= 0x115f) ||
    (codePoint >= 0x2e80 && codePoint <= 0xa4cf) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7a3) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xfe30 && codePoint <= 0xfe4f) ||
    (codePoint >= 0xff00 && codePoint <= 0xff60) ||
    (codePoint >= 0xffe0 && codePoint <= 0xffe6) ||
    codePoint >= 0x1f000
  return wide ? WIDE_CHAR_UNITS : 1
}

/** The width of a piece of text in narrow-character units. */
export function textUnits(text: string): number {
  let units = 0
  for (const char of text) units += charUnits(char.codePointAt(0) ?? 0)
  return units
}

/** How many narrow characters fit on one line of a box. */
export function charsPerLine(box: TextBox): number {
  return charsPerLineIn(box.width, box.fontSize, box.padding)
}

function charsPerLineIn(width: number, fontSize: number, padding: number): number {
  return Math.max(1, Math.floor((width - 2 * padding) / (fontSize * AVERAGE_CHAR_WIDTH_EM)))
}

/** The pixel height of one line at a font size. */
export function lineHeightFor(fontSize: number): number {
  return Math.ceil(fontSize * LINE_HEIGHT_RATIO)
}

/**
 * How many lines a greedy word wrapper needs for the text at `perLine` characters per line.
 * Explicit line breaks always start a new line; an empty paragraph still takes a line; a word longer
 * than a line is broken across as many lines as it needs (as FigJam does with long URLs and with
 * scripts written without spaces).
 */
export function countWrappedLines(text: string, perLine: number): number {
  // Read code point by code point rather than split into paragraphs and words: the layout asks this
  // of every text on the board, and on a big board those arrays were megabytes of garbage per layout.
  const limit = Math.max(1, Math.floor(perLine))
  let lines = 1
  let used = 0
  let units = 0
  for (let i = 0; i <= text.length; i++) {
    // -1 past the end, where the last word ends.
    const code = i < text.length ? (text.codePointAt(i) as number) : -1
    if (code > 0xffff) i++
    const breaks = code === 0x0a || code === 0x0d
    if (code >= 0 && !breaks && code !== 0x20 && code !== 0x09) {
      units += charUnits(code)
      continue
    }
    // A word ends here: it joins the line if it fits, else starts a new one.
    if (units > 0) {
      if (used > 0 && used + 1 + units <= limit) used += 1 + units
      else {
        if (used > 0) lines += 1
        // A word longer than the line fills whole lines and leaves the rest on the last one.
        const extraLines = Math.ceil(units / limit) - 1
        lines += extraLines
        used = units - extraLines * limit
      }
      units = 0
    }
    if (breaks) {
      // An explicit line break always starts a new line; \r\n is one break.
      if (code === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++
      lines += 1
      used = 0
    }
  }
  return lines
}

/** The height text needs in a box: its wrapped lines plus the padding above and below. */
export function estimateTextHeight(text: string, box: TextBox): number {
  return wrappedTextHeight(text, box.width, box.fontSize, box.padding)
}

/** estimateTextHeight with the box's sides as numbers: the layout asks it of every text on the board, and needs no box object for each. */
export function wrappedTextHeight(text: string, width: number, fontSize: number, padding: number): number {
  return countWrappedLines(text, charsPerLineIn(width, fontSize, padding)) * lineHeightFor(fontSize) + 2 * padding
}
