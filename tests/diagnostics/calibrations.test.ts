import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { CalibrationFixtureSchema, calibrationFromDiagnosticsAsync } from '../../src/diagnostics/calibration-from-diagnostics'
import { DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { createFigJamEmulator, DEFAULT_TEXT_CALIBRATION, type TextCalibration, TextCalibrationSchema } from '../../src/emulator'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { runCheckAsync } from '../../src/self-check/run-check'
import { templateJourney } from '../reader/generated-board'
import { TEMPLATES } from '../../src/templates'
import { boardProblems } from '../plugin-api/board-invariants'

const noWait = async (): Promise<void> => {}
const CALIBRATIONS = 'tests/fixtures/calibrations'
const EXAMPLE = 'tests/fixtures/diagnostics/emulator.json'

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'))
}

/** Every calibration the script wrote, with its fixture. */
const calibrations = readdirSync(CALIBRATIONS)
  .filter((file) => file.endsWith('.calibration.json'))
  .map((file) => {
    const name = file.replace(/\.calibration\.json$/, '')
    return {
      name,
      calibration: TextCalibrationSchema.parse(readJson(path.join(CALIBRATIONS, file))),
      fixture: CalibrationFixtureSchema.parse(readJson(path.join(CALIBRATIONS, `${name}.fixture.json`)))
    }
  })

describe('calibration from diagnostics', () => {
  it('turns the committed example diagnostics into the committed calibration and fixture (the script is reproducible)', async () => {
    const diagnostics = DiagnosticsSchema.parse(readJson(EXAMPLE))
    const made = await calibrationFromDiagnosticsAsync(diagnostics)
    const committed = calibrations.find((entry) => entry.name === 'emulator')
    expect(made.calibration).toEqual(committed?.calibration)
    expect(made.fixture).toEqual(committed?.fixture)
  })

  // Text metrics a FigJam might have: the check run on an emulator set to them must give them back.
  const KNOWN: Record<string, TextCalibration> = {
    default: DEFAULT_TEXT_CALIBRATION,
    'narrow, tight lines, thin inset': { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.42, wideCharWidthEm: 0.95, lineHeightEm: 1.15, stickyPadding: 16 },
    'wide, loose lines, thick inset': { ...DEFAULT_TEXT_CALIBRATION, charWidthEm: 0.61, wideCharWidthEm: 1.3, lineHeightEm: 1.45, stickyPadding: 30 }
  }
  for (const [name, known] of Object.entries(KNOWN)) {
    it(`recovers the text metrics FigJam has from what the check observed: ${name}`, async () => {
      const emulator = createFigJamEmulator({ recordUndo: true, textCalibration: known })
      const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
      const { calibration } = await calibrationFromDiagnosticsAsync(diagnostics)
      expect(calibration.charWidthEm).toBeCloseTo(known.charWidthEm, 6)
      expect(calibration.wideCharWidthEm).toBeCloseTo(known.wideCharWidthEm, 6)
      expect(calibration.lineHeightEm).toBeCloseTo(known.lineHeightEm, 6)
      expect(calibration.stickyPadding).toBe(known.stickyPadding)
      expect(calibration.stickies).toHaveLength(diagnostics.stickies.length)
    })
  }

  it('refuses diagnostics with no text measured, saying what to do', async () => {
    const diagnostics = DiagnosticsSchema.parse(readJson(EXAMPLE))
    await expect(calibrationFromDiagnosticsAsync({ ...diagnostics, texts: [] })).rejects.toThrow(/run the check again/)
  })
})

describe.each(calibrations)('calibration $name', ({ calibration, fixture }) => {
  it('makes the emulator give every sticky the height FigJam gave it', async () => {
    const { api } = createFigJamEmulator({ textCalibration: calibration })
    for (const observed of fixture.stickies) {
      const sticky = api.createSticky()
      await Promise.all([api.loadFontAsync(sticky.text.fontName as FontName), api.loadFontAsync(observed.font)])
      sticky.text.fontName = observed.font
      sticky.text.fontSize = observed.fontSize
      sticky.text.characters = observed.text
      sticky.isWideWidth = observed.wide
      expect(sticky.height).toBe(observed.height)
    }
  })

  it('measures texts as FigJam did: one line within a tenth of its width, wrapped within one line of its height', async () => {
    const { api } = createFigJamEmulator({ textCalibration: calibration })
    await api.loadFontAsync({ family: 'Inter', style: 'Regular' })
    for (const observed of fixture.texts) {
      const line = api.createText()
      line.fontSize = observed.fontSize
      line.characters = observed.text
      line.textAutoResize = 'WIDTH_AND_HEIGHT'
      expect(Math.abs(line.width - observed.lineWidth)).toBeLessThanOrEqual(observed.lineWidth / 10)
      expect(line.height).toBeCloseTo(observed.lineHeight, 6)
      line.resize(observed.wrapWidth, 1)
      line.textAutoResize = 'HEIGHT'
      expect(Math.abs(line.height - observed.wrappedHeight)).toBeLessThanOrEqual(observed.lineHeight)
    }
  })

  it('keeps every template board sound under it: nothing overlaps, nothing sticks out, no shape clips its text', async () => {
    for (const template of TEMPLATES) {
      const emulator = createFigJamEmulator({ textCalibration: calibration })
      const journey = templateJourney(template.id)
      const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noWait })
      expect(boardProblems(emulator.toRestFile(), summary.boardId, journey)).toEqual([])
      expect(emulator.clippedShapes()).toEqual([])
    }
  })
})
