// Runs "Check Journeyboard in this file" on the emulator and writes the diagnostics it copies:
//   node scripts/run-ts.mjs scripts/emulator-diagnostics.ts [out.json]
// (default tests/fixtures/diagnostics/emulator.json), the example calibration-from-diagnostics.ts
// is run on. What FigJam would send looks the same, with FigJam's own numbers.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'

import { checkPassed } from '../src/diagnostics/diagnostics'
import { createFigJamEmulator } from '../src/emulator'
import { runCheckAsync } from '../src/self-check/run-check'

const out = process.argv[2] ?? 'tests/fixtures/diagnostics/emulator.json'
const emulator = createFigJamEmulator({ recordUndo: true, command: 'check' })
const diagnostics = await runCheckAsync(emulator.api, { yieldAsync: async () => {} })
await mkdir(path.dirname(out), { recursive: true })
await writeFile(out, JSON.stringify(diagnostics, null, 2) + '\n')
console.log(`wrote ${out}: ${diagnostics.steps.filter((step) => step.passed).length} of ${diagnostics.steps.length} steps passed${checkPassed(diagnostics) ? '' : ' (not all)'}`)
