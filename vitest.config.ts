import { defineConfig } from 'vitest/config'

// CI asks for a machine-readable report beside the usual one, to print the pass/fail counts.
const jsonReport = process.env.JOURNEYBOARD_TEST_REPORT
// The nightly run (JOURNEYBOARD_PROPERTY_RUNS=1000) gives every property test that many cases: an hour each at most.
const nightly = process.env.JOURNEYBOARD_PROPERTY_RUNS !== undefined
// A test's time limit only catches a hang, so it must not catch a busy machine: the engine's property
// tests take up to 16 s in a whole run, and 50 to 80 s on a 2-core machine busy with other test runs.
const TEST_TIME_LIMIT_MS = 120_000

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/property-setup.ts'],
    environment: 'node',
    testTimeout: nightly ? 3_600_000 : TEST_TIME_LIMIT_MS,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined
  }
})
