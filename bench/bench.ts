// `npm run bench`: how each stage's cost grows with the board, at about 10, 100, 1,000 and 5,000
// items. Prints milliseconds (median of several runs), the growth ratio from one size to the next
// (10x the items should cost at most about 11x the time), API calls per sticky and font loads.
import { performance } from 'node:perf_hooks'

import { generateBoardAsync } from '../src/plugin-api/generate-board'
import { readBoardAsync } from '../src/plugin-api/read-board'
import { syncBoardAsync } from '../src/plugin-api/sync-board'
import { createFigJamEmulator, type FigJamEmulator } from '../src/emulator'
import { exportJourney, importJourney } from '../src/formats'
import { layoutJourney } from '../src/layout/layout-journey'
import type { Journey } from '../src/model'
import { readBoard, snapshotFromRestFile } from '../src/reader'
import { renderRestFileToSvg } from '../src/render'
import { diffJourneys } from '../src/sync'
import { sizedJourney } from './sized-journey'

const SIZES = [10, 100, 1000, 5000]
/** More runs for small sizes, where a single run is too quick to time on its own. */
const RUNS: Record<number, number> = { 10: 15, 100: 9, 1000: 5, 5000: 3 }
const noYield = async (): Promise<void> => undefined

interface Stage {
  name: string
  /** Untimed set-up before each run, for stages that change what they work on. */
  prepare?(journey: Journey): Promise<unknown>
  run(journey: Journey, prepared: unknown): Promise<unknown> | unknown
}

async function boardOf(journey: Journey) {
  const emulator = createFigJamEmulator()
  const summary = await generateBoardAsync(emulator.api, journey, { yieldAsync: noYield })
  return { emulator, summary, rest: emulator.toRestFile(journey.title) }
}

async function medianMsAsync(runs: number, fn: (prepared: unknown) => Promise<unknown> | unknown, prepareAsync: () => Promise<unknown>): Promise<number> {
  await fn(await prepareAsync()) // warm-up: the first call pays for JIT compilation, not for the board
  const times: number[] = []
  for (let i = 0; i < runs; i++) {
    const prepared = await prepareAsync()
    const start = performance.now()
    await fn(prepared)
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)]!
}

/** The same journey after a research round: every tenth item reworded, every twentieth re-scored or dropped. */
function changedJourney(journey: Journey): Journey {
  const items = journey.items
    .filter((_, i) => i % 20 !== 19 || journey.links.some((l) => l.from === journey.items[i]!.id || l.to === journey.items[i]!.id))
    .map((item, i) => (i % 10 === 0 ? { ...item, text: `${item.text} (revised)` } : item))
  return { ...journey, items }
}

const fixtures = new Map<number, Awaited<ReturnType<typeof boardOf>> & { journey: Journey; changed: Journey; texts: Record<string, string> }>()
for (const size of SIZES) {
  const journey = sizedJourney(size)
  const board = await boardOf(journey)
  fixtures.set(size, {
    ...board,
    journey,
    changed: changedJourney(journey),
    texts: { json: exportJourney(journey, 'json'), csv: exportJourney(journey, 'csv'), mermaid: exportJourney(journey, 'mermaid') }
  })
}

const fixture = (journey: Journey) => fixtures.get(journey.items.length)!

