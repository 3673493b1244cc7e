import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

import { assumptionFindings, AssumptionFindingsSchema } from '../../src/diagnostics/assumption-findings'
import { calibrationFromDiagnosticsAsync } from '../../src/diagnostics/calibration-from-diagnostics'
import { ASSUMPTION_CODES, type Diagnostics, DiagnosticsSchema } from '../../src/diagnostics/diagnostics'
import { emulatorDiagnosticsAsync } from '../../src/self-check/emulator-diagnostics'

const CALIBRATIONS = 'tests/fixtures/calibrations'
const EXAMPLE = 'tests/fixtures/diagnostics/emulator.json'
/** The example as the check wrote it before it asked FigJam what the emulator assumes. */
const VERSION_1 = 'tests/fixtures/diagnostics/version-1.json'

function readDiagnostics(file: string): Diagnostics {
  return DiagnosticsSchema.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** The example diagnostics with one probe answered as `answer`: what a FigJam file might send. */
function answering(diagnostics: Diagnostics, code: (typeof ASSUMPTION_CODES)[number], answer: string | number): Diagnostics {
  return { ...diagnostics, assumptions: diagnostics.assumptions?.map((found) => (found.code === code ? { code, answer } : found)) }
}

const emulator = await emulatorDiagnosticsAsync()

describe('what FigJam answered to what the emulator assumes', () => {
  it('lists an assumption FigJam contradicted by its code, with both answers, and confirms the rest', () => {
    // A FigJam that attaches a connector's end to a table and keeps its TOP magnet, where the emulator refuses.
    const figjam = answering(readDiagnostics(EXAMPLE), 'magnet-table', 'TOP')
    const findings = assumptionFindings(figjam, emulator)
    expect(findings.contradicted).toEqual([{ code: 'magnet-table', emulator: 'refused', figjam: 'TOP' }])
    expect(findings.confirmed.map((answer) => answer.code).sort()).toEqual(ASSUMPTION_CODES.filter((code) => code !== 'magnet-table').sort())
    expect(findings.unasked).toEqual([])
  })

  it('confirms an assumption FigJam answered as the emulator does, and contradicts none', () => {
    const figjam = answering(readDiagnostics(EXAMPLE), 'magnet-table', 'refused')
    const findings = assumptionFindings(figjam, emulator)
    expect(findings.contradicted).toEqual([])
    expect(findings.confirmed).toContainEqual({ code: 'magnet-table', answer: 'refused' })
    expect(findings.confirmed).toHaveLength(ASSUMPTION_CODES.length)
  })

  it('lists a step that failed in FigJam and a sample sticky FigJam grew otherwise, by code and sample', () => {
    const example = readDiagnostics(EXAMPLE)
    const [first, ...stickies] = example.stickies
    const figjam: Diagnostics = {
      ...example,
      steps: example.steps.map((step) => (step.code === 'undo' ? { ...step, passed: false } : step)),
      stickies: [{ ...first!, height: first!.height + 22 }, ...stickies]
    }
    expect(assumptionFindings(figjam, emulator).contradicted).toEqual([
      { code: 'undo', emulator: true, figjam: false },
      { code: 'sticky-height', subject: `${first!.sample} Inter Medium square`, emulator: first!.height, figjam: first!.height + 22 }
    ])
  })

  it('still reads diagnostics of version 1, which asked nothing: every assumption unasked, none contradicted, the same calibration', async () => {
    const old = readDiagnostics(VERSION_1)
    expect(old.version).toBe(1)
    expect(old.assumptions).toBeUndefined()
    const findings = assumptionFindings(old, emulator)
    expect({ ...findings, unasked: [...findings.unasked].sort() }).toEqual({ contradicted: [], confirmed: [], unasked: [...ASSUMPTION_CODES].sort() })
    expect(await calibrationFromDiagnosticsAsync(old)).toEqual(await calibrationFromDiagnosticsAsync(readDiagnostics(EXAMPLE)))
  })

  it('refuses an answer to a probe the check does not know', () => {
    const example = readDiagnostics(EXAMPLE)
    expect(DiagnosticsSchema.safeParse({ ...example, assumptions: [{ code: 'teleport', answer: 'accepted' }] }).success).toBe(false)
    expect(DiagnosticsSchema.safeParse({ ...example, version: 3 }).success).toBe(false)
  })
})

describe.each(readdirSync(CALIBRATIONS).filter((file) => file.endsWith('.assumptions.json')))('assumptions of %s', (file) => {
  it('are still the emulator’s answers wherever FigJam confirmed them', () => {
    const findings = AssumptionFindingsSchema.parse(JSON.parse(readFileSync(path.join(CALIBRATIONS, file), 'utf8')))
    const answers = new Map(emulator.assumptions?.map((answer) => [answer.code, answer.answer]))
    for (const confirmed of findings.confirmed) expect(answers.get(confirmed.code), confirmed.code).toBe(confirmed.answer)
  })
})
