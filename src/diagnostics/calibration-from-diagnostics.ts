import * as z from 'zod/mini'

import { createFigJamEmulator } from '../emulator/create-figjam-emulator'
import { DEFAULT_TEXT_CALIBRATION, glyphCounts, TextCalibrationSchema } from '../emulator/model/text-metrics'
import type { Diagnostics } from './diagnostics'

/** The sticky inset searched, in whole pixels: FigJam's is somewhere in here. */
const MAX_STICKY_PADDING = 64

/**
 * What a calibrated emulator must reproduce of what FigJam observed: the regression test's fixture.
 * Sticky heights are kept exactly (the calibration holds them); texts are met within the tolerance
 * a per-script average glyph width allows.
 */
export const CalibrationFixtureSchema = z.object({
  /** Where the diagnostics came from (FigJam's API version, editor, user agent). */
  environment: z.record(z.string(), z.string()),
  stickies: z.array(z.object({ text: z.string(), font: z.object({ family: z.string(), style: z.string() }), fontSize: z.number(), wide: z.boolean(), height: z.number() })),
  texts: z.array(z.object({ text: z.string(), fontSize: z.number(), lineWidth: z.number(), lineHeight: z.number(), wrapWidth: z.number(), wrappedHeight: z.number() }))
})
export type CalibrationFixture = z.output<typeof CalibrationFixtureSchema>

export interface Calibration {
  calibration: z.output<typeof TextCalibrationSchema>
  fixture: CalibrationFixture
}

/**
 * Turns what FigJam observed into the emulator's text metrics (text-metrics.ts): the line height
 * and glyph advances from the texts measured on one line, the sticky inset that best reproduces
 * the stickies FigJam grew, and every sticky height as observed. Where FigJam clips a shape's text
 * cannot be observed through the Plugin API (it reports no clipping), so the emulator's own shape
 * inset stays; the shape sample in the diagnostics is there for a person to compare.
 * @throws when the diagnostics hold too little to calibrate from (no text measured on one line)
 */
export async function calibrationFromDiagnosticsAsync(diagnostics: Diagnostics): Promise<Calibration> {
  const lines = diagnostics.texts.filter((sample) => sample.line.width > 0 && sample.line.height > 0)
  if (lines.length === 0) throw new Error('the diagnostics hold no text measured on one line: run the check again')
  const lineHeightEm = median(lines.map((sample) => sample.line.height / sample.fontSize))
  const narrowOnly = lines.filter((sample) => glyphCounts(sample.text).wide === 0)
  const charWidthEm = median(narrowOnly.map((sample) => sample.line.width / (sample.fontSize * glyphCounts(sample.text).narrow)))
  // With the narrow advance known, what is left of a line with wide glyphs is theirs.
  const withWide = lines.filter((sample) => glyphCounts(sample.text).wide > 0)
  const wideCharWidthEm = withWide.length === 0 ? 2 * charWidthEm : median(
    withWide.map((sample) => {
      const { narrow, wide } = glyphCounts(sample.text)
      return (sample.line.width / sample.fontSize - narrow * charWidthEm) / wide
    })
  )
  const stickies = diagnostics.stickies.map(({ text, font, fontSize, wide, height }) => ({ text, font, fontSize, wide, height }))
  const base = { charWidthEm, wideCharWidthEm, lineHeightEm, shapePadding: DEFAULT_TEXT_CALIBRATION.shapePadding, stickies: [] }
  const stickyPadding = await bestStickyPaddingAsync(base, stickies)
  return {
    calibration: TextCalibrationSchema.parse({ ...base, stickyPadding, stickies }),
    fixture: {
      environment: Object.fromEntries(Object.entries(diagnostics.environment).flatMap(([key, value]) => (value === undefined ? [] : [[key, value]]))),
      stickies,
      texts: lines.map((sample) => ({
        text: sample.text,
        fontSize: sample.fontSize,
        lineWidth: sample.line.width,
        lineHeight: sample.line.height,
        wrapWidth: sample.wrapWidth,
        wrappedHeight: sample.wrappedHeight
      }))
    }
  }
}

type Sticky = Omit<Diagnostics['stickies'][number], 'sample'>

/**
 * The sticky inset under which the emulator grows the observed stickies most nearly as FigJam did
 * (the smallest total difference; the smaller inset on a tie). Only stickies FigJam grew say
 * anything about it: a square one stays square whatever the inset.
 */
async function bestStickyPaddingAsync(base: Omit<z.input<typeof TextCalibrationSchema>, 'stickyPadding'>, stickies: readonly Sticky[]): Promise<number> {
  const grown = stickies.filter((sticky) => sticky.height > Math.min(...stickies.map((s) => s.height)))
  let best = { padding: 0, error: Infinity }
  for (let padding = 0; padding <= MAX_STICKY_PADDING; padding += 1) {
    let error = 0
    for (const sticky of grown) error += Math.abs((await emulatedStickyHeightAsync({ ...base, stickyPadding: padding }, sticky)) - sticky.height)
    if (error < best.error) best = { padding, error }
  }
  return best.padding
}

/** The height the emulator gives a sticky under a calibration: its own rule, not a copy of it. */
function emulatedStickyHeightAsync(calibration: z.input<typeof TextCalibrationSchema>, sticky: Sticky): Promise<number> {
  return stickyHeightAsync(createFigJamEmulator({ textCalibration: calibration }).api, sticky)
}

/** The height a sticky with this text, font, size and width gets (made on `api`, left there). */
export async function stickyHeightAsync(api: PluginAPI, sticky: Sticky): Promise<number> {
  const node = api.createSticky()
  await Promise.all([api.loadFontAsync(node.text.fontName as FontName), api.loadFontAsync(sticky.font)])
  node.text.fontName = sticky.font
  node.text.fontSize = sticky.fontSize
  node.text.characters = sticky.text
  node.isWideWidth = sticky.wide
  return node.height
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  if (sorted.length === 0) throw new Error('nothing to take the median of')
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}
