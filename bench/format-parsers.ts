// The file-format parsers against the libraries people would otherwise use, and the command line's
// start-up. Part of `npm run bench`; `BENCH_RUNS` sets how many runs each median takes.
//
// CSV: our parser (`parseCsv`) against papaparse's `parse` on the same journey CSV, and the whole
// CSV import with 20,000 distinct lane names. Mermaid: our parser against Mermaid's own
// `mermaid.parse` at 1,000 and 10,000 tasks. Mermaid (150 MB installed, and it needs a DOM) is not
// a dependency: with `npm install --no-save mermaid@11.17.2` it is measured here (under happy-dom's
// DOM); without it the row says so and the README keeps the figure last measured.
import { execFile } from 'node:child_process'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'

import Papa from 'papaparse'

import { journeyFromCsv, journeyToCsv, parseCsv, parseMermaidJourney } from '../src/formats'
import { sizedJourney } from './sized-journey'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)

function medianMs(run: () => unknown, runs = RUNS): number {
  run()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

async function medianAsyncMs(run: () => Promise<unknown>, runs = RUNS): Promise<number> {
  await run()
  const times: number[] = []
  for (let i = 0; i < runs; i += 1) {
    const start = performance.now()
    await run()
    times.push(performance.now() - start)
  }
  times.sort((a, b) => a - b)
  return times[Math.floor(times.length / 2)] ?? Number.NaN
}

const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1)).padStart(8)
const ratio = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(2)}x`.padStart(8)

function csvOfSize(items: number): string {
  return journeyToCsv(sizedJourney(items))
}

/** A CSV whose every row has a lane of its own: 20,000 distinct names (ids made from them). */
function distinctLanesCsv(lanes: number): string {
  const rows = ['stage,lane,lane_kind,text']
  for (let i = 0; i < lanes; i += 1) rows.push(`Stage ${i % 7},Lane number ${i},notes,Item ${i}`)
  return rows.join('\n')
}

function mermaidOfSize(tasks: number): string {
  const lines = ['journey', '  title Bench']
  for (let s = 0; s < tasks / 100; s += 1) {
    lines.push(`  section Stage ${s}`)
    for (let t = 0; t < 100; t += 1) lines.push(`    Task ${s}-${t}: ${1 + (t % 5)}: Me, Partner`)
  }
  return lines.join('\n')
}

interface MermaidApi {
  parse(text: string): Promise<unknown>
}

/** Mermaid's own parser when it is installed (it needs a DOM, which happy-dom provides); else undefined. */
async function loadMermaidAsync(): Promise<MermaidApi | undefined> {
  try {
    const { Window } = await import('happy-dom')
    const window = new Window()
    Object.assign(globalThis, { window, document: window.document })
    const name = 'mermaid'
    const module = (await import(/* @vite-ignore */ name)) as { default: MermaidApi }
    return module.default
  } catch {
    return undefined
  }
}

async function startUpMsAsync(args: readonly string[]): Promise<number> {
  const run = promisify(execFile)
  return medianAsyncMs(() => run(process.execPath, [...args]), Math.max(5, RUNS))
}

export async function runFormatParserBenchAsync(): Promise<void> {
  console.log(`\nFile formats against the libraries (milliseconds, median of ${RUNS} runs; ratio = ours / theirs, below 1 is faster)\n`)
  console.log(['parse'.padEnd(40), 'ours'.padStart(8), 'theirs'.padStart(8), 'ratio'.padStart(8)].join(' '))
  for (const items of [500, 5000, 20_000]) {
    const csv = csvOfSize(items)
    const ours = medianMs(() => parseCsv(csv))
    const theirs = medianMs(() => Papa.parse(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true }))
    console.log([`CSV, ${items} rows (${(csv.length / 1e6).toFixed(1)} MB) vs papaparse`.padEnd(40), ms(ours), ms(theirs), ratio(ours, theirs)].join(' '))
  }
  const lanes = distinctLanesCsv(20_000)
  console.log([`CSV import, 20,000 distinct lanes`.padEnd(40), ms(medianMs(() => journeyFromCsv(lanes), 3)), '-'.padStart(8), '-'.padStart(8)].join(' '))

  const mermaid = await loadMermaidAsync()
  for (const tasks of [1000, 10_000]) {
    const source = mermaidOfSize(tasks)
    const ours = medianMs(() => parseMermaidJourney(source))
    const theirs = mermaid === undefined ? undefined : await medianAsyncMs(() => mermaid.parse(source))
    console.log(
      [`Mermaid, ${tasks} tasks vs mermaid.parse`.padEnd(40), ms(ours), theirs === undefined ? 'n/a'.padStart(8) : ms(theirs), theirs === undefined ? 'n/a'.padStart(8) : ratio(ours, theirs)].join(' ')
    )
  }
  if (mermaid === undefined) console.log('  (mermaid is not installed: npm install --no-save mermaid@11.17.2 to measure it here)')

  const bin = path.resolve('bin/journeyboard.js')
  const bare = await startUpMsAsync(['-e', '0'])
  const cli = await startUpMsAsync([bin, 'templates'])
  console.log(`\nCommand line start-up: journeyboard templates ${cli.toFixed(0)} ms, node -e 0 ${bare.toFixed(0)} ms: ${(cli / bare).toFixed(2)}x (the built dist/cli.js; run npm run build first)`)
}
