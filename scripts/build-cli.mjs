// Builds the command line: dist/cli.js, an ES module for Node with the core inside, so a run starts
// without compiling anything; each command's own code is a chunk in dist/cli-chunks, loaded when it
// runs. Packages with native parts stay outside the bundle.
import * as esbuild from 'esbuild'
import { mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUTFILE = path.join(ROOT, 'dist', 'cli.js')
const EXTERNAL = ['@resvg/resvg-js']

/** Where the commands' own code goes: one chunk per command, loaded when that command runs. */
const CHUNK_DIR = path.join(ROOT, 'dist', 'cli-chunks')

export async function buildCliAsync({ minify = true } = {}) {
  const result = await esbuild.build({
    entryPoints: { cli: path.join(ROOT, 'src/cli/main.ts') },
    outdir: path.join(ROOT, 'dist'),
    chunkNames: 'cli-chunks/[name]-[hash]',
    splitting: true,
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    // See build.mjs: a file imported for what it does that package.json's sideEffects misses stops the build.
    logOverride: { 'ignored-bare-import': 'error' },
    external: EXTERNAL
  })
  // Chunks first, the entry last, each through a temporary file, so a run starting alongside never
  // loads half a file or an entry whose chunks are not there yet. Chunk names carry their hash, so
  // the old ones are removed only after the new entry is in place.
  await mkdir(CHUNK_DIR, { recursive: true })
  const entry = result.outputFiles.find((file) => file.path === CLI_OUTFILE)
  const written = new Set()
  for (const file of result.outputFiles) {
    if (file === entry) continue
    await writeAtomicallyAsync(file.path, file.contents)
    written.add(path.basename(file.path))
  }
  if (entry !== undefined) await writeAtomicallyAsync(entry.path, entry.contents)
  for (const name of await readdir(CHUNK_DIR)) if (!written.has(name)) await rm(path.join(CHUNK_DIR, name), { force: true })
}

async function writeAtomicallyAsync(file, contents) {
  const temporary = `${file}.${process.pid}.tmp`
  await writeFile(temporary, contents)
  await rename(temporary, file)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCliAsync({ minify: !process.argv.includes('--dev') })
}
