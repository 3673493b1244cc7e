// `npm run bench`: how each stage's cost grows with the board, and what the plugin asks of FigJam.
//
// Times: CPU and wall milliseconds per run, the median of several samples taken in turns across the
// sizes (so a slow spell of a shared machine hits every size alike; every other round takes the
// sizes in reverse, so neither size always follows the other), and the growth from 500 to 5,000
// items (10x the items should cost at most about 11x): the median, over the rounds, of the ratio of
// the two sizes' samples in that round, which a machine whose load drifts between rounds cannot
// skew as it can a ratio of two medians. A sample repeats the stage until it has used MIN_SAMPLE_MS
// of CPU, or (cold) run COLD_MAX_RUNS times, and reports the time per run, so a stage that takes 2 ms is
// not timed by one tick of the clock; the garbage of the sample before is collected first (npm run
// bench passes --expose-gc), so one size does not pay for the other's. Every run starts with cold
// caches (see COLD). Every size is warmed up alike before any is timed. Rows on
// the emulator include its own work, which stands in for FigJam's. Traffic: every Plugin API crossing the emulator counts (calls, property writes,
// property reads), per node and per sticky.
//
// BENCH_SIZES=100,500 and BENCH_RUNS=3 shorten a run while working on it; BENCH_STAGES=export,import
// times only the rows whose names hold one of those words (here and in the parser section, where
// BENCH_STAGES=papaparse times the CSV parser alone and BENCH_STAGES=start-up the command line's
// start-up), and skips the traffic section unless it names it: BENCH_STAGES=traffic prints the
// traffic alone; BENCH_STAGES=chromium times the panel's start-up in headless Chromium alone.
import { closeSync, openSync, readdirSync, readFileSync, writeSync } from 'node:fs'
import { devNull } from 'node:os'
import { performance } from 'node:perf_hooks'

import type { CliIo } from '../src/cli/cli-io'
import { readBoardsOfFileAsync } from '../src/cli/commands/read-command'
import { createFigJamEmulator, type FigJamEmulator, loadRestFile } from '../src/emulator'
import { exportJourney, exportJourneyPieces, importJourney, textPieces } from '../src/formats'
import { layoutJourney } from '../src/layout/layout-journey'
import type { Journey } from '../src/model'
import { generateBoardAsync } from '../src/plugin-api/generate-board'
import { readBoardAsync } from '../src/plugin-api/read-board'
import { syncBoardAsync } from '../src/plugin-api/sync-board'
import { syncPreviewAsync } from '../src/plugin-api/sync-preview'
import { readBoard, snapshotFromRestFile } from '../src/reader'
import { renderRestFileToSvg } from '../src/render'
import { sizedJourney } from './sized-journey'

const SIZES = (process.env.BENCH_SIZES ?? '100,500,1000,5000,10000').split(',').map(Number)
const RUNS = Number(process.env.BENCH_RUNS ?? 5)
/** CPU milliseconds a sample runs its stage for at least (the stage's runs are averaged). */
const MIN_SAMPLE_MS = Number(process.env.BENCH_MIN_SAMPLE_MS ?? 200)
const collectGarbage = (globalThis as { gc?: () => void }).gc
/** The two sizes the growth ratio compares. */
const GROWTH_FROM = 500
const GROWTH_TO = 5000
/** The board the "update one item" row changes one item on. */
const ONE_ITEM_BOARD = 2000
const noYield = async (): Promise<void> => undefined

/**
 * Cold start, for every row: each is something a user pays for once per action (a layout, a reading,
 * an export of a journey or board held in memory), with the caches full of other work, not two
 * hundred times in a row. Repeated back to back, a 500-item run (about 1 MB) would find its input in
 * the caches, left there by the run before, while a 5,000-item run (about 10 MB) would not, and the
 * growth would time the cache rather than the code. So each timed run follows a sweep over a buffer
 * twice the size of the last-level cache, outside the timed span, and a sample stops after
 * COLD_MAX_RUNS runs even short of MIN_SAMPLE_MS, which bounds the sweeps' cost. BENCH_WARM=1 times
 * every row warm, each run after the last, for comparison.
 */
