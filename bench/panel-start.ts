// The panel's start-up in headless Chromium: part of `npm run bench` (`BENCH_STAGES=chromium` runs it
// alone). The built dist/ui.html is opened BENCH_PANEL_OPENINGS times in each of two set-ups, in
// turns (so a busy spell of the shared machine hits both alike), after one opening of each that is
// not counted (it pays for the browser's own first start):
// - "sandbox in a worker", as in FigJam: the built dist/main.js starts first, on the emulator in a
//   Web Worker of a host page, which then shows the panel in a sandboxed frame (an opaque origin,
//   which Chromium runs in a process of its own), the messages crossing by postMessage;
// - "sandbox in Node": the browser tests' set-up, the sandbox on the emulator in Node and every
//   message crossing Playwright, which FigJam does not have.
// BENCH_PANEL_BASE=<folder> adds a third set-up ("base"), as in FigJam but with the ui.html and main.js kept
// in that folder (a build from before a change), opened in the same turns, so a change is measured
// against what it changes under the same load.
// BENCH_PANEL_TRACE=<folder> keeps the Chromium trace of every opening measured there, one JSON file
// each named after its set-up and turn, for DevTools' Performance panel or a script to say where the
// time went (the panel's thread, the sandbox's worker, the host page).
// Per opening: first paint and time to interactive (the panel's `journeyboard:interactive` mark,
// once the templates came and the gallery and its sketches were painted), in milliseconds from the
// panel's navigation start; how long the panel waited for its templates after saying "ready", and
// interactive less that wait (the panel's own part); and the main thread's own work until
// interactive, from a Chromium trace: the thread's CPU time in all its tasks, and in script
// (compiling and collecting garbage included). Wall times follow the machine's load; the main
// thread's CPU time depends far less on it.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'

import { CHROMIUM_PATH, launchChromiumAsync, MAIN_JS, openPanelAsync, openPanelWithWorkerSandboxAsync, type OpenPanelOptions, type PanelStartup, UI_HTML } from '../tests/ui/e2e/open-panel'

const OPENINGS = Number(process.env.BENCH_PANEL_OPENINGS ?? 11)
const INTERACTIVE_MARK = 'journeyboard:interactive'
/** The host page's frame the panel opens in (see openPanelWithWorkerSandboxAsync). */
const PANEL_FRAME = '#journeyboard-panel'
/** What Chromium records: tasks and what runs in them, and the page's marks. */
const TRACE_CATEGORIES = ['disabled-by-default-devtools.timeline', 'devtools.timeline', 'v8.execute', 'blink.user_timing', 'loading']
/** Trace events that run script; the outermost of them in a task is its script time. */
const SCRIPT_EVENTS = new Set(['EvaluateScript', 'FunctionCall', 'RunMicrotasks', 'v8.compile', 'v8.run', 'v8.callFunction', 'V8.GC_SCAVENGER', 'MinorGC', 'MajorGC'])

interface TraceEvent {
  name: string
  ph: string
  ts: number
  dur?: number
  /** Thread (CPU) time, where Chromium records it. */
  tdur?: number
  pid: number
  tid: number
  args?: { name?: string }
}

interface Opening extends PanelStartup {
  /** Main-thread CPU milliseconds in tasks from navigation start until the interactive mark. */
  busyMs: number
  /** The part of busyMs that ran script. */
  scriptMs: number
}

interface SetUp {
  name: string
  openAsync(browser: Browser, options: OpenPanelOptions): Promise<{ startup: PanelStartup; closeAsync(): Promise<void> }>
}

const BASE = process.env.BENCH_PANEL_BASE
const TRACE_FOLDER = process.env.BENCH_PANEL_TRACE

const SET_UPS: readonly SetUp[] = [
  { name: 'panel in Chromium, sandbox in a worker', openAsync: openPanelWithWorkerSandboxAsync },
  { name: 'panel in Chromium, sandbox in Node', openAsync: openPanelAsync },
  ...(BASE === undefined
    ? []
    : [
        {
          name: 'base in Chromium, sandbox in a worker',
          openAsync: (browser: Browser, options: OpenPanelOptions) =>
            openPanelWithWorkerSandboxAsync(browser, { ...options, htmlPath: path.join(BASE, 'ui.html'), mainJsPath: path.join(BASE, 'main.js') })
        }
      ])
]

/**
 * The main thread's work from navigation start until the panel's interactive mark, from a trace:
 * the thread's CPU time (not wall time, which a busy machine stretches) in its tasks, and in the
 * outermost script events within them.
 */
function mainThreadWork(events: readonly TraceEvent[], interactiveMs: number): { busyMs: number; scriptMs: number } {
  const mark = events.find((event) => event.name === INTERACTIVE_MARK)
  if (mark === undefined) throw new Error(`the trace holds no ${INTERACTIVE_MARK} mark`)
  const thread = events.filter((event) => event.pid === mark.pid && event.tid === mark.tid)
  // The mark's time is from navigation start, and the trace's clock is the page's (a frame's
  // navigation has no trace event of its own).
  const navigationStart = mark.ts - interactiveMs * 1000
  const inRange = (event: TraceEvent): boolean => event.ph === 'X' && event.ts >= navigationStart && event.ts < mark.ts
  return {
    busyMs: outermostCpuMs(thread.filter((event) => inRange(event) && event.name === 'RunTask')),
    scriptMs: outermostCpuMs(thread.filter((event) => inRange(event) && SCRIPT_EVENTS.has(event.name)))
  }
}

