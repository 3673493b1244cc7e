import { defineConfig } from 'vitest/config'

// CI asks for a machine-readable report beside the usual one, to print the pass/fail counts.
const jsonReport = process.env.JOURNEYBOARD_TEST_REPORT

export default defineConfig({
  // Hides sourcemap warnings from @create-figma-plugin/ui's published files.
  logLevel: 'error',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  resolve: { alias: [{ find: /^!(.*\.css)$/, replacement: '$1' }] },
  test: {
    include: ['tests/**/*.test.{ts,tsx}'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: jsonReport ? ['default', 'json'] : ['default'],
    outputFile: jsonReport ? { json: jsonReport } : undefined,
    server: { deps: { inline: [/@create-figma-plugin\/ui/] } }
  }
})