const COLD = process.env.BENCH_WARM !== '1'
const COLD_MAX_RUNS = 100
const FALLBACK_CACHE_BYTES = 32 * 1024 * 1024
const CACHE_LINE_WORDS = 16

/** The last-level cache's size as Linux reports it (the highest level listed), or a common size where it does not. */
function lastLevelCacheBytes(): number {
  const dir = '/sys/devices/system/cpu/cpu0/cache'
  const units: Record<string, number> = { K: 1024, M: 1024 * 1024, G: 1024 * 1024 * 1024 }
  try {
    const caches = readdirSync(dir)
      .filter((name) => name.startsWith('index'))
      .map((name) => {
        const level = Number(readFileSync(`${dir}/${name}/level`, 'utf8'))
        const match = /^(\d+)([KMG]?)/.exec(readFileSync(`${dir}/${name}/size`, 'utf8').trim())
        return { level, bytes: match === null ? 0 : Number(match[1]) * (units[match[2]!] ?? 1) }
      })
      .filter((cache) => cache.bytes > 0)
      .sort((a, b) => b.level - a.level || b.bytes - a.bytes)
    return caches[0]?.bytes ?? FALLBACK_CACHE_BYTES
  } catch {
    return FALLBACK_CACHE_BYTES
  }
}

let sweepBuffer: Int32Array | undefined
/** What the sweeps cost the bench run (wall time, never inside a timed span). */
const sweeps = { count: 0, ms: 0 }
/** Writes one word in every cache line of a buffer twice the last-level cache, which pushes out whatever was cached. */
function sweepCaches(): void {
  const start = performance.now()
  sweepBuffer ??= new Int32Array((2 * lastLevelCacheBytes()) / Int32Array.BYTES_PER_ELEMENT)
  for (let i = 0; i < sweepBuffer.length; i += CACHE_LINE_WORDS) sweepBuffer[i]! += 1
  sweeps.count += 1
  sweeps.ms += performance.now() - start
}

interface Stage {
  name: string
  /** Untimed set-up before each run, for stages that change what they work on. */
  prepare?(size: number): Promise<unknown>
  run(size: number, prepared: unknown): Promise<unknown> | unknown
  /** Works on the drawn board (boardAsync): held in memory while such rows are timed, and only then. */
  board?: true
}

interface Fixture {
  journey: Journey
  changed: Journey
  oneItem: Journey
  moved: Journey
  texts: { json: string; csv: string; mermaid: string }
  mermaidTasks: number
}

/** A board drawn on the emulator, with its REST file: far larger than the journey behind it. */
interface DrawnBoard {
  emulator: FigJamEmulator
  rest: ReturnType<FigJamEmulator['toRestFile']>
  restText: string
}

async function drawAsync(journey: Journey): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  await generateBoardAsync(emulator.api, journey, { yieldAsync: noYield })
  return emulator
}

/** The same journey after a research round: every tenth item reworded, every twentieth dropped (unless linked). */
function changedJourney(journey: Journey): Journey {
  const linked = new Set(journey.links.flatMap((link) => [link.from, link.to]))
  const items = journey.items
    .filter((item, i) => i % 20 !== 19 || linked.has(item.id))
    .map((item, i) => (i % 10 === 0 ? { ...item, text: `${item.text} (revised)` } : item))
  return { ...journey, items }
}

/**
 * Every tenth item moved to the next stage (the last stage's to the first), its words unchanged: an
 * update then puts each such sticky into another section, and loads the fonts of what it moves.
 */
function movedJourney(journey: Journey): Journey {
  const stages = journey.stages.map((stage) => stage.id)
  const next = new Map(stages.map((id, i) => [id, stages[(i + 1) % stages.length]!]))
  return { ...journey, items: journey.items.map((item, i) => (i % 10 === 0 ? { ...item, stageId: next.get(item.stageId)! } : item)) }
}

