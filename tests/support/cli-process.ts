import { execFile, spawn } from 'node:child_process'
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'

/** The command as users run it: bin/journeyboard.js, which loads the built dist/cli.js. */
export const BIN = path.resolve('bin/journeyboard.js')
const BUILT = path.resolve('dist/cli.js')

async function newestSourceTimeAsync(folder: string): Promise<number> {
  let newest = 0
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name)
    newest = Math.max(newest, entry.isDirectory() ? await newestSourceTimeAsync(full) : (await stat(full)).mtimeMs)
  }
  return newest
}

let built: Promise<void> | undefined

/**
 * Builds dist/cli.js with `npm run build`'s own script when it is missing or older than src/, minified
 * as it ships: the start-up test weighs what users load, which a development build would overstate.
 */
export function ensureCliBuiltAsync(): Promise<void> {
  built ??= (async () => {
    const builtAt = await stat(BUILT).then(
      (s) => s.mtimeMs,
      () => 0
    )
    if (builtAt > (await newestSourceTimeAsync(path.resolve('src')))) return
    await promisify(execFile)(process.execPath, [path.resolve('scripts/build-cli.mjs')])
  })()
  return built
}

export interface CliRun {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs the built command in a real process, with optional standard input. */
export function runCliProcessAsync(args: readonly string[], options: { input?: string | Buffer; cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: options.cwd, env: options.env ?? process.env })
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => resolve({ code, stdout, stderr }))
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
  })
}
