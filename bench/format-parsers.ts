// The file-format parsers against the libraries people would otherwise use, and the command line's
// start-up. Part of `npm run bench`; `BENCH_RUNS` sets how many samples each median takes,
// `BENCH_STAGES` picks rows by words in their names (`BENCH_STAGES=papaparse` times only the CSV
// parser against papaparse), `BENCH_SIZES` the CSV rows' sizes (500, 5,000 and 20,000 by default).
//
// Ours and theirs are sampled in turns, each sample repeating its parse until it has used
// MIN_SAMPLE_MS of CPU, so a busy spell of a shared machine hits both alike; the figures are CPU
// milliseconds per parse, the median of the samples.
//
// CSV: our parser (`parseCsv`, which finds the delimiter and line breaks itself) against
// papaparse's `parse` told the delimiter and line break, on the journey CSV `export` writes and on
// the same table with every field quoted; and the whole CSV import with 20,000 distinct lane
// names. Mermaid: our parser against Mermaid's own `mermaid.parse` at 1,000 and 10,000 tasks.
// Mermaid (150 MB installed, and it needs a DOM) is not a dependency: with `npm install --no-save
// mermaid@11.17.2` it is measured here (under happy-dom's DOM); without it the row says so and the
// README keeps the figure last measured.
import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import { promisify } from 'node:util'

import Papa from 'papaparse'

import { journeyFromCsv, journeyToCsv, parseCsv, parseMermaidJourney, writeCsv } from '../src/formats'
import { sizedJourney } from './sized-journey'

const RUNS = Number(process.env.BENCH_RUNS ?? 7)
const MIN_SAMPLE_MS = Number(process.env.BENCH_MIN_SAMPLE_MS ?? 100)
const CSV_ROWS = process.env.BENCH_SIZES === undefined ? [500, 5000, 20_000] : process.env.BENCH_SIZES.split(',').map(Number)
const collectGarbage = (globalThis as { gc?: () => void }).gc

/** CPU milliseconds of one run of `run`, from a sample of at least MIN_SAMPLE_MS. */
async function sampleCpuMsAsync(run: () => unknown): Promise<number> {
  collectGarbage?.()
  let runs = 0
  let cpu = 0
  do {
    const before = process.cpuUsage()
    await run()
    const used = process.cpuUsage(before)
    cpu += (used.user + used.system) / 1000
    runs += 1
  } while (cpu < MIN_SAMPLE_MS)
  return cpu / runs
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** The medians of samples of each run, taken in turns after one warm-up sample each. */
export async function compareAsync(runs: readonly (() => unknown)[]): Promise<number[]> {
  for (const run of runs) await sampleCpuMsAsync(run)
  const samples = runs.map((): number[] => [])
  for (let i = 0; i < RUNS; i += 1) for (const [which, run] of runs.entries()) samples[which]!.push(await sampleCpuMsAsync(run))
  return samples.map(median)
}

export const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)).padStart(8)
const ratio = (ours: number, theirs: number): string => `${(ours / theirs).toFixed(2)}x`.padStart(8)

/** The table with every field in quotes (a doubled quote for each inside), as some exporters write it. */
function everyFieldQuoted(csv: string): string {
  const parsed = parseCsv(csv)
  if (!parsed.ok) throw new Error(parsed.problems[0]?.message)
  return parsed.value.map((record) => record.fields.map((field) => `"${field.replaceAll('"', '""')}"`).join(',')).join('\r\n')
}