/** One item reworded to a text of the same length, so nothing else on the board has to move. */
function oneItemChanged(journey: Journey): Journey {
  const target = journey.items[Math.floor(journey.items.length / 2)]!
  const text = target.text.replace(/[a-z]/, (letter) => (letter === 'x' ? 'y' : 'x'))
  return { ...journey, items: journey.items.map((item) => (item.id === target.id ? { ...item, text } : item)) }
}

const fixtures = new Map<number, Fixture>()
async function fixtureAsync(size: number): Promise<Fixture> {
  let fixture = fixtures.get(size)
  if (fixture === undefined) {
    const journey = sizedJourney(size)
    const mermaid = exportJourney(journey, 'mermaid')
    const imported = importJourney(mermaid, 'mermaid')
    fixture = {
      journey,
      changed: changedJourney(journey),
      oneItem: oneItemChanged(journey),
      moved: movedJourney(journey),
      texts: { json: exportJourney(journey, 'json'), csv: exportJourney(journey, 'csv'), mermaid },
      mermaidTasks: imported.ok ? imported.value.items.length : 0
    }
    fixtures.set(size, fixture)
  }
  return fixture
}

/**
 * The drawn boards, made for the rows that work on one and let go once none of the rows still to
 * time does: a row that never touches a board is not charged for collecting garbage around the
 * boards' hundreds of megabytes, a cost that grows with the board and not with the row's own work.
 */
const boards = new Map<number, DrawnBoard>()
async function boardAsync(size: number): Promise<DrawnBoard> {
  let board = boards.get(size)
  if (board === undefined) {
    const { journey } = await fixtureAsync(size)
    const emulator = await drawAsync(journey)
    const rest = emulator.toRestFile(journey.title)
    board = { emulator, rest, restText: JSON.stringify(rest) }
    boards.set(size, board)
  }
  return board
}

/** Writes text as the command line does, minus the disk; returns the bytes written so the work cannot be skipped. */
function writeToNull(batches: Iterable<string>): number {
  const fd = openSync(devNull, 'w')
  let bytes = 0
  try {
    for (const batch of batches) bytes += writeSync(fd, batch)
  } finally {
    closeSync(fd)
  }
  return bytes
}

/** How far apart the stickies of the lone-sticky page are, top to bottom: further than any two things of one map. */
const LONE_STICKY_STEP = 1000

/** Pages of separate stickies in one column (no map on them), made once per size. */
const columns = new Map<number, FigJamEmulator>()
async function loneStickyColumnAsync(size: number): Promise<FigJamEmulator> {
  let emulator = columns.get(size)
  if (emulator === undefined) {
    emulator = createFigJamEmulator()
    await emulator.api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    for (let i = 0; i < size; i += 1) {
      const sticky = emulator.api.createSticky()
      sticky.y = i * LONE_STICKY_STEP
      sticky.text.characters = `Note ${i + 1}`
    }
    columns.set(size, emulator)
  }
  return emulator
}

/** Pages of separate stickies exported as REST JSON, each sticky a board of its own, made once per size. */
const loosePages = new Map<number, string>()
async function loosePageTextAsync(size: number): Promise<string> {
  let text = loosePages.get(size)
  if (text === undefined) {
    text = JSON.stringify((await loneStickyColumnAsync(size)).toRestFile('Ideas'))
    loosePages.set(size, text)
  }
  return text
}

/** The command line's file system for one page's text: `journeyboard read` reads it as it reads a file. */
function onePageIo(text: string): CliIo {
  return { stdout: () => undefined, stderr: () => undefined, readFileAsync: async () => text, writeFileAsync: async () => undefined }
}

function firstBoardId(emulator: FigJamEmulator): string {
  const board = emulator.api.currentPage.children.find((node) => node.type === 'SECTION')
  if (board === undefined) throw new Error('no board')
  return board.id
}

function must<T>(result: { ok: true; value: T } | { ok: false; problems: { message: string }[] }): T {
  if (!result.ok) throw new Error(result.problems[0]?.message)
  return result.value
}

