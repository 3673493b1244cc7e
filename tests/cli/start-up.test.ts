import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'

import { ensureCliBuiltAsync } from '../support/cli-process'

/**
 * What the built command line loads before it runs a command, read from the built files' static
 * imports: start-up time itself is measured in `npm run bench`, never in a test. Each command's
 * own code is loaded with a dynamic `import()` when it runs, which is not followed here.
 */

const DIST = path.resolve('dist')
// Static imports and re-exports of a relative file; a dynamic import("./...") has a parenthesis and is left alone.
const STATIC_IMPORT = /\b(?:import|export)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g
// zod keeps its internals under `_zod`, minified or not.
const ZOD_MARK = '_zod'

interface Loaded {
  files: string[]
  bytes: number
  text: string
}

/** Every file `entry` loads before it runs, itself included. */
async function staticGraphAsync(entry: string): Promise<Loaded> {
  const seen = new Map<string, string>()
  const visit = async (file: string): Promise<void> => {
    if (seen.has(file)) return
    const text = await readFile(file, 'utf8')
    seen.set(file, text)
    for (const match of text.matchAll(STATIC_IMPORT)) await visit(path.resolve(path.dirname(file), match[1]!))
  }
  await visit(entry)
  const texts = [...seen.values()]
  return { files: [...seen.keys()].map((file) => path.relative(DIST, file)), bytes: texts.reduce((sum, text) => sum + Buffer.byteLength(text), 0), text: texts.join('\n') }
}

async function commandChunkAsync(command: string): Promise<string> {
  const name = (await readdir(path.join(DIST, 'cli-chunks'))).find((file) => file.startsWith(`${command}-command-`))
  if (name === undefined) throw new Error(`no chunk for ${command}`)
  return path.join(DIST, 'cli-chunks', name)
}

beforeAll(async () => {
  await ensureCliBuiltAsync()
}, 120_000)

describe('the command line at start-up', () => {
  it('finds static imports and leaves dynamic ones (the reading can fail)', () => {
    const found = (text: string): string[] => [...text.matchAll(STATIC_IMPORT)].map((match) => match[1]!)
    expect(found('import{a as b}from"./one.js";import "./two.js";export{c}from"./three.js";const d=await import("./four.js")')).toEqual(['./one.js', './two.js', './three.js'])
  })

  it('loads a small entry before any command: no schema, no templates', async () => {
    const loaded = await staticGraphAsync(path.join(DIST, 'cli.js'))
    expect(loaded.text).not.toContain(ZOD_MARK)
    expect(loaded.text).not.toContain('car-rental')
    // The entry words its own usage problems, so the English problem words load with it (18 KB of
    // the 30 KB): what a user's start-up pays is timed in `npm run bench` (BENCH_STAGES=start-up).
    expect(loaded.bytes).toBeLessThan(31_000)
  })

  it('lists the templates without loading zod or the journey schema', async () => {
    const loaded = await staticGraphAsync(await commandChunkAsync('templates'))
    expect(loaded.text).toContain('car-rental')
    expect(loaded.text).not.toContain(ZOD_MARK)
  })

  it('does load zod for a command that checks a journey (the mark is zod\'s)', async () => {
    const loaded = await staticGraphAsync(await commandChunkAsync('validate'))
    expect(loaded.text).toContain(ZOD_MARK)
  })
})
