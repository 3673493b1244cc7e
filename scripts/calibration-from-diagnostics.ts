// Turns the diagnostics someone copied from "Check Journeyboard in this file" into text metrics for
// the emulator and a regression fixture:
//   node scripts/run-ts.mjs scripts/calibration-from-diagnostics.ts <diagnostics.json> <name>
// writes tests/fixtures/calibrations/<name>.calibration.json (EmulatorOptions.textCalibration),
// <name>.fixture.json (what the calibrated emulator must reproduce) and <name>.assumptions.json (what
// FigJam answered otherwise than the emulator assumes, and what it confirmed), which
// tests/diagnostics/calibrations.test.ts and tests/diagnostics/assumption-findings.test.ts then check,
// layout invariants included. It lists the contradicted assumptions by code: where the emulator, or
// the plugin, must change (sticky heights other than the emulator's own metrics give are what the
// calibration itself corrects).
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { assumptionFindings } from '../src/diagnostics/assumption-findings'
import { calibrationFromDiagnosticsAsync } from '../src/diagnostics/calibration-from-diagnostics'
import { DiagnosticsSchema } from '../src/diagnostics/diagnostics'
import { emulatorDiagnosticsAsync } from '../src/self-check/emulator-diagnostics'

const CALIBRATIONS_DIR = 'tests/fixtures/calibrations'

const [input, name] = process.argv.slice(2)
if (input === undefined || name === undefined || !/^[a-z0-9][a-z0-9-]*$/.test(name)) {
  console.error('usage: node scripts/run-ts.mjs scripts/calibration-from-diagnostics.ts <diagnostics.json> <name: lower-case letters, digits, dashes>')
  process.exit(2)
}
const parsed = DiagnosticsSchema.safeParse(JSON.parse(await readFile(input, 'utf8')))
if (!parsed.success) {
  console.error(`${input} is not a Journeyboard diagnostics document:`)
  for (const issue of parsed.error.issues) console.error(`  ${issue.path.join('.') || '(top)'}: ${issue.message}`)
  process.exit(1)
}
const { calibration, fixture } = await calibrationFromDiagnosticsAsync(parsed.data)
const findings = assumptionFindings(parsed.data, await emulatorDiagnosticsAsync())
await mkdir(CALIBRATIONS_DIR, { recursive: true })
const written = [
  [path.join(CALIBRATIONS_DIR, `${name}.calibration.json`), calibration],
  [path.join(CALIBRATIONS_DIR, `${name}.fixture.json`), fixture],
  [path.join(CALIBRATIONS_DIR, `${name}.assumptions.json`), findings]
] as const
for (const [file, content] of written) {
  await writeFile(file, JSON.stringify(content, null, 2) + '\n')
  console.log(`wrote ${file}`)
}
const { stickies: _stickies, ...metrics } = calibration
console.log(`metrics: ${JSON.stringify(metrics)}; ${calibration.stickies.length} sticky heights kept as observed`)
console.log(`assumptions: ${findings.confirmed.length} confirmed, ${findings.contradicted.length} contradicted, ${findings.unasked.length} not asked${findings.unasked.length > 0 && parsed.data.version === 1 ? ' (a document of version 1 holds no answers)' : ''}`)
for (const { code, subject, emulator, figjam } of findings.contradicted) {
  console.log(`  contradicted ${code}${subject === undefined ? '' : ` (${subject})`}: emulator ${JSON.stringify(emulator)}, FigJam ${JSON.stringify(figjam)}`)
}