const STAGES: Stage[] = [
  { name: 'layout (journey -> plan)', run: async (n) => layoutJourney((await fixtureAsync(n)).journey) },
  { name: 'generate (layout + write)', run: async (n) => generateBoardAsync(createFigJamEmulator().api, (await fixtureAsync(n)).journey, { yieldAsync: noYield }) },
  { name: 'read back (live nodes)', board: true, run: async (n) => must(await readBoardAsync((await boardAsync(n)).emulator.api, 'page')) },
  // What `journeyboard board` and `journeyboard sync` pay once a board is drawn: the REST file's text made node by node and
  // written as they write it (in the same batches, UTF-8 encoded by the write), to the null device instead of a file.
  { name: 'REST export (file and text)', board: true, run: async (n) => writeToNull(textPieces((await boardAsync(n)).emulator.toRestTextChunks(), '\n')) },
  { name: 'read back (REST JSON)', board: true, run: async (n) => readBoard(must(snapshotFromRestFile((await boardAsync(n)).rest))) },
  // A page of separate stickies in one column, read as the panel reads a page: finding the maps on it must not compare every sticky with every other.
  { name: 'read back (lone stickies in one column)', run: async (n) => must(await readBoardAsync((await loneStickyColumnAsync(n)).api, 'page')) },
  // What `journeyboard read page.json` pays for a page of separate stickies, each a board of its own: the file's JSON parsed, its snapshot made, every board read.
  { name: 'read back (CLI: every board of a page)', run: async (n) => readBoardsOfFileAsync(onePageIo(await loosePageTextAsync(n)), 'page.json', undefined) },
  // What the panel's "Update board…" review does: read the live board, merge, describe.
  { name: 'diff (panel: live board)', board: true, run: async (n) => must(await syncPreviewAsync((await boardAsync(n)).emulator.api, undefined, (await fixtureAsync(n)).changed)) },
  // What `journeyboard diff board.json journey.json` does after reading the files: parse, load, the same review.
  {
    name: 'diff (CLI: REST file)',
    board: true,
    run: async (n) => {
      const { restText } = await boardAsync(n)
      return must(await syncPreviewAsync(loadRestFile(JSON.parse(restText)).api, undefined, (await fixtureAsync(n)).changed))
    }
  },
  {
    // Each run updates a fresh copy of the board, so drawing it is set-up, not timed.
    name: 'update (every 10th item changed)',
    prepare: async (n) => drawAsync((await fixtureAsync(n)).journey),
    run: async (n, emulator) => {
      const api = (emulator as FigJamEmulator).api
      return must(await syncBoardAsync(api, firstBoardId(emulator as FigJamEmulator), (await fixtureAsync(n)).changed, {}, { yieldAsync: noYield }))
    }
  },
  {
    name: 'update (one item changed)',
    prepare: async (n) => drawAsync((await fixtureAsync(n)).journey),
    run: async (n, emulator) => {
      const api = (emulator as FigJamEmulator).api
      return must(await syncBoardAsync(api, firstBoardId(emulator as FigJamEmulator), (await fixtureAsync(n)).oneItem, {}, { yieldAsync: noYield }))
    }
  },
  {
    name: 'update (every 10th item moved)',
    prepare: async (n) => drawAsync((await fixtureAsync(n)).journey),
    run: async (n, emulator) => {
      const api = (emulator as FigJamEmulator).api
      return must(await syncBoardAsync(api, firstBoardId(emulator as FigJamEmulator), (await fixtureAsync(n)).moved, {}, { yieldAsync: noYield }))
    }
  },
  { name: 'render SVG', board: true, run: async (n) => renderRestFileToSvg((await boardAsync(n)).rest) },
  // What `journeyboard export` and the panel's download pay: the format's pieces made and handed, one by one, to a
  // writer that keeps nothing (the null device, UTF-8 encoded by the write, as the command writes a file).
  { name: 'export JSON', run: async (n) => writeToNull(exportJourneyPieces((await fixtureAsync(n)).journey, 'json').pieces) },
  { name: 'export CSV', run: async (n) => writeToNull(exportJourneyPieces((await fixtureAsync(n)).journey, 'csv').pieces) },
  { name: 'export Markdown', run: async (n) => writeToNull(exportJourneyPieces((await fixtureAsync(n)).journey, 'md').pieces) },
  { name: 'export Mermaid', run: async (n) => writeToNull(exportJourneyPieces((await fixtureAsync(n)).journey, 'mermaid').pieces) },
  { name: 'import JSON', run: async (n) => importJourney((await fixtureAsync(n)).texts.json, 'json') },
  { name: 'import CSV', run: async (n) => importJourney((await fixtureAsync(n)).texts.csv, 'csv') },
  { name: 'import Mermaid', run: async (n) => importJourney((await fixtureAsync(n)).texts.mermaid, 'mermaid') }
]

