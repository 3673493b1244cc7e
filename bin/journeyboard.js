#!/usr/bin/env node
// The `journeyboard` command: runs the TypeScript CLI in src/cli through the same core as the plugin.
import { runTypeScriptAsync } from '../scripts/run-ts.mjs'

await runTypeScriptAsync('src/cli/main.ts', process.argv.slice(2))
