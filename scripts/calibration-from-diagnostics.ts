// Turns the diagnostics someone copied from "Check Journeyboard in this file" into text metrics for
// the emulator and a regression fixture:
//   node scripts/run-ts.mjs scripts/calibration-from-diagnostics.ts <diagnostics.json> <name>
// writes tests/fixtures/calibrations/<name>.calibration.json (EmulatorOptions.textCalibration) and
// <name>.fixture.json (what the calibrated emulator must reproduce), which
// tests/diagnostics/calibrations.test.ts then checks, layout invariants included.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { calibrationFromDiagnosticsAsync } from '../src/diagnostics/calibration-from-diagnostics'
import { DiagnosticsSchema } from '../src/diagnostics/diagnostics'

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
await mkdir(CALIBRATIONS_DIR, { recursive: true })
const written = [
  [path.join(CALIBRATIONS_DIR, `${name}.calibration.json`), calibration],
  [path.join(CALIBRATIONS_DIR, `${name}.fixture.json`), fixture]
] as const
for (const [file, content] of written) {
  await writeFile(file, JSON.stringify(content, null, 2) + '\n')
  console.log(`wrote ${file}`)
}
const { stickies: _stickies, ...metrics } = calibration
console.log(`metrics: ${JSON.stringify(metrics)}; ${calibration.stickies.length} sticky heights kept as observed`)