/** The rows to time: all, unless BENCH_STAGES names some. */
const ONLY = process.env.BENCH_STAGES?.split(',').filter((word) => word !== '')
const timed = ONLY === undefined ? STAGES : STAGES.filter((stage) => ONLY.some((word) => stage.name.includes(word)))

interface Sample {
  wall: number
  cpu: number
}

async function sampleAsync(stage: Stage, size: number): Promise<Sample> {
  collectGarbage?.()
  let runs = 0
  let wall = 0
  let cpu = 0
  do {
    const prepared = await stage.prepare?.(size)
    if (COLD) sweepCaches()
    const before = process.cpuUsage()
    const start = performance.now()
    await stage.run(size, prepared)
    wall += performance.now() - start
    const used = process.cpuUsage(before)
    cpu += (used.user + used.system) / 1000
    runs += 1
  } while (cpu < MIN_SAMPLE_MS && !(COLD && runs >= COLD_MAX_RUNS))
  return { wall: wall / runs, cpu: cpu / runs }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

/** The median over the rounds of the CPU time at GROWTH_TO over that at GROWTH_FROM, both taken in the same round. */
function growthOf(from: readonly Sample[] | undefined, to: readonly Sample[] | undefined): string {
  if (from === undefined || to === undefined) return '-'
  const ratios = from.flatMap((sample, round) => (sample.cpu > 0 && to[round] !== undefined ? [to[round]!.cpu / sample.cpu] : []))
  return ratios.length === 0 ? '-' : median(ratios).toFixed(1)
}

const pad = (text: string, width: number): string => text.padStart(width)
const fmt = (ms: number): string => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(1))

if (timed.length > 0) {
  for (const size of SIZES) await fixtureAsync(size)
  console.log(
    `Milliseconds per run: CPU / wall, median of ${RUNS} samples (each at least ${MIN_SAMPLE_MS} ms of CPU) taken in turns across the sizes; growth = median over the rounds of CPU at ${GROWTH_TO} / CPU at ${GROWTH_FROM}` +
      (collectGarbage === undefined ? ' (run with --expose-gc to collect garbage between samples)' : '') +
      (COLD ? `; every run from a cold start (caches swept first, at most ${COLD_MAX_RUNS} runs a sample; BENCH_WARM=1 for warm)` : '; warm: each run follows the last (BENCH_WARM=1)') +
      '\n'
  )
  console.log(['stage'.padEnd(34), ...SIZES.map((s) => pad(`${s} items`, 16)), pad('growth', 8)].join(' '))
  for (const [index, stage] of timed.entries()) {
    if (stage.board === true) for (const size of SIZES) await boardAsync(size)
    for (const size of SIZES) await sampleAsync(stage, size) // warm-up: the first call pays for compiling, not for the board
    const samples = new Map<number, Sample[]>(SIZES.map((s) => [s, []]))
    for (let run = 0; run < RUNS; run += 1) {
      for (const size of run % 2 === 0 ? SIZES : [...SIZES].reverse()) samples.get(size)!.push(await sampleAsync(stage, size))
    }
    const cpu = SIZES.map((s) => median(samples.get(s)!.map((x) => x.cpu)))
    const wall = SIZES.map((s) => median(samples.get(s)!.map((x) => x.wall)))
    const growth = growthOf(samples.get(GROWTH_FROM), samples.get(GROWTH_TO))
    console.log([stage.name.padEnd(34), ...SIZES.map((_, i) => pad(`${fmt(cpu[i]!)} / ${fmt(wall[i]!)}`, 16)), pad(growth, 8)].join(' '))
    if (!timed.slice(index + 1).some((later) => later.board === true)) boards.clear()
    columns.clear()
    loosePages.clear()
  }
  if (sweeps.count > 0) console.log(`  (cold starts: ${sweeps.count} sweeps of ${(sweepBuffer!.byteLength / 1024 / 1024).toFixed(0)} MB, ${(sweeps.ms / 1000).toFixed(1)} s of wall time)`)
  console.log(['  (Mermaid tasks in those rows)'.padEnd(34), ...await Promise.all(SIZES.map(async (s) => pad(`${(await fixtureAsync(s)).mermaidTasks} tasks`, 16)))].join(' '))
}