const STAGES: Stage[] = [
  { name: 'layout (journey -> plan)', run: (j) => layoutJourney(j) },
  // What Generate costs: the layout again, then every node written (no REST export, unlike boardOf).
  {
    name: 'generate (layout + write)',
    run: async (j) => generateBoardAsync(createFigJamEmulator().api, j, { yieldAsync: noYield })
  },
  {
    name: 'read back (live nodes)',
    run: async (j) => {
      const { emulator } = fixture(j)
      const result = await readBoardAsync(emulator.api, 'page')
      if (!result.ok) throw new Error(result.problems[0]?.message)
    }
  },
  { name: 'REST export (toRestFile)', run: (j) => fixture(j).emulator.toRestFile() },
  {
    name: 'read back (REST JSON)',
    run: (j) => {
      const snapshot = snapshotFromRestFile(fixture(j).rest)
      if (!snapshot.ok) throw new Error(snapshot.problems[0]?.message)
      return readBoard(snapshot.value)
    }
  },
  { name: 'diff (board vs changed data)', run: (j) => diffJourneys(j, fixture(j).changed, j) },
  {
    // Each run updates a fresh copy of the board, so the set-up (drawing it) is not timed.
    name: 'sync (update the board)',
    prepare: async (j) => (await boardOf(j)).emulator,
    run: async (j, emulator) => {
      const api = (emulator as FigJamEmulator).api
      const board = api.currentPage.children.find((node) => node.type === 'SECTION')
      if (board === undefined) throw new Error('no board to update')
      const result = await syncBoardAsync(api, board.id, fixture(j).changed, {}, { yieldAsync: noYield })
      if (!result.ok) throw new Error(result.problems[0]?.message)
    }
  },
  { name: 'render SVG', run: (j) => renderRestFileToSvg(fixture(j).rest) },
  { name: 'export JSON', run: (j) => exportJourney(j, 'json') },
  { name: 'export CSV', run: (j) => exportJourney(j, 'csv') },
  { name: 'export Markdown', run: (j) => exportJourney(j, 'md') },
  { name: 'export Mermaid', run: (j) => exportJourney(j, 'mermaid') },
  { name: 'import JSON', run: (j) => importJourney(fixture(j).texts.json!, 'json') },
  { name: 'import CSV', run: (j) => importJourney(fixture(j).texts.csv!, 'csv') },
  { name: 'import Mermaid', run: (j) => importJourney(fixture(j).texts.mermaid!, 'mermaid') }
]

const pad = (text: string, width: number) => text.padStart(width)
const header = ['stage'.padEnd(28), ...SIZES.map((s) => pad(`${s} items`, 12)), ...SIZES.slice(1).map((s, i) => pad(`x${s / SIZES[i]!}`, 7))].join(' ')
console.log('Milliseconds per run (median), then the growth ratio between sizes\n')
console.log(header)
for (const stage of STAGES) {
  const times: number[] = []
  for (const size of SIZES) {
    const journey = fixtures.get(size)!.journey
    times.push(await medianMsAsync(RUNS[size]!, (prepared) => stage.run(journey, prepared), async () => stage.prepare?.(journey)))
  }
  const ratios = times.slice(1).map((t, i) => (times[i]! > 0 ? t / times[i]! : NaN))
  console.log([stage.name.padEnd(28), ...times.map((t) => pad(t.toFixed(2), 12)), ...ratios.map((r) => pad(r.toFixed(1), 7))].join(' '))
}

console.log('\nPlugin API use per generated board (emulator counts)\n')
console.log(['items'.padStart(6), 'stickies'.padStart(9), 'nodes'.padStart(7), 'API calls'.padStart(10), 'calls/sticky'.padStart(13), 'font loads'.padStart(11), 'distinct fonts'.padStart(15)].join(' '))
for (const size of SIZES) {
  const { emulator, summary } = await boardOf(fixtures.get(size)!.journey)
  const counts = summary.counts
  const nodes = counts.sections + counts.stickies + counts.shapes + counts.texts + counts.connectors
  const calls = emulator.totalCalls()
  const distinct = new Set(emulator.fontLoads.map((f) => `${f.family}/${f.style}`)).size
  console.log(
    [
      pad(String(size), 6),
      pad(String(counts.stickies), 9),
      pad(String(nodes), 7),
      pad(String(calls), 10),
      pad((calls / Math.max(1, counts.stickies)).toFixed(1), 13),
      pad(String(emulator.fontLoads.length), 11),
      pad(String(distinct), 15)
    ].join(' ')
  )
}
