import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { CalibrationFixtureSchema, calibrationFromDiagnosticsAsync, stickyHeightAsync } from '../../src/diagnostics/calibration-from-diagnostics'
import { DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { createFigJamEmulator, DEFAULT_TEXT_CALIBRATION, TextCalibrationSchema } from '../../src/emulator'
import { propertyRuns } from '../support/property-runs'
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

  // Whatever text metrics FigJam has, the check run on an emulator set to them must give them back.
  it('recovers the text metrics FigJam has from what the check observed, and the sticky inset that grows stickies as FigJam did', async () => {
    const metrics = fc.record({
      charWidthEm: fc.double({ min: 0.35, max: 0.7, noNaN: true }),
      wideCharWidthEm: fc.double({ min: 0.8, max: 1.6, noNaN: true }),
      lineHeightEm: fc.double({ min: 1.1, max: 1.6, noNaN: true }),
      stickyPadding: fc.integer({ min: 8, max: 40 })
    })
    await fc.assert(
      fc.asyncProperty(metrics, async (known) => {
        const emulator = createFigJamEmulator({ recordUndo: true, textCalibration: { ...DEFAULT_TEXT_CALIBRATION, ...known } })
        const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(emulator.api, { yieldAsync: noWait }))
        const { calibration } = await calibrationFromDiagnosticsAsync(diagnostics)
        expect(calibration.charWidthEm).toBeCloseTo(known.charWidthEm, 6)
        expect(calibration.wideCharWidthEm).toBeCloseTo(known.wideCharWidthEm, 6)
        expect(calibration.lineHeightEm).toBeCloseTo(known.lineHeightEm, 6)
        // The metrics alone, without the heights kept as observed, grow every sample as FigJam did.
        const { api } = createFigJamEmulator({ textCalibration: { ...calibration, stickies: [] } })
        for (const observed of diagnostics.stickies) expect(await stickyHeightAsync(api, observed)).toBe(observed.height)
      }),
      propertyRuns(4)
    )
  })

  it('refuses diagnostics with no text measured, saying what to do', async () => {
    const diagnostics = DiagnosticsSchema.parse(readJson(EXAMPLE))
    await expect(calibrationFromDiagnosticsAsync({ ...diagnostics, texts: [] })).rejects.toThrow(/run the check again/)
  })
})

describe.each(calibrations)('calibration $name', ({ calibration, fixture }) => {
  it('makes the emulator give every sticky the height FigJam gave it', async () => {
    const { api } = createFigJamEmulator({ textCalibration: calibration })
    for (const observed of fixture.stickies) expect(await stickyHeightAsync(api, observed)).toBe(observed.height)
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
