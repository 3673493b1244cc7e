// Builds the command line: dist/cli.js, one ES module for Node with the whole core inside, so a
// run starts without compiling anything. Packages with native parts stay outside the bundle.
import * as esbuild from 'esbuild'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
export const CLI_OUTFILE = path.join(ROOT, 'dist', 'cli.js')
const EXTERNAL = ['@resvg/resvg-js']

export async function buildCliAsync({ minify = true } = {}) {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, 'src/cli/main.ts')],
    write: false,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify,
    legalComments: 'none',
    logLevel: 'warning',
    external: EXTERNAL
  })
  await mkdir(path.dirname(CLI_OUTFILE), { recursive: true })
  // Through a temporary file, so a run starting alongside never loads half a file.
  const temporary = `${CLI_OUTFILE}.${process.pid}.tmp`
  await writeFile(temporary, result.outputFiles[0].text)
  await rename(temporary, CLI_OUTFILE)
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await buildCliAsync({ minify: !process.argv.includes('--dev') })
}
