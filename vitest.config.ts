import { defineConfig } from 'vitest/config'

// CI asks for a machine-readable report beside the usual one, to print the pass/fail counts.
const jsonReport = process.env.JOURNEYBOARD_TEST_REPORT
// The nightly run (JOURNEYBOARD_PROPERTY_RUNS=1000) gives every property test that many cases: an hour each at most.
const nightly = process.env.JOURNEYBOARD_PROPERTY_RUNS !== undefined

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    setupFiles: ['tests/support/property-setup.ts'],
    environment: 'node',
    testTimeout: nightly ? 3_600_000 : 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined
  }
})
