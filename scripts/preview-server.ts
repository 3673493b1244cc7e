// `npm start`: the local preview. Builds the plugin (scripts/build.mjs), bundles the preview page
// (src/preview/preview-page.ts) and serves both on http://localhost:PORT, bound to 127.0.0.1 only.
// The page runs dist/main.js on the FigJam emulator and shows dist/ui.html beside a canvas.
// Run: node scripts/run-ts.mjs scripts/preview-server.ts   (PORT=8080 to change the port)
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { promisify } from 'node:util'

import * as esbuild from 'esbuild'

import { PREVIEW_ROUTES } from '../src/preview/preview-routes'
import { docsPage, readmePage } from './readme-page'

const DEFAULT_PORT = 4173
const HOST = '127.0.0.1'
const MAX_PORT = 65_535
const EXIT_FAILED = 1
const EXIT_USAGE = 2

/** Paths are relative to the project folder, as in scripts/build.mjs, which `npm start` runs from. */
const ROOT = process.cwd()
const FILES = {
  build: 'scripts/build.mjs',
  pageEntry: 'src/preview/preview-page.ts',
  pageHtml: 'src/preview/preview.html',
  pageCss: 'src/preview/preview.css',
  pluginMain: 'dist/main.js',
  pluginUi: 'dist/ui.html',
  figmaTheme: 'src/preview/figma-theme.css',
  readme: 'README.md',
  /** The README's pictures. */
  docs: 'docs',
  /** The journey file's JSON Schema, which the README links to. */
  schema: 'schema/journey.schema.json'
} as const

interface Asset {
  type: string
  body: string | Buffer
}

/** An expected failure: reported as one line, with the exit code, and no stack trace. */
class PreviewError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_FAILED
  ) {
    super(message)
  }
}

function portFromEnv(value: string | undefined): number {
  if (value === undefined || value === '') return DEFAULT_PORT
  const port = Number(value)
  if (!/^\d+$/.test(value) || port > MAX_PORT) throw new PreviewError(`PORT must be a whole number from 0 to ${MAX_PORT}, got "${value}"`, EXIT_USAGE)
  return port
}

async function buildPluginAsync(): Promise<void> {
  try {
    await promisify(execFile)(process.execPath, [FILES.build, '--quiet'], { cwd: ROOT })
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? ''
    throw new PreviewError(`building the plugin failed:\n${stderr.trim() || (error as Error).message}`)
  }
}

async function bundlePageAsync(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, FILES.pageEntry)],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    sourcemap: 'inline',
    logLevel: 'error'
  })
  const script = result.outputFiles[0]
  if (script === undefined) throw new PreviewError('bundling the preview page produced no script')
  return script.text
}

async function readOptionalAsync(file: string): Promise<string | undefined> {
  return existsSync(path.join(ROOT, file)) ? readFile(path.join(ROOT, file), 'utf8') : undefined
}

/**
 * Everything the page needs, read once at start: the server then answers from memory, so a
 * rebuild running elsewhere (another test, another terminal) never serves half a file.
 */
async function loadAssetsAsync(): Promise<{ assets: Map<string, Asset>; serveReadmeAt(port: number): void }> {
  const read = (file: string): Promise<string> => readFile(path.join(ROOT, file), 'utf8')
  const [html, css, script, main, ui, theme, readme, schema] = await Promise.all([
    read(FILES.pageHtml),
    read(FILES.pageCss),
    bundlePageAsync(),
    read(FILES.pluginMain),
    read(FILES.pluginUi),
    read(FILES.figmaTheme),
    readOptionalAsync(FILES.readme),
    readOptionalAsync(FILES.schema)
  ])
  const utf8 = (type: string): string => `${type}; charset=utf-8`
  const assets = new Map<string, Asset>([
    [PREVIEW_ROUTES.page, { type: utf8('text/html'), body: html }],
    [PREVIEW_ROUTES.styles, { type: utf8('text/css'), body: css }],
    [PREVIEW_ROUTES.script, { type: utf8('text/javascript'), body: script }],
    // The plugin is fetched as text and run by the page, never loaded as a script of its own.
    [PREVIEW_ROUTES.pluginMain, { type: utf8('text/plain'), body: main }],
    [PREVIEW_ROUTES.pluginUi, { type: utf8('text/plain'), body: ui }],
    [PREVIEW_ROUTES.figmaTheme, { type: utf8('text/css'), body: theme }],
    ...(schema === undefined ? [] : [[`/${FILES.schema}`, { type: utf8('application/json'), body: schema }] as [string, Asset]]),
    ...(await readmeDocsAsync())
  ])
  // The README names the default address; the page names the one this preview listens on.
  const serveReadmeAt = (port: number): void => {
    const here = readme?.replaceAll(`http://localhost:${DEFAULT_PORT}`, `http://localhost:${port}`)
    assets.set(PREVIEW_ROUTES.readme, { type: utf8('text/html'), body: readmePage(here, (pathname) => assets.has(pathname)) })
  }
  serveReadmeAt(DEFAULT_PORT)
  return { assets, serveReadmeAt }
}