/** The thread time of the events that no other of them encloses (a nested one is counted in its outer one). */
function outermostCpuMs(events: readonly TraceEvent[]): number {
  let total = 0
  let end = 0
  for (const event of [...events].sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0))) {
    if (event.ts < end) continue
    end = event.ts + (event.dur ?? 0)
    total += event.tdur ?? 0
  }
  return total / 1000
}

/** Opens the panel once in a set-up and measures it; `keepAs` names the file its trace is kept in. */
async function openingAsync(browser: Browser, setUp: SetUp, keepAs?: string): Promise<Opening> {
  let tracing = false
  const beforeNavigateAsync = async (page: Page): Promise<void> => {
    // Playwright evaluates a script of its own in a page the first time it queries it. Opening the
    // panel in a frame queries the host page for that frame just after the panel starts loading,
    // which ran that script (about 18 ms of CPU) on the host's main thread, the one that relays the
    // panel's "ready" to the sandbox, while the panel started; nothing of it runs in FigJam. Queried
    // here first, the script runs before the span measured. (Opened top-level, the page is about to
    // navigate and this costs nothing measured either.)
    await page.locator(PANEL_FRAME).count()
    await browser.startTracing(page, { categories: TRACE_CATEGORIES })
    tracing = true
  }
  const panel = await setUp.openAsync(browser, { beforeNavigateAsync })
  try {
    // The answers that follow the mark (the other locales' journeys) are outside the range measured.
    const recorded = await browser.stopTracing()
    tracing = false
    if (TRACE_FOLDER !== undefined && keepAs !== undefined) writeFileSync(path.join(TRACE_FOLDER, keepAs), recorded)
    const trace = JSON.parse(recorded.toString('utf8')) as { traceEvents: TraceEvent[] }
    return { ...panel.startup, ...mainThreadWork(trace.traceEvents, panel.startup.interactiveMs) }
  } finally {
    if (tracing) await browser.stopTracing()
    await panel.closeAsync()
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

const ms = (value: number): string => value.toFixed(0)
const spread = (values: readonly number[]): string => `${ms(median(values))} (${ms(Math.min(...values))}-${ms(Math.max(...values))})`.padStart(16)

/** Opens the built panel again and again in headless Chromium and prints its start-up figures. */
export async function runPanelStartBenchAsync(only?: readonly string[]): Promise<void> {
  const wanted = SET_UPS.filter((setUp) => only === undefined || only.some((word) => setUp.name.toLowerCase().includes(word.toLowerCase())))
  if (wanted.length === 0) return
  console.log('\nThe panel opening in headless Chromium (dist/ui.html): milliseconds, median (min-max) of ' + `${OPENINGS} openings each`)
  const missing = [
    existsSync(CHROMIUM_PATH) ? undefined : `Chromium (${CHROMIUM_PATH}; Debian: apt-get install chromium)`,
    existsSync(UI_HTML) && existsSync(MAIN_JS) ? undefined : 'the built plugin (npm run build)'
  ].filter((what) => what !== undefined)
  if (missing.length > 0) {
    console.log(`  skipped: ${missing.join(' and ')} not found`)
    return
  }
  const browser = await launchChromiumAsync()
  try {
    for (const setUp of wanted) await openingAsync(browser, setUp)
    const openings = new Map<SetUp, Opening[]>(wanted.map((setUp) => [setUp, []]))
    if (TRACE_FOLDER !== undefined) mkdirSync(TRACE_FOLDER, { recursive: true })
    const traceName = (setUp: SetUp, run: number): string => `${setUp.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-${run + 1}.json`
    for (let run = 0; run < OPENINGS; run += 1) for (const setUp of wanted) openings.get(setUp)!.push(await openingAsync(browser, setUp, traceName(setUp, run)))
    console.log(['set-up'.padEnd(40), ...['first paint', 'interactive', 'waiting', 'not waiting', 'main thread CPU', 'of it script'].map((h) => h.padStart(16))].join(' '))
    for (const setUp of wanted) {
      const rows = openings.get(setUp)!
      const column = (pick: (opening: Opening) => number): string => spread(rows.map(pick))
      console.log(
        [
          setUp.name.padEnd(40),
          column((o) => o.firstPaintMs),
          column((o) => o.interactiveMs),
          column((o) => o.templatesArrivedMs - o.readySentMs),
          column((o) => o.interactiveMs - (o.templatesArrivedMs - o.readySentMs)),
          column((o) => o.busyMs),
          column((o) => o.scriptMs)
        ].join(' ')
      )
    }
    console.log('  waiting: from the panel\'s "ready" until its templates came; not waiting: interactive less waiting; main thread CPU: in its tasks until interactive')
  } finally {
    await browser.close()
  }
}
