/**
 * A deterministic text-width estimate, so the same board always wraps the same way with no font
 * engine. Advances are a Helvetica-class table (per 1000 em, printable ASCII) scaled up to Inter,
 * which sets wider; the estimate leans wide so real text fits where the estimate says it does.
 */

// Widths for ' ' (32) through '~' (126).
const ASCII_ADVANCES: readonly number[] = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556,
  556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584
]
const FIRST_ASCII = 32
const LAST_ASCII = 126
const EM = 1000
const INTER_SCALE_REGULAR = 1.08
const INTER_SCALE_BOLD = 1.13
const BOLD_WEIGHT = 600
const WIDE_ADVANCE = 1000
const OTHER_ADVANCE = 600
const TAB_ADVANCE = 4 * 278

/** CJK, Hangul, full-width forms and pictographs take a full em. */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x1f300 && code <= 0x1faff) ||
    (code >= 0x20000 && code <= 0x3fffd)
  )
}

function isZeroWidth(code: number): boolean {
  return (code >= 0x0300 && code <= 0x036f) || (code >= 0x200b && code <= 0x200f) || code === 0xfe0f || code === 0xfeff
}

function advanceOf(char: string): number {
  const code = char.codePointAt(0) ?? 0
  if (code >= FIRST_ASCII && code <= LAST_ASCII) return ASCII_ADVANCES[code - FIRST_ASCII] ?? OTHER_ADVANCE
  if (code === 9) return TAB_ADVANCE
  if (isZeroWidth(code)) return 0
  // Accented Latin measures like its base letter.
  const base = char.normalize('NFD').codePointAt(0) ?? code
  if (base >= FIRST_ASCII && base <= LAST_ASCII) return ASCII_ADVANCES[base - FIRST_ASCII] ?? OTHER_ADVANCE
  return OTHER_ADVANCE
}

/** Estimated advance width of `text` set in Inter at `fontSize` px and `fontWeight`. */
export function estimateTextWidth(text: string, fontSize: number, fontWeight = 400): number {
  let latin = 0
  // Wide glyphs come from a fallback CJK or emoji font at a full em, whatever Inter's proportions.
  let wide = 0
  for (const char of text) {
    if (isWide(char.codePointAt(0) ?? 0)) wide += WIDE_ADVANCE
    else latin += advanceOf(char)
  }
  const scale = fontWeight >= BOLD_WEIGHT ? INTER_SCALE_BOLD : INTER_SCALE_REGULAR
  return ((latin * scale + wide) / EM) * fontSize
}
