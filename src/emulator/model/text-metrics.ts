import * as z from 'zod/mini'

/**
 * The emulator's text layout: the one place where the emulator decides how big text is. Real glyph
 * widths are unknowable outside Figma, so by default every narrow character is half an em wide,
 * every wide one (ideographs, kana, hangul, fullwidth forms, emoji) a full em, combining marks and
 * format characters nothing, and a line is 1.25 ems tall; lines wrap greedily at spaces (a word
 * longer than a line is split). A calibration (made from what a real FigJam reported) replaces these
 * numbers, and the sticky heights FigJam reported for given texts are then answered exactly.
 */

const FontSchema = z.object({ family: z.string(), style: z.string() })

/** One sticky FigJam measured: its text, font, size, width and the height FigJam gave it. */
export const ObservedStickySchema = z.object({
  text: z.string(),
  font: FontSchema,
  fontSize: z.number().check(z.positive()),
  wide: z.boolean(),
  height: z.number().check(z.positive())
})
export type ObservedSticky = z.infer<typeof ObservedStickySchema>

export const TextCalibrationSchema = z.object({
  /** Advance of a narrow glyph, in ems. */
  charWidthEm: z.number().check(z.positive()),
  /** Advance of a wide character (East Asian Wide or Fullwidth: ideographs, kana, hangul, emoji), in ems. */
  wideCharWidthEm: z.number().check(z.positive()),
  lineHeightEm: z.number().check(z.positive()),
  /** Inner margin around sticky text, each side. */
  stickyPadding: z.number().check(z.gte(0)),
  /** Inner margin around a shape's text area, each side: text taller than the area is clipped. */
  shapePadding: z.number().check(z.gte(0)),
  /** Heights FigJam reported for these stickies; the emulator gives exactly these. */
  stickies: z._default(z.array(ObservedStickySchema), [])
})
export type TextCalibration = z.input<typeof TextCalibrationSchema>
type ResolvedCalibration = z.output<typeof TextCalibrationSchema>

/** The emulator's own numbers, until a calibration replaces them. */
export const DEFAULT_TEXT_CALIBRATION: ResolvedCalibration = {
  charWidthEm: 0.5,
  wideCharWidthEm: 1,
  lineHeightEm: 1.25,
  stickyPadding: 24,
  shapePadding: 8,
  stickies: []
}

/**
 * The characters Unicode calls East Asian Wide (W) or Fullwidth (F): Unicode Standard Annex #11,
 * EastAsianWidth.txt (Unicode 14.0), with the ideograph planes and blocks it gives W by default; runs
 * of ranges that only unassigned code points separate are joined. CJK fonts, and the fallback fonts
 * FigJam draws CJK text with, set these about one em wide; everything else (halfwidth katakana,
 * ©, ™) is narrow. Hex, `first-last` or a single code point.
 */
const EAST_ASIAN_WIDE_RANGES = [
  '1100-115F 231A-231B 2329-232A 23E9-23EC 23F0 23F3 25FD-25FE 2614-2615 2648-2653 267F 2693 26A1',
  '26AA-26AB 26BD-26BE 26C4-26C5 26CE 26D4 26EA 26F2-26F3 26F5 26FA 26FD 2705 270A-270B 2728 274C',
  '274E 2753-2755 2757 2795-2797 27B0 27BF 2B1B-2B1C 2B50 2B55 2E80-303E 3041-3247 3250-4DBF',
  '4E00-A4C6 A960-A97C AC00-D7A3 F900-FAFF FE10-FE19 FE30-FE6B FF01-FF60 FFE0-FFE6 16FE0-1B2FB',
  '1F004 1F0CF 1F18E 1F191-1F19A 1F200-1F320 1F32D-1F335 1F337-1F37C 1F37E-1F393 1F3A0-1F3CA',
  '1F3CF-1F3D3 1F3E0-1F3F0 1F3F4 1F3F8-1F43E 1F440 1F442-1F4FC 1F4FF-1F53D 1F54B-1F54E 1F550-1F567',
  '1F57A 1F595-1F596 1F5A4 1F5FB-1F64F 1F680-1F6C5 1F6CC 1F6D0-1F6D2 1F6D5-1F6DF 1F6EB-1F6EC',
  '1F6F4-1F6FC 1F7E0-1F7F0 1F90C-1F93A 1F93C-1F945 1F947-1F9FF 1FA70-1FAF6 20000-3FFFD',
].join(' ')
const WIDE_RANGES: readonly (readonly [number, number])[] = EAST_ASIAN_WIDE_RANGES.split(' ').map((range) => {
  const [first = '0', last = first] = range.split('-')
  return [parseInt(first, 16), parseInt(last, 16)] as const
})
/** Combining marks and format characters (joiners, variation selectors) take no room of their own. */
const ZERO_WIDTH = /[\p{Mn}\p{Me}\p{Cf}]/u

