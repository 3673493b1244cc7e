#!/usr/bin/env node
// The `journeyboard` command: runs the CLI that `npm run build` writes to dist/cli.js.
const CLI = new URL('../dist/cli.js', import.meta.url)

try {
  await import(CLI.href)
} catch (error) {
  if (error?.code === 'ERR_MODULE_NOT_FOUND' && String(error.message).includes(CLI.pathname)) {
    process.stderr.write('journeyboard: the command line is not built yet; run "npm run build" in the journeyboard folder first\n')
    process.exitCode = 1
  } else {
    throw error
  }
}
