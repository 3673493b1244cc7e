import * as z from 'zod/mini'

/**
 * The emulator's text layout: the one place where the emulator decides how big text is. Real glyph
 * widths are unknowable outside Figma, so by default every narrow character is half an em wide, an
 * ideograph, kana, hangul syllable or emoji a full em, and a line is 1.25 ems tall; lines wrap
 * greedily at spaces (a word longer than a line is split). A calibration (made from what a real
 * FigJam reported, see scripts/calibration-from-diagnostics.ts) replaces these numbers, and the
 * sticky heights FigJam reported for given texts are then answered exactly.
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
  /** Advance of an ideograph, kana, hangul syllable or emoji, in ems. */
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

const WIDE_GLYPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Extended_Pictographic}\u3000-\u303f\uff01-\uff60]/u

/** How many narrow and wide glyphs a text has, as `lineWidth` counts them. */
export function glyphCounts(text: string): { narrow: number; wide: number } {
  let wide = 0
  let narrow = 0
  for (const char of text) {
    if (WIDE_GLYPH.test(char)) wide += 1
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
    for (const char of line) ems += WIDE_GLYPH.test(char) ? this.calibration.wideCharWidthEm : this.calibration.charWidthEm
    return ems * fontSize
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
