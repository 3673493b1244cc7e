// Runs a TypeScript entry point on Node 20 without a separate build step: esbuild bundles it into
// a private cache file under node_modules/.cache, which is imported and removed when the process
// exits. Bundling keeps start-up fast; packages with native parts stay outside the bundle.
import * as esbuild from 'esbuild'
import { mkdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const EXTERNAL = ['@resvg/resvg-js', 'playwright-core', 'esbuild', 'vitest', 'fsevents']

export async function runTypeScriptAsync(entry, argv) {
  const cacheDir = path.join(ROOT, 'node_modules', '.cache', 'journeyboard')
  mkdirSync(cacheDir, { recursive: true })
  const outfile = path.join(cacheDir, `${path.basename(entry, '.ts')}-${process.pid}-${Date.now()}.mjs`)
  await esbuild.build({
    entryPoints: [path.resolve(ROOT, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'inline',
    logLevel: 'error',
    external: EXTERNAL,
    banner: { js: "import { createRequire as __jbRequire } from 'node:module'; const require = __jbRequire(import.meta.url);" }
  })
  process.on('exit', () => rmSync(outfile, { force: true }))
  process.argv = [process.argv[0], path.resolve(ROOT, entry), ...argv]
  return import(pathToFileURL(outfile).href)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [entry, ...rest] = process.argv.slice(2)
  if (!entry) {
    console.error('usage: node scripts/run-ts.mjs <entry.ts> [args...]')
    process.exit(2)
  }
  await runTypeScriptAsync(entry, rest)
}
