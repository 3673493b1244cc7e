// Opens the built panel (dist/ui.html) in headless Chromium with the real sandbox code answering
// it: startPlugin runs on the FigJam emulator in Node, and a two-way bridge carries the messages.
import { execFile } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'

import { createFigJamEmulator } from '../../../src/emulator/create-figjam-emulator'
import { PANEL_HEIGHT, PANEL_WIDTH, startPlugin } from '../../../src/plugin/start-plugin'

export const CHROMIUM_PATH = '/usr/bin/chromium'
export const UI_HTML = path.resolve('dist/ui.html')
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
  /** How often the page has run code made from strings (eval, new Function) so far. */
  codeFromStringsAsync(): Promise<number>
  closeAsync(): Promise<void>
}

/** Figma's theme colours (`:root .figma-light { --figma-color-* }`), as Figma would inject them. */
export function themeStyleSheet(): string {
  return readFileSync(THEME_CSS, 'utf8')
}

/** Opens dist/ui.html in a fresh browser context wired to a fresh emulator running startPlugin. */
export async function openPanelAsync(browser: Browser, options: OpenPanelOptions = {}): Promise<OpenPanel> {
  const theme = options.theme ?? 'light'
  const viewport = options.viewport ?? { width: PANEL_WIDTH, height: PANEL_HEIGHT }
  const htmlPath = options.htmlPath ?? UI_HTML
  const html = readFileSync(htmlPath, 'utf8')
  const emulator = createFigJamEmulator(options.clientStorage === undefined ? {} : { clientStorage: options.clientStorage })
  startPlugin(emulator.api, html)

  const context = await browser.newContext({ viewport, acceptDownloads: true, colorScheme: theme, deviceScaleFactor: options.deviceScaleFactor ?? 1 })
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  const page = await context.newPage()
  const fromPanel: unknown[] = []
  const toPanel: unknown[] = []
  const pageErrors: string[] = []
  page.on('pageerror', (error) => pageErrors.push(String(error)))

  // Panel -> sandbox. Opened top-level the panel's `parent` is itself, so the init script gives it
  // a parent whose postMessage hands the message to Node, like Figma's host frame would.
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
  await page.addInitScript(
    ([css, themeClass]) => {
      const host = { postMessage: (data: unknown) => (window as unknown as { __journeyboardToPlugin(d: unknown): void }).__journeyboardToPlugin(data) }
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
      document.addEventListener('DOMContentLoaded', () => {
        const style = document.createElement('style')
        style.textContent = css
        document.head.prepend(style)
        document.documentElement.classList.add(themeClass)
        document.body.classList.add(themeClass)
      })
    },
    [themeStyleSheet(), `figma-${theme}`] as const
  )

  await page.goto(pathToFileURL(htmlPath).href)
  await page.locator('[data-template-id]').first().waitFor({ state: 'visible' })
  // The panel marks the frame after its gallery and sketches were first painted.
  await page.waitForFunction(() => performance.getEntriesByName('journeyboard:interactive').length > 0)
  const interactiveMs = await page.evaluate(() => performance.getEntriesByName('journeyboard:interactive')[0]?.startTime ?? Number.NaN)

  return {
    page,
    context,
    emulator,
    fromPanel,
    toPanel,
    pageErrors,
    interactiveMs,
    codeFromStringsAsync: () => page.evaluate(() => (window as unknown as { __journeyboardCodeFromStrings: number }).__journeyboardCodeFromStrings),
    closeAsync: () => context.close()
  }
}
