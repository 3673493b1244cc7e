// `npm start`'s server as a process: where it listens, what it serves, whom it answers, how it stops.
import { execFile, spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises'
import { request } from 'node:http'
import { createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { PREVIEW_ROUTES } from '../../src/preview/preview-routes'
import { freePortAsync, startPreviewServerAsync } from './preview-server-process'

/** A GET with a Host header of our choosing (fetch does not allow setting it). */
function getWithHostAsync(port: number, host: string, path = '/'): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { Host: host } }, (response) => {
      response.resume()
      resolve(response.statusCode ?? 0)
    })
    req.on('error', reject)
    req.end()
  })
}

/**
 * A project's scripts/build.mjs that builds only when told: it connects to the test on
 * BUILD_GATE_PORT and writes, once the test ends the connection, dist/main.js holding what the
 * test sent, and a panel.
 */
const GATED_BUILD = `import { mkdirSync, writeFileSync } from 'node:fs'
import { connect } from 'node:net'
const gate = connect(Number(process.env.BUILD_GATE_PORT), '127.0.0.1')
let sent = ''
gate.setEncoding('utf8')
gate.on('data', (chunk) => (sent += chunk))
gate.on('end', () => {
  mkdirSync('dist', { recursive: true })
  writeFileSync('dist/main.js', sent)
  writeFileSync('dist/ui.html', '<p>panel</p>')
})
`

/** GET from the preview as a browser does: status, type and words. */
async function getAsync(url: string | URL): Promise<{ status: number; type: string | null; body: string }> {
  const response = await fetch(url)
  return { status: response.status, type: response.headers.get('content-type'), body: await response.text() }
}