/** A CSV whose every row has a lane of its own: 20,000 distinct names (ids made from them). */
function distinctLanesCsv(lanes: number): string {
  const rows = [['stage', 'lane', 'lane_kind', 'text']]
  for (let i = 0; i < lanes; i += 1) rows.push([`Stage ${i % 7}`, `Lane number ${i}`, 'notes', `Item ${i}`])
  return writeCsv(rows)
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

/** Clock ticks a second in /proc (USER_HZ, 100 on Linux). */
const PROC_TICKS_PER_SECOND = 100

/**
 * The CPU time, in milliseconds, of every child process this one has waited for (Linux's
 * /proc/self/stat, fields cutime and cstime); undefined elsewhere. Ticks are 10 ms, so only a
 * total over many runs is meaningful.
 */
async function childrenCpuMsAsync(): Promise<number | undefined> {
  try {
    const stat = await readFile('/proc/self/stat', 'utf8')
    // The fields after the command name, which is in parentheses and may hold spaces.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / PROC_TICKS_PER_SECOND
  } catch {
    return undefined
  }
}

interface StartUp {
  /** Median wall milliseconds. */
  wall: number
  /** Mean CPU milliseconds of the process, where the system tells it. */
  cpu: number | undefined
}

/** Starting each command, in turns: the median wall time and the mean CPU time. */
async function startUpAsync(commands: readonly (readonly string[])[]): Promise<StartUp[]> {
  const run = promisify(execFile)
  const runs = Math.max(11, RUNS)
  for (const args of commands) await run(process.execPath, [...args])
  const walls = commands.map((): number[] => [])
  const cpus = commands.map(() => 0)
  let measured = true
  for (let i = 0; i < runs; i += 1) {
    for (const [which, args] of commands.entries()) {
      const before = await childrenCpuMsAsync()
      const start = performance.now()
      await run(process.execPath, [...args])
      walls[which]!.push(performance.now() - start)
      const after = await childrenCpuMsAsync()
      if (before === undefined || after === undefined) measured = false
      else cpus[which]! += after - before
    }
  }
  return walls.map((wall, which) => ({ wall: median(wall), cpu: measured ? cpus[which]! / runs : undefined }))
}

/** Whether a row is asked for: every row, unless BENCH_STAGES names some. */
export function wanted(name: string, only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((word) => name.includes(word))
}

let headed = false

function printRow(name: string, ours: number, theirs?: number): void {
  if (!headed) {
    console.log(`\nFile formats against the libraries (CPU milliseconds per parse, median of ${RUNS} samples taken in turns; ratio = ours / theirs, below 1 is faster)\n`)
    console.log(['parse'.padEnd(52), 'ours'.padStart(8), 'theirs'.padStart(8), 'ratio'.padStart(8)].join(' '))
    headed = true
  }
  console.log([name.padEnd(52), ms(ours), theirs === undefined ? 'n/a'.padStart(8) : ms(theirs), theirs === undefined ? 'n/a'.padStart(8) : ratio(ours, theirs)].join(' '))
}

export async function runFormatParserBenchAsync(only?: readonly string[]): Promise<void> {
  const papaparse = (csv: string): unknown => Papa.parse(csv, { delimiter: ',', newline: '\r\n', skipEmptyLines: true })
  for (const rows of CSV_ROWS) {
    const csv = journeyToCsv(sizedJourney(rows))
    const name = `CSV, ${rows} rows (${(csv.length / 1e6).toFixed(2)} MB) vs papaparse`
    if (wanted(name, only)) {
      const [ours, theirs] = await compareAsync([() => parseCsv(csv), () => papaparse(csv)])
      printRow(name, ours!, theirs)
    }
    const quoted = everyFieldQuoted(csv)
    const quotedName = `CSV, ${rows} rows, every field quoted, vs papaparse`
    if (wanted(quotedName, only)) {
      const [ours, theirs] = await compareAsync([() => parseCsv(quoted), () => papaparse(quoted)])
      printRow(quotedName, ours!, theirs)
    }
  }
  const lanesName = 'CSV import, 20,000 distinct lanes'
  if (wanted(lanesName, only)) {
    const lanes = distinctLanesCsv(20_000)
    printRow(lanesName, (await compareAsync([() => journeyFromCsv(lanes)]))[0]!)
  }

  const mermaidNames = [1000, 10_000].map((tasks) => ({ tasks, name: `Mermaid, ${tasks} tasks vs mermaid.parse` })).filter(({ name }) => wanted(name, only))
  const mermaid = mermaidNames.length > 0 ? await loadMermaidAsync() : undefined
  for (const { tasks, name } of mermaidNames) {
    const source = mermaidOfSize(tasks)
    const [ours, theirs] = await compareAsync(mermaid === undefined ? [() => parseMermaidJourney(source)] : [() => parseMermaidJourney(source), () => mermaid.parse(source)])
    printRow(name, ours!, theirs)
  }
  if (mermaidNames.length > 0 && mermaid === undefined) console.log('  (mermaid is not installed: npm install --no-save mermaid@11.17.2 to measure it here)')

  if (wanted('start-up', only)) {
    const bin = path.resolve('bin/journeyboard.js')
    const [cli, bare] = await startUpAsync([[bin, 'templates'], ['-e', '0']])
    console.log(`\nCommand line start-up, ${Math.max(11, RUNS)} starts each in turns (the built dist/cli.js; run npm run build first):`)
    console.log(`  wall, median: journeyboard templates ${cli!.wall.toFixed(0)} ms, node -e 0 ${bare!.wall.toFixed(0)} ms: ${(cli!.wall / bare!.wall).toFixed(2)}x`)
    if (cli!.cpu !== undefined && bare!.cpu !== undefined) {
      console.log(`  CPU, mean: journeyboard templates ${cli!.cpu.toFixed(0)} ms, node -e 0 ${bare!.cpu.toFixed(0)} ms: ${(cli!.cpu / bare!.cpu).toFixed(2)}x`)
    }
  }
}