/** Whether a code point is East Asian Wide or Fullwidth (a binary search of WIDE_RANGES). */
export function isEastAsianWide(codePoint: number): boolean {
  let low = 0
  let high = WIDE_RANGES.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const [first, last] = WIDE_RANGES[middle]!
    if (codePoint < first) high = middle - 1
    else if (codePoint > last) low = middle + 1
    else return true
  }
  return false
}

/** How many narrow and wide glyphs a text has, as `lineWidth` counts them. */
export function glyphCounts(text: string): { narrow: number; wide: number } {
  let wide = 0
  let narrow = 0
  for (const char of text) {
    if (ZERO_WIDTH.test(char)) continue
    if (isEastAsianWide(char.codePointAt(0) ?? 0)) wide += 1
    else narrow += 1
  }
  return { narrow, wide }
}

export interface TextBox {
  width: number
  height: number
}

export class TextMetrics {
  readonly calibration: ResolvedCalibration
  private readonly observed = new Map<string, number>()

  constructor(calibration: TextCalibration = DEFAULT_TEXT_CALIBRATION) {
    this.calibration = TextCalibrationSchema.parse(calibration)
    for (const sticky of this.calibration.stickies) this.observed.set(observedKey(sticky.text, sticky.font, sticky.fontSize, sticky.wide), sticky.height)
  }

  /** The width of one line of text, in pixels. */
  lineWidth(line: string, fontSize: number): number {
    let ems = 0
    for (const char of line) ems += this.charWidthEm(char)
    return ems * fontSize
  }

  /** The advance of one character, in ems. */
  private charWidthEm(char: string): number {
    if (ZERO_WIDTH.test(char)) return 0
    return isEastAsianWide(char.codePointAt(0) ?? 0) ? this.calibration.wideCharWidthEm : this.calibration.charWidthEm
  }

  lineHeight(fontSize: number): number {
    return fontSize * this.calibration.lineHeightEm
  }

  /** The lines `characters` wraps into within `width` pixels; an empty paragraph is one line. */
  wrapLines(characters: string, fontSize: number, width: number): string[] {
    const space = this.lineWidth(' ', fontSize)
    const lines: string[] = []
    for (const paragraph of characters.split('\n')) {
      let line = ''
      let used = 0
      for (const word of paragraph.split(' ')) {
        const wide = this.lineWidth(word, fontSize)
        if (line !== '' && used + space + wide <= width) {
          line += ` ${word}`
          used += space + wide
          continue
        }
        if (line !== '') lines.push(line)
        line = ''
        used = 0
        if (wide <= width) {
          line = word
          used = wide
          continue
        }
        // A word longer than the line is split wherever the line is full (at least one glyph a line).
        for (const char of word) {
          const advance = this.lineWidth(char, fontSize)
          if (line !== '' && used + advance > width) {
            lines.push(line)
            line = ''
            used = 0
          }
          line += char
          used += advance
        }
      }
      lines.push(line)
    }
    return lines
  }

  /** The box `characters` needs: on one line per paragraph (auto width) when `wrapWidth` is undefined. */
  measure(characters: string, fontSize: number, wrapWidth?: number): TextBox {
    const lines = wrapWidth === undefined ? characters.split('\n') : this.wrapLines(characters, fontSize, wrapWidth)
    const longest = lines.reduce((max, line) => Math.max(max, this.lineWidth(line, fontSize)), 0)
    return { width: wrapWidth ?? longest, height: lines.length * this.lineHeight(fontSize) }
  }

  /** The height FigJam reported for this sticky, if a calibration holds it. */
  observedStickyHeight(characters: string, font: FontName, fontSize: number, wide: boolean): number | undefined {
    return this.observed.get(observedKey(characters, font, fontSize, wide))
  }
}

function observedKey(text: string, font: FontName, fontSize: number, wide: boolean): string {
  return [font.family, font.style, fontSize, wide ? 'wide' : 'square', text].join('\u0000')
}
