// Opens the built panel (dist/ui.html) in headless Chromium with the real sandbox code answering
// it: startPlugin runs on the FigJam emulator in Node, and a two-way bridge carries the messages.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import * as esbuild from 'esbuild'
import { type Browser, type BrowserContext, chromium, type ConsoleMessage, type Frame, type Page } from 'playwright-core'

import { createFigJamEmulator } from '../../../src/emulator/create-figjam-emulator'
import { PANEL_HEIGHT, PANEL_WIDTH, startPlugin } from '../../../src/plugin/start-plugin'

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const UI_HTML = path.resolve('dist/ui.html')
export const MAIN_JS = path.resolve('dist/main.js')
const THEME_CSS = path.resolve('src/preview/figma-theme.css')

/** Flags for a quiet, offline, throwaway browser. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

/** Figma stamps its own messages with the plugin id; the bridge uses it to tell the directions apart. */
const EMULATOR_PLUGIN_ID = 'journeyboard-emulator'

let build: Promise<unknown> | undefined

/** Builds dist/ (once per test process), so the browser tests always run the current code. */
export function buildPluginOnceAsync(): Promise<unknown> {
  build ??= promisify(execFile)(process.execPath, ['scripts/build.mjs', '--quiet'], { cwd: path.resolve('.') })
  return build
}

/**
 * Starts Debian's Chromium. A missing browser is an error, never a skip: these tests are the only
 * proof that the panel works in a real browser, and a downloaded browser is never used instead.
 */