describe('the preview server', () => {
  it('listens on the port PORT names, serves the page and the plugin exactly as built, and stops cleanly on SIGINT', async () => {
    const port = await freePortAsync()
    const server = await startPreviewServerAsync(port)
    try {
      expect(server.port).toBe(port)
      expect(server.printedUrl).toBe(`http://localhost:${port}/`)
      const page = await fetch(server.url)
      expect(page.status).toBe(200)
      expect(page.headers.get('content-type')).toMatch(/^text\/html/)
      expect(await page.text()).toContain('Local preview, not FigJam.')
      const script = await fetch(new URL(PREVIEW_ROUTES.script, server.url))
      expect(script.status).toBe(200)
      expect(await script.text()).toContain('__journeyboardPreview')
      // The sandbox code and the panel are dist/ as scripts/build.mjs wrote it, byte for byte.
      expect(await (await fetch(new URL(PREVIEW_ROUTES.pluginMain, server.url))).text()).toBe(await readFile('dist/main.js', 'utf8'))
      expect(await (await fetch(new URL(PREVIEW_ROUTES.pluginUi, server.url))).text()).toBe(await readFile('dist/ui.html', 'utf8'))
      expect((await fetch(new URL('/nothing-here', server.url))).status).toBe(404)
      expect((await fetch(server.url, { method: 'POST' })).status).toBe(405)
    } finally {
      expect(await server.stopAsync('SIGINT')).toBe(0)
    }
    expect(server.output()).toContain('Stopping the preview.')
    await expect(fetch(server.url)).rejects.toThrow()
  })

  it('serves the README as a page with its pictures, and names an inline icon so no browser asks for /favicon.ico', async () => {
    const server = await startPreviewServerAsync(await freePortAsync())
    try {
      const readme = await (await fetch(new URL(PREVIEW_ROUTES.readme, server.url))).text()
      expect(readme).toContain('<h3 id="load-the-plugin-into-figjam">Load the plugin into FigJam</h3>')
      expect(readme).toContain('<table>')
      expect(readme).toMatch(/<img src="docs\/car-rental-board\.png" alt="A car-rental journey board/)
      const sources = [...readme.matchAll(/<img src="([^"]+)"/g)].map((match) => match[1] ?? '')
      expect(sources.length).toBeGreaterThanOrEqual(5)
      for (const source of new Set(sources)) {
        const picture = await fetch(new URL(source, new URL(PREVIEW_ROUTES.readme, server.url)))
        expect(picture.status, source).toBe(200)
        // Buffer.equals, not toEqual: toEqual walks a 500 KB picture element by element for seconds, during
        // which this process cannot see the server close the idle keep-alive connection, and the next fetch
        // is written onto the closed socket ("other side closed"; nodejs/node#54293).
        const served = Buffer.from(await picture.arrayBuffer())
        const file = await readFile(source)
        expect(served.equals(file), `${source}: ${served.length} bytes served, ${file.length} on disk`).toBe(true)
      }
      // The Markdown files the README links to under docs/ open as pages too, not as raw text.
      const documents = [...readme.matchAll(/<a href="(docs\/[^"]+\.md)"/g)].map((match) => match[1] ?? '')
      expect(documents).toContain('docs/performance-log.md')
      for (const document of new Set(documents)) {
        const page = await fetch(new URL(document, new URL(PREVIEW_ROUTES.readme, server.url)))
        expect(page.status, document).toBe(200)
        expect(page.headers.get('content-type'), document).toMatch(/^text\/html/)
        expect(await page.text(), document).toMatch(/<h1[^>]*>[^<]+<\/h1>/)
      }
      for (const route of [PREVIEW_ROUTES.page, PREVIEW_ROUTES.readme]) {
        expect(await (await fetch(new URL(route, server.url))).text(), route).toMatch(/<link rel="icon" href="data:,"/)
      }
      // Every link into the project's files leads somewhere: the schema is served, a folder is named, not linked.
      const links = [...readme.matchAll(/<a href="([^"]+)"/g)].map((match) => match[1] ?? '').filter((href) => !/^(#|[a-z]+:)/.test(href))
      expect(links).toContain('schema/journey.schema.json')
      for (const href of new Set(links)) {
        expect((await fetch(new URL(href, new URL(PREVIEW_ROUTES.readme, server.url)))).status, href).toBe(200)
      }
      expect(JSON.parse(await (await fetch(new URL('schema/journey.schema.json', server.url))).text())).toEqual(JSON.parse(await readFile('schema/journey.schema.json', 'utf8')))
      expect(readme).toContain('<span class="jb-readme-file"><code>src/i18n/catalogues</code></span>')
      // The set-up's address is the one this preview listens on, not the default port.
      expect(readme).toContain(`<a href="http://localhost:${server.port}">http://localhost:${server.port}</a>`)
      expect(readme).not.toContain('localhost:4173')
    } finally {
      expect(await server.stopAsync('SIGTERM')).toBe(0)
    }
  })

  it('answers a page asked for while the plugin is being built with 503 and words saying so, then the page once the build has finished', async () => {
    // A project whose build waits for this test: the page's sources are the project's own.
    const project = await mkdtemp(path.join(tmpdir(), 'journeyboard-preview-'))
    const gate = createServer()
    try {
      await mkdir(path.join(project, 'scripts'))
      await writeFile(path.join(project, 'scripts', 'build.mjs'), GATED_BUILD)
      await symlink(path.resolve('src'), path.join(project, 'src'), 'dir')
      const building = new Promise<Socket>((resolve) => gate.once('connection', resolve))
      await new Promise<void>((resolve) => gate.listen(0, '127.0.0.1', resolve))
      const port = await freePortAsync()
      const starting = startPreviewServerAsync(port, project, { BUILD_GATE_PORT: String((gate.address() as { port: number }).port) })
      const url = `http://127.0.0.1:${port}/`
      let build: Socket | undefined
      try {
        // The build has started and cannot finish until told: whatever is asked now is asked during it.
        // (A server that ends or serves before its build ever starts fails here rather than waiting.)
        build = await Promise.race([building, starting.then(() => Promise.reject(new Error('the preview served without running its build')))])
        for (const route of [PREVIEW_ROUTES.page, PREVIEW_ROUTES.pluginMain, PREVIEW_ROUTES.readme]) {
          expect(await getAsync(new URL(route, url)), route).toEqual({ status: 503, type: 'text/plain; charset=utf-8', body: 'The preview is still being built; reload in a moment.\n' })
        }
        build.end('// the plugin as this build made it\n')
        const server = await starting
        const page = await getAsync(url)
        expect(page.status).toBe(200)
        expect(page.type).toMatch(/^text\/html/)
        expect(page.body).toContain('Local preview, not FigJam.')
        expect(await getAsync(new URL(PREVIEW_ROUTES.pluginMain, url))).toMatchObject({ status: 200, body: '// the plugin as this build made it\n' })
        expect(await server.stopAsync('SIGTERM')).toBe(0)
      } finally {
        // Whatever failed, the build is let finish and the server stopped.
        build?.end()
        await (await starting.catch(() => undefined))?.stopAsync('SIGTERM')
      }
    } finally {
      await new Promise<void>((resolve) => gate.close(() => resolve()))
      await rm(project, { recursive: true, force: true })
    }
  })

  it('answers only requests addressed to localhost or 127.0.0.1, and stops cleanly on SIGTERM', async () => {
    const server = await startPreviewServerAsync(await freePortAsync())
    try {
      expect(await getWithHostAsync(server.port, `localhost:${server.port}`)).toBe(200)
      expect(await getWithHostAsync(server.port, `127.0.0.1:${server.port}`)).toBe(200)
      // A page on another site that points its own name at 127.0.0.1 sends that name.
      expect(await getWithHostAsync(server.port, `attacker.example:${server.port}`)).toBe(403)
    } finally {
      expect(await server.stopAsync('SIGTERM')).toBe(0)
    }
  })

  it('refuses a PORT that is not a port, naming it, before building anything', async () => {
    const child = spawn(process.execPath, ['scripts/run-ts.mjs', 'scripts/preview-server.ts'], { env: { ...process.env, PORT: 'eighty' }, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString('utf8')))
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
    expect(code).toBe(2)
    expect(output).toContain('PORT must be a whole number from 0 to 65535, got "eighty"')
    expect(output).not.toContain('Building')
  })

  it('says which port is taken when PORT is in use, before building anything', async () => {
    // Whatever holds the port (another preview, any server) is the same to the one starting.
    const holder = createServer()
    const port = await freePortAsync()
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve))
    try {
      const second = promisify(execFile)(process.execPath, ['scripts/run-ts.mjs', 'scripts/preview-server.ts'], { env: { ...process.env, PORT: String(port) } })
      const failure = await second.then(
        () => undefined,
        (error: { code?: number; stdout?: string; stderr?: string }) => error
      )
      expect(failure?.code).toBe(1)
      expect(failure?.stderr).toBe(`journeyboard preview: port ${port} is in use; start with another, e.g. PORT=${port + 1} npm start\n`)
      expect(failure?.stdout).not.toContain('Building')
    } finally {
      await new Promise<void>((resolve) => holder.close(() => resolve()))
    }
  })
})
