// Starts `scripts/preview-server.ts` as `npm start` does, in its own process, for the end-to-end
// tests and the screenshot script.
import { type ChildProcess, spawn } from 'node:child_process'
import { createServer } from 'node:net'
import path from 'node:path'

export interface PreviewServer {
  /** The address the server printed. */
  printedUrl: string
  /** Where to open the page: the printed port on 127.0.0.1. */
  url: string
  port: number
  child: ChildProcess
  /** Everything the server printed so far, stdout and stderr. */
  output(): string
  /** Sends `signal` and resolves with the exit code once the process has ended. */
  stopAsync(signal?: NodeJS.Signals): Promise<number | null>
}

const URL_LINE = /Journeyboard preview: (http:\/\/localhost:(\d+)\/)/

/** A port nobody listens on right now, from the system. */
export async function freePortAsync(): Promise<number> {
  const probe = createServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const address = probe.address()
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  if (address === null || typeof address === 'string') throw new Error('no free port')
  return address.port
}

/**
 * Starts the preview server with PORT=`port` and waits for it to print its address.
 * @param project the folder it runs in, as `npm start` runs in the project's (its build, its page's sources)
 * @param env more variables for the server and the build it runs
 */
export async function startPreviewServerAsync(port: number, project = path.resolve('.'), env: NodeJS.ProcessEnv = {}): Promise<PreviewServer> {
  const child = spawn(process.execPath, [path.resolve('scripts/run-ts.mjs'), path.resolve('scripts/preview-server.ts')], {
    cwd: project,
    env: { ...process.env, ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let output = ''
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  const printed = await new Promise<RegExpExecArray>((resolve, reject) => {
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8')
      const match = URL_LINE.exec(output)
      if (match !== null) resolve(match)
    }
    child.stdout.on('data', onData)
    child.stderr.on('data', onData)
    void exited.then((code) => reject(new Error(`the preview server exited with ${code} before printing its address:\n${output}`)))
  })
  const printedPort = Number(printed[2])
  return {
    printedUrl: printed[1] ?? '',
    url: `http://127.0.0.1:${printedPort}/`,
    port: printedPort,
    child,
    output: () => output,
    stopAsync: (signal = 'SIGINT') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal)
      return exited
    }
  }
}