interface Traffic {
  calls: number
  writes: number
  reads: number
  byKind: { calls: Map<string, number>; writes: Map<string, number>; reads: Map<string, number> }
}

function trafficOf(emulator: FigJamEmulator): Traffic {
  const sum = (counts: Map<string, number>): number => [...counts.values()].reduce((a, b) => a + b, 0)
  const copy = (counts: Map<string, number>): Map<string, number> => new Map(counts)
  const { calls, writes, reads } = emulator.traffic
  return { calls: sum(calls), writes: sum(writes), reads: sum(reads), byKind: { calls: copy(calls), writes: copy(writes), reads: copy(reads) } }
}

function nodeCount(emulator: FigJamEmulator): number {
  return emulator.api.currentPage.findAll().length
}

const per = (value: number, count: number): string => (value / Math.max(1, count)).toFixed(2)

/** What one more sticky costs: the same journey with 100 more items in its cells, the difference over 100. */
async function marginalStickyAsync(journey: Journey): Promise<Traffic> {
  // Plain stickies (no emotion score, flag or marker) in lanes that already hold some.
  const lanes = new Set(journey.lanes.filter((lane) => lane.kind !== 'emotion').map((lane) => lane.id))
  const extra = journey.items.filter((item) => lanes.has(item.laneId)).slice(0, 100)
  // Each with a text of its own, so each is measured, as on a real board.
  const more: Journey = {
    ...journey,
    items: [...journey.items, ...extra.map((item, i) => ({ id: `extra-${i}`, stageId: item.stageId, laneId: item.laneId, text: `${item.text}, once more (${i + 1})`, momentOfTruth: false }))]
  }
  const base = await drawAsync(journey)
  const bigger = await drawAsync(more)
  const a = trafficOf(base)
  const b = trafficOf(bigger)
  const diff = (x: Map<string, number>, y: Map<string, number>): Map<string, number> =>
    new Map([...new Set([...x.keys(), ...y.keys()])].map((k) => [k, ((y.get(k) ?? 0) - (x.get(k) ?? 0)) / 100]).filter(([, v]) => v !== 0) as [string, number][])
  return {
    calls: (b.calls - a.calls) / 100,
    writes: (b.writes - a.writes) / 100,
    reads: (b.reads - a.reads) / 100,
    byKind: { calls: diff(a.byKind.calls, b.byKind.calls), writes: diff(a.byKind.writes, b.byKind.writes), reads: diff(a.byKind.reads, b.byKind.reads) }
  }
}

const kinds = (counts: Map<string, number>, divisor = 1): string =>
  [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([name, count]) => `${name} ${Number((count / divisor).toFixed(2))}`)
    .join(', ')