export async function launchChromiumAsync(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium is missing at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium); ` +
        'the browser tests need it and never download a browser.'
    )
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS })
}

export type PanelTheme = 'light' | 'dark'

export interface OpenPanelOptions {
  /** Inject Figma-like theme variables (outside Figma nothing provides them). Default: light. */
  theme?: PanelTheme
  viewport?: { width: number; height: number }
  /** Pixels per CSS pixel in screenshots; default 1. */
  deviceScaleFactor?: number
  /** Settings already in clientStorage before the panel opens. */
  clientStorage?: Record<string, unknown>
  /** The panel HTML to open; default dist/ui.html. */
  htmlPath?: string
  /** Runs once the page exists and before it navigates (to attach a DevTools session, say). */
  beforeNavigateAsync?(page: Page, context: BrowserContext): Promise<void>
  /** How long opening may wait for the sandbox to start and for the panel to become interactive; default 20 s. */
  timeoutMs?: number
  /**
   * The menu command the plugin is started with (`figma.command`). The check command opens the
   * check view, not the gallery: opening waits for that view instead of the interactive mark.
   */
  command?: string
}

/** When things happened as the panel opened, in milliseconds from navigation start. */
export interface PanelStartup {
  /** The browser's first paint. */
  firstPaintMs: number
  /** The gallery and its sketches were first painted (the panel's `journeyboard:interactive` mark). */
  interactiveMs: number
  /** The panel said "ready" to the sandbox. */
  readySentMs: number
  /** The sandbox's templates reached the page (after crossing the harness, see openPanelAsync). */
  templatesArrivedMs: number
}

export type Emulator = ReturnType<typeof createFigJamEmulator>

export interface OpenPanel {
  page: Page
  context: BrowserContext
  emulator: Emulator
  /** Every message the panel sent, in order. */
  fromPanel: unknown[]
  /** Every message the sandbox sent to the panel, in order. */
  toPanel: unknown[]
  /** Uncaught errors in the page. */
  pageErrors: string[]
  /** Milliseconds from navigation start until the gallery and its sketches were first painted. */
  interactiveMs: number
  startup: PanelStartup
  /** How often the page has run code made from strings (eval, new Function) so far. */
  codeFromStringsAsync(): Promise<number>
  closeAsync(): Promise<void>
}

/** Figma's theme colours (`:root .figma-light { --figma-color-* }`), as Figma would inject them. */
export function themeStyleSheet(): string {
  return readFileSync(THEME_CSS, 'utf8')
}

/**
 * Runs in the panel's window before any of its scripts: its `parent` (see below), Figma's theme,
 * a count of code made from strings, and the moments the start-up figures need.
 */
function instrumentPanel([css, themeClass]: readonly [string, string]): void {
  // When the panel said "ready" and when the templates came back, for the start-up figures.
  const times = window as unknown as { __journeyboardReadySent?: number; __journeyboardTemplatesArrived?: number }
  const typeOf = (data: unknown): unknown => (data !== null && typeof data === 'object' && 'pluginMessage' in data ? (data.pluginMessage as { type?: unknown } | null)?.type : undefined)
  // Opened top-level the panel's `parent` is itself: this one hands its messages to the sandbox
  // (window.__journeyboardToPlugin), like Figma's host frame would. In a frame (see
  // openPanelWithWorkerSandboxAsync) the real parent is the host, and its messages go there.
  const realParent = window.parent
  const topLevel = realParent === window
  const host = {
    postMessage: (data: unknown) => {
      if (typeOf(data) === 'ready') times.__journeyboardReadySent ??= performance.now()
      if (topLevel) (window as unknown as { __journeyboardToPlugin(d: unknown): void }).__journeyboardToPlugin(data)
      else realParent.postMessage(data, '*')
    }
  }
  // Added before the panel's own listener, so it sees the message first.
  window.addEventListener('message', (event) => {
    if (typeOf(event.data) === 'templates') times.__journeyboardTemplatesArrived ??= performance.now()
  })
  Object.defineProperty(window, 'parent', { configurable: true, value: host })
  // A tripwire for code made from strings, which the panel must never run.
  const counter = window as unknown as { __journeyboardCodeFromStrings: number }
  counter.__journeyboardCodeFromStrings = 0
  const realEval = window.eval
  // Playwright's own page.evaluate goes through eval; only the panel's calls count.
  const fromPanel = (): boolean => !(new Error().stack ?? '').includes('UtilityScript')
  window.eval = (source: string) => {
    if (fromPanel()) counter.__journeyboardCodeFromStrings += 1
    return realEval(source)
  }
  window.Function = new Proxy(window.Function, {
    construct(target, args) {
      if (fromPanel()) counter.__journeyboardCodeFromStrings += 1
      return Reflect.construct(target, args)
    },
    apply(target, self, args) {
      if (fromPanel()) counter.__journeyboardCodeFromStrings += 1
      return Reflect.apply(target, self, args)
    }
  })
  // Says when the panel marks itself interactive, so the test need not poll the page for it (which
  // would run the test's own script on the panel's main thread while it starts).
  new PerformanceObserver((marks) => {
    if (marks.getEntriesByName('journeyboard:interactive').length > 0) console.info('journeyboard:interactive')
  }).observe({ type: 'mark', buffered: true })
  document.addEventListener('DOMContentLoaded', () => {
    const style = document.createElement('style')
    style.textContent = css
    document.head.prepend(style)
    document.documentElement.classList.add(themeClass)
    document.body.classList.add(themeClass)
  })
}

/** What instrumentPanel is given: Figma's theme style sheet and class. */
function instrumentation(options: OpenPanelOptions): [string, string] {
  return [themeStyleSheet(), `figma-${options.theme ?? 'light'}`]
}

interface PanelPage {
  page: Page
  context: BrowserContext
  pageErrors: string[]
}

/**
 * A fresh context and page for the panel: its `parent` posts to `window.__journeyboardToPlugin`
 * (which the caller provides), Figma's theme is injected, code made from strings is counted, and
 * the moments the start-up figures need are noted.
 */
async function newPanelPageAsync(browser: Browser, options: OpenPanelOptions & { inFrame?: boolean }): Promise<PanelPage> {
  const theme = options.theme ?? 'light'
  const viewport = options.viewport ?? { width: PANEL_WIDTH, height: PANEL_HEIGHT }
  const context = await browser.newContext({ viewport, acceptDownloads: true, colorScheme: theme, deviceScaleFactor: options.deviceScaleFactor ?? 1 })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await context.newPage()
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))
  // The panel in a frame of a host page gets this through its HTML (see openPanelWithWorkerSandboxAsync).
  if (options.inFrame !== true) await page.addInitScript(instrumentPanel, instrumentation(options))
  return { page, context, pageErrors }
}

/** Navigates to the panel and waits until it says it is interactive; returns when things happened. */
async function navigateToPanelAsync({ page, context, pageErrors }: PanelPage, options: OpenPanelOptions): Promise<PanelStartup> {
  await options.beforeNavigateAsync?.(page, context)
  const interactive = interactiveAsync(page, pageErrors, options)
  // Awaited below; should a step before fail, its own error is the one reported.
  interactive.catch(() => undefined)
  await page.goto(pathToFileURL(options.htmlPath ?? UI_HTML).href)
  await interactive
  return panelStartupAsync(page)
}

/**
 * Navigates to the panel started by a menu command and waits until it shows that command's view
 * (only the check command has one); the panel then makes no start-up marks, so none is returned.
 */
async function navigateToCommandAsync({ page }: PanelPage, options: OpenPanelOptions): Promise<PanelStartup> {
  await page.goto(pathToFileURL(options.htmlPath ?? UI_HTML).href)
  await page.getByTestId('check-view').waitFor({ timeout: options.timeoutMs ?? OPEN_TIMEOUT_MS })
  return { firstPaintMs: Number.NaN, interactiveMs: Number.NaN, readySentMs: Number.NaN, templatesArrivedMs: Number.NaN }
}

/**
 * How long a panel may take to start (its sandbox, then its interactive mark) before opening it
 * counts as failed: well inside a test's 30 s (vitest.config.ts), so this error, not the test
 * runner's timeout, says what went wrong.
 */
const OPEN_TIMEOUT_MS = 20_000

/**
 * Resolves when the panel marks itself interactive (instrumentPanel says so on the console);
 * rejects after `options.timeoutMs`, naming the panel and the errors its page threw meanwhile.
 */
function interactiveAsync(page: Page, pageErrors: readonly string[], options: OpenPanelOptions): Promise<void> {
  const timeoutMs = options.timeoutMs ?? OPEN_TIMEOUT_MS
  return new Promise((resolve, reject) => {
    const listener = (message: ConsoleMessage): void => {
      if (message.text() !== 'journeyboard:interactive') return
      clearTimeout(timer)
      page.off('console', listener)
      resolve()
    }
    const timer = setTimeout(() => {
      page.off('console', listener)
      const errors = pageErrors.length === 0 ? 'no error in its page' : `its page threw: ${pageErrors.join('; ')}`
      reject(new Error(`the panel (${options.htmlPath ?? UI_HTML}) did not mark itself interactive within ${timeoutMs / 1000} s; ${errors}`))
    }, timeoutMs)
    page.on('console', listener)
  })
}

/** What happened as the panel in this frame opened, once it is interactive. */
async function panelStartupAsync(frame: Page | Frame): Promise<PanelStartup> {
  await frame.locator('[data-template-id]').first().waitFor({ state: 'visible' })
  return frame.evaluate((): PanelStartup => {
    const times = window as unknown as { __journeyboardReadySent?: number; __journeyboardTemplatesArrived?: number }
    return {
      firstPaintMs: performance.getEntriesByName('first-paint')[0]?.startTime ?? Number.NaN,
      interactiveMs: performance.getEntriesByName('journeyboard:interactive')[0]?.startTime ?? Number.NaN,
      readySentMs: times.__journeyboardReadySent ?? Number.NaN,
      templatesArrivedMs: times.__journeyboardTemplatesArrived ?? Number.NaN
    }
  })
}

/** Opens dist/ui.html in a fresh browser context wired to a fresh emulator running startPlugin. */
export async function openPanelAsync(browser: Browser, options: OpenPanelOptions = {}): Promise<OpenPanel> {
  const html = readFileSync(options.htmlPath ?? UI_HTML, 'utf8')
  const emulator = createFigJamEmulator({
    ...(options.clientStorage === undefined ? {} : { clientStorage: options.clientStorage }),
    ...(options.command === undefined ? {} : { command: options.command })
  })
  startPlugin(emulator.api, html)

  const panelPage = await newPanelPageAsync(browser, options)
  const { page, context, pageErrors } = panelPage
  const fromPanel: unknown[] = []
  const toPanel: unknown[] = []
  // Panel -> sandbox in Node.
  await page.exposeFunction('__journeyboardToPlugin', async (data: unknown) => {
    const message = data !== null && typeof data === 'object' && 'pluginMessage' in data ? data.pluginMessage : undefined
    fromPanel.push(message)
    await emulator.sendToPlugin(message)
  })
  // Sandbox -> panel, shaped as Figma delivers it: a message event carrying { pluginMessage, pluginId }.
  emulator.onUiMessage((message: unknown) => {
    toPanel.push(message)
    // As one JSON string: Playwright walks an object argument value by value (the templates message
    // took most of a second that way), while Figma hands the panel a structured clone at once.
    void page
      .evaluate(
        ([json, pluginId]) => window.postMessage({ pluginMessage: JSON.parse(json) as unknown, pluginId }, '*'),
        [JSON.stringify(message), EMULATOR_PLUGIN_ID] as const
      )
      .catch(() => {
        // The page may already be closed when a late answer arrives.
      })
  })
  const startup = await closedOnFailureAsync(context, () => (options.command === undefined ? navigateToPanelAsync(panelPage, options) : navigateToCommandAsync(panelPage, options)))

  return {
    page,
    context,
    emulator,
    fromPanel,
    toPanel,
    pageErrors,
    interactiveMs: startup.interactiveMs,
    startup,
    codeFromStringsAsync: () => page.evaluate(() => (window as unknown as { __journeyboardCodeFromStrings: number }).__journeyboardCodeFromStrings),
    closeAsync: () => context.close()
  }
}

export interface PanelWithWorkerSandbox extends PanelPage {
  /** The panel's frame in the host page. */
  frame: Frame
  startup: PanelStartup
  closeAsync(): Promise<void>
}

let workerSandbox: Promise<string> | undefined

/** The emulator bundled for a Web Worker (worker-sandbox.ts), once per process. */
function workerSandboxAsync(): Promise<string> {
  workerSandbox ??= esbuild
    .build({ entryPoints: [path.resolve('tests/ui/e2e/worker-sandbox.ts')], bundle: true, write: false, format: 'iife', platform: 'browser', target: 'es2020', logLevel: 'error' })
    .then((result) => result.outputFiles[0]!.text)
  return workerSandbox
}

/**
 * Opens the panel as FigJam does: the built sandbox, dist/main.js, starts first (in a Web Worker, on
 * the emulator bundled for the browser), then the host page shows dist/ui.html in a sandboxed frame
 * (opaque origin, scripts only), and the messages cross by postMessage, the host passing them
 * between frame and worker. No message crosses Playwright, so the time the panel waits for its
 * sandbox is the sandbox's own; the emulator stays in the page, out of the test's reach.
 * `beforeNavigateAsync` runs once the sandbox has started, before the panel's frame loads.
 */
export async function openPanelWithWorkerSandboxAsync(browser: Browser, options: OpenPanelOptions & { mainJsPath?: string } = {}): Promise<PanelWithWorkerSandbox> {
  const storage = `self.__journeyboardClientStorage = ${JSON.stringify(options.clientStorage ?? {})};\n`
  const source = `${storage}${await workerSandboxAsync()};\n${readFileSync(options.mainJsPath ?? MAIN_JS, 'utf8')};\nself.postMessage({ sandboxStarted: true })`
  // The instrumentation comes first in the panel's HTML: Playwright's init scripts may reach a
  // sandboxed frame (a process of its own) only after the panel's first scripts ran.
  const instrument = `(${instrumentPanel.toString()})(${JSON.stringify(instrumentation(options))})`.replace(/<\/script/gi, '<\\/script')
  const html = readFileSync(options.htmlPath ?? UI_HTML, 'utf8').replace('<head>', () => `<head><script>${instrument}</script>`)
  const panelPage = await newPanelPageAsync(browser, { ...options, inFrame: true })
  const { page, context } = panelPage
  return closedOnFailureAsync(context, async () => {
    await page.setContent('<!doctype html><html><head><title>FigJam</title></head><body style="margin:0"></body></html>')
    await page.evaluate(
      async ([code, pluginId, sandbox, timeoutMs]) => {
        const worker = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })))
        await new Promise<void>((resolve, reject) => {
          const timer = setTimeout(() => reject(new Error(`the sandbox (${sandbox}) did not say it started within ${timeoutMs / 1000} s`)), timeoutMs)
          worker.onmessage = (event: MessageEvent<{ sandboxStarted?: boolean }>) => {
            if (event.data.sandboxStarted !== true) return
            clearTimeout(timer)
            resolve()
          }
          worker.onerror = (event) => {
            clearTimeout(timer)
            reject(new Error(`the sandbox (${sandbox}) did not start: ${event.message}`))
          }
        })
        const frame = document.createElement('iframe')
        const host = window as unknown as { __journeyboardSandbox: Worker; __journeyboardPluginId: string }
        host.__journeyboardSandbox = worker
        host.__journeyboardPluginId = pluginId
        worker.onmessage = (event: MessageEvent) => frame.contentWindow?.postMessage({ pluginMessage: event.data as unknown, pluginId }, '*')
        window.addEventListener('message', (event) => {
          const data: unknown = event.data
          if (event.source === frame.contentWindow && data !== null && typeof data === 'object' && 'pluginMessage' in data) worker.postMessage(data.pluginMessage)
        })
        frame.id = 'journeyboard-panel'
        frame.sandbox.add('allow-scripts')
        frame.style.cssText = 'display: block; border: 0; width: 100vw; height: 100vh'
        document.body.append(frame)
      },
      [source, EMULATOR_PLUGIN_ID, options.mainJsPath ?? MAIN_JS, options.timeoutMs ?? OPEN_TIMEOUT_MS] as const
    )
    await options.beforeNavigateAsync?.(page, context)
    const interactive = interactiveAsync(page, panelPage.pageErrors, options)
    // Awaited below; should a step before fail, its own error is the one reported.
    interactive.catch(() => undefined)
    await page.evaluate((panelHtml) => {
      const frame = document.getElementById('journeyboard-panel') as HTMLIFrameElement
      frame.srcdoc = panelHtml
    }, html)
    const frame = await (await page.waitForSelector('#journeyboard-panel')).contentFrame()
    if (frame === null) throw new Error('the panel frame did not load')
    await interactive
    const startup = await panelStartupAsync(frame)
    return { ...panelPage, frame, startup, closeAsync: () => context.close() }
  })
}

/** What `open` gives; should it fail, the context is closed first, so a failed opening leaves no page running. */
async function closedOnFailureAsync<T>(context: BrowserContext, open: () => Promise<T>): Promise<T> {
  try {
    return await open()
  } catch (error) {
    await context.close().catch(() => undefined)
    throw error
  }
}