/** docs/*.png and *.svg under /docs/, as the README names them, and docs/*.md rendered as pages. */
async function readmeDocsAsync(): Promise<[string, Asset][]> {
  const folder = path.join(ROOT, FILES.docs)
  if (!existsSync(folder)) return []
  const types: Readonly<Record<string, string>> = { '.png': 'image/png', '.svg': 'image/svg+xml' }
  const names = (await readdir(folder)).filter((name) => types[path.extname(name)] !== undefined || path.extname(name) === '.md')
  return Promise.all(
    names.map(async (name): Promise<[string, Asset]> => {
      const route = `/${FILES.docs}/${name}`
      if (path.extname(name) === '.md') return [route, { type: 'text/html; charset=utf-8', body: docsPage(name, await readFile(path.join(folder, name), 'utf8')) }]
      return [route, { type: types[path.extname(name)] ?? '', body: await readFile(path.join(folder, name)) }]
    })
  )
}

function send(response: ServerResponse, status: number, type: string, body: string | Buffer, head: boolean): void {
  response.writeHead(status, {
    'Content-Type': type,
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer'
  })
  response.end(head ? undefined : body)
}

/** Serves the assets once they are loaded (`assets()` is undefined while the plugin is being built). */
function handler(assets: () => ReadonlyMap<string, Asset> | undefined, port: () => number) {
  return (request: IncomingMessage, response: ServerResponse): void => {
    const head = request.method === 'HEAD'
    // Only pages opened from this machine by name: a page elsewhere that points a made-up domain at
    // 127.0.0.1 (DNS rebinding) sends its own Host and is turned away.
    const host = request.headers.host ?? ''
    if (host !== `${HOST}:${port()}` && host !== `localhost:${port()}`) {
      send(response, 403, 'text/plain; charset=utf-8', 'The preview answers only http://localhost and http://127.0.0.1.\n', head)
      return
    }
    if (request.method !== 'GET' && !head) {
      response.setHeader('Allow', 'GET, HEAD')
      send(response, 405, 'text/plain; charset=utf-8', 'Only GET and HEAD.\n', head)
      return
    }
    const loaded = assets()
    if (loaded === undefined) {
      send(response, 503, 'text/plain; charset=utf-8', 'The preview is still being built; reload in a moment.\n', head)
      return
    }
    const pathname = new URL(request.url ?? '/', `http://${host}`).pathname
    const asset = loaded.get(pathname)
    if (asset === undefined) send(response, 404, 'text/plain; charset=utf-8', `Not found: ${pathname}\n`, head)
    else send(response, 200, asset.type, asset.body, head)
  }
}

async function mainAsync(): Promise<void> {
  const requestedPort = portFromEnv(process.env.PORT)
  if (!existsSync(path.join(ROOT, FILES.build))) throw new PreviewError('run the preview from the project folder (npm start)', EXIT_USAGE)

  // The port is taken before the build, so a port in use is said at once, not after the build's seconds.
  let assets: ReadonlyMap<string, Asset> | undefined = undefined
  let port = requestedPort
  const server = createServer(handler(() => assets, () => port))
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(error.code === 'EADDRINUSE' ? new PreviewError(`port ${requestedPort} is in use; start with another, e.g. PORT=${requestedPort + 1} npm start`) : error)
    })
    server.listen(requestedPort, HOST, resolve)
  })
  port = (server.address() as AddressInfo).port
  console.log('Building the plugin and the preview page…')
  await buildPluginAsync()
  const loaded = await loadAssetsAsync()
  loaded.serveReadmeAt(port)
  assets = loaded.assets
  console.log(`Journeyboard preview: http://localhost:${port}/`)
  console.log('It runs the plugin on an emulated FigJam, on this computer only. Press Ctrl-C to stop.')

  const stop = (): void => {
    console.log('Stopping the preview.')
    server.close(() => process.exit(0))
    // Browsers keep connections open; without this, close would wait for them to time out.
    server.closeAllConnections()
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

try {
  await mainAsync()
} catch (error) {
  if (error instanceof PreviewError) {
    console.error(`journeyboard preview: ${error.message}`)
    process.exit(error.exitCode)
  }
  throw error
}