/** What Generate and an update ask of FigJam: calls, writes and reads, per board, node and sticky. */
async function runTrafficBenchAsync(): Promise<void> {
  console.log('\nGenerate: Plugin API traffic per board (emulator counts)\n')
  console.log(['items', 'stickies', 'nodes', 'calls', 'writes', 'reads', 'crossings/node', 'font loads', 'distinct fonts'].map((h, i) => (i === 0 ? h.padStart(6) : pad(h, 14))).join(' '))
  for (const size of SIZES) {
    const { journey } = await fixtureAsync(size)
    const emulator = await drawAsync(journey)
    const t = trafficOf(emulator)
    const nodes = nodeCount(emulator)
    const stickies = emulator.api.currentPage.findAllWithCriteria({ types: ['STICKY'] }).length
    const distinct = new Set(emulator.fontLoads.map((f) => `${f.family}/${f.style}`)).size
    console.log(
      [pad(String(size), 6), ...[stickies, nodes, t.calls, t.writes, t.reads].map((v) => pad(String(v), 14)), pad(per(t.calls + t.writes + t.reads, nodes), 14), pad(String(emulator.fontLoads.length), 14), pad(String(distinct), 14)].join(' ')
    )
  }
  {
    const size = SIZES.includes(GROWTH_FROM) ? GROWTH_FROM : SIZES[0]!
    const sticky = await marginalStickyAsync((await fixtureAsync(size)).journey)
    console.log(`\nOne more sticky (${size}-item board with 100 more items, difference / 100): ${Number((sticky.calls + sticky.writes).toFixed(2))} calls+writes, ${Number(sticky.reads.toFixed(2))} reads`)
    console.log(`  calls: ${kinds(sticky.byKind.calls)}\n  writes: ${kinds(sticky.byKind.writes)}\n  reads: ${kinds(sticky.byKind.reads)}`)
    const emulator = await drawAsync((await fixtureAsync(size)).journey)
    const t = trafficOf(emulator)
    const nodes = nodeCount(emulator)
    console.log(`Whole ${size}-item board, per node (${nodes} nodes):\n  calls: ${kinds(t.byKind.calls, nodes)}\n  writes: ${kinds(t.byKind.writes, nodes)}\n  reads: ${kinds(t.byKind.reads, nodes)}`)
  }

  const journey = sizedJourney(ONE_ITEM_BOARD)
  for (const [what, changed] of [
    ['Update one item', oneItemChanged(journey)],
    ['Update moving every 10th item to the next stage', movedJourney(journey)]
  ] as const) {
    const emulator = await drawAsync(journey)
    const nodes = nodeCount(emulator)
    // Found before the counters start: the bench's own look-up is no traffic of the update's.
    const boardId = firstBoardId(emulator)
    emulator.resetCounters()
    must(await syncBoardAsync(emulator.api, boardId, changed, {}, { yieldAsync: noYield }))
    const t = trafficOf(emulator)
    const crossings = t.calls + t.writes + t.reads
    console.log(`\n${what} on a ${ONE_ITEM_BOARD}-item board (${nodes} nodes): ${crossings} crossings, ${per(crossings, nodes)} per node (${t.calls} calls, ${t.writes} writes, ${t.reads} reads)`)
    console.log(`  calls: ${kinds(t.byKind.calls)}\n  writes: ${kinds(t.byKind.writes)}\n  reads: ${kinds(t.byKind.reads)}`)
  }
}

// Some rows only: the traffic only if asked for by name (BENCH_STAGES=traffic prints it alone).
if (ONLY === undefined || ONLY.includes('traffic')) await runTrafficBenchAsync()

// The panel's start-up in headless Chromium (BENCH_STAGES=chromium prints it alone).
await (await import('./panel-start')).runPanelStartBenchAsync(ONLY)

// The file-format parsers against papaparse and Mermaid, and the command line's start-up.
await (await import('./format-parsers')).runFormatParserBenchAsync(ONLY)
// What the sandbox spends unpacking a language's words and template journeys.
await (await import('./unpack-languages')).runUnpackBenchAsync(ONLY)
