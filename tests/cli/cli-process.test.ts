import { execFile } from 'node:child_process'
import { chmod, mkdir, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { COMMANDS } from '../../src/cli/commands'
import { VERSION } from '../../src/cli/version'
import { exportJourney } from '../../src/formats'
import { createJourneyFromTemplate } from '../../src/templates'
import { createFigJamEmulator } from '../../src/emulator'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { BIN, ensureCliBuiltAsync, runCliProcessAsync as cli } from '../support/cli-process'

/**
 * The command line as scripts meet it: the built command in its own process. Every bad input
 * ends in exit 1 (2 for wrong usage), nothing on stdout, and one line on stderr without a stack.
 */

/** Whether UTF-8 holds the text as it is (no lone surrogate), by a real encoder and decoder. */
function isWellFormed(text: string): boolean {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(new TextEncoder().encode(text)) === text
}

let dir = ''
const at = (name: string): string => path.join(dir, name)
/** Whether the temporary folder keeps a file sparse, so the 3 GiB one takes no disk (see keepsFilesSparseAsync). */
let sparse = false

/** What the probe grows to: enough to tell a sparse file, little to write on a file system that has none. */
const PROBE_BYTES = 1024 * 1024

/**
 * Whether files grown by truncate in this folder take no disk for the part never written. Where
 * they do (FAT, exFAT, HFS+), a 3 GiB file would be 3 GiB written, so the test that needs one is
 * skipped rather than fill the disk.
 */
async function keepsFilesSparseAsync(probe: string): Promise<boolean> {
  await writeFile(probe, '')
  await truncate(probe, PROBE_BYTES)
  const { blocks } = await stat(probe)
  await rm(probe)
  return blocks * 512 < PROBE_BYTES / 2
}

/** One line on stderr, naming the command that failed as git-like tools do (`journeyboard export: …`). */
function expectOneLineError(run: { code: number | null; stdout: string; stderr: string }, command: string | undefined, code = 1): void {
  expect(run.stdout).toBe('')
  expect(run.stderr.startsWith(command === undefined ? 'journeyboard: ' : `journeyboard ${command}: `), run.stderr).toBe(true)
  expect(run.stderr).toMatch(/^journeyboard[^:]*: [^\n]+\n$/)
  expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/)
  expect(run.code).toBe(code)
}

function journeyText(templateId = 'car-rental'): string {
  const journey = createJourneyFromTemplate({ templateId })
  if (!journey.ok) throw new Error('fixture')
  return exportJourney(journey.value, 'json')
}

beforeAll(async () => {
  await ensureCliBuiltAsync()
  dir = await mkdtemp(path.join(tmpdir(), 'journeyboard-cli-'))
  await writeFile(at('journey.json'), journeyText())
  await writeFile(at('empty.json'), '')
  await writeFile(at('blank.csv'), '\uFEFF  \n')
  await writeFile(at('binary.csv'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x00]))
  await writeFile(at('broken.json'), '{\n  "format": "journeyboard",\n  "version": 1,\n}\n')
  // Sparse: 70 MB and 3 GiB on paper, nothing on disk (the 3 GiB only where files stay sparse).
  await writeFile(at('huge.csv'), '')
  await truncate(at('huge.csv'), 70 * 1024 * 1024)
  sparse = await keepsFilesSparseAsync(at('probe'))
  if (sparse) {
    await writeFile(at('huger.csv'), '')
    await truncate(at('huger.csv'), 3 * 1024 * 1024 * 1024)
  }
  await mkdir(at('folder'))
  await mkdir(at('folder.svg'))
  await mkdir(at('folder.html'))
  const board = await cli(['board', at('journey.json'), '--out', at('board.json')])
  expect(board.code).toBe(0)
}, 60_000)

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true })
})

describe('the command line as a process', () => {
  it('prints usage on stderr with exit 2 when run with nothing, on stdout for help', async () => {
    const bare = await cli([])
    expect(bare.code).toBe(2)
    expect(bare.stdout).toBe('')
    expect(bare.stderr).toContain('Usage:')
    const help = await cli(['help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Exit codes:')
  })

  it('says its version, the one package.json has', async () => {
    const packageJson = JSON.parse(await readFile('package.json', 'utf8')) as { version: string }
    expect(VERSION).toBe(packageJson.version)
    const run = await cli(['--version'])
    expect(run).toEqual({ code: 0, stdout: `journeyboard ${packageJson.version}\n`, stderr: '' })
  })

  it('says to build first when the built command is missing', async () => {
    const copy = await mkdtemp(path.join(tmpdir(), 'journeyboard-unbuilt-'))
    await mkdir(path.join(copy, 'bin'))
    await writeFile(path.join(copy, 'bin', 'journeyboard.js'), await readFile(BIN))
    await writeFile(path.join(copy, 'package.json'), '{"type":"module"}')
    const run = await promisify(execFile)(process.execPath, [path.join(copy, 'bin', 'journeyboard.js'), 'templates']).catch(
      (error: { code: number; stdout: string; stderr: string }) => error
    )
    expectOneLineError({ code: (run as { code: number }).code, stdout: run.stdout, stderr: run.stderr }, undefined)
    expect(run.stderr).toContain('npm run build')
  })

  const readers: [string, (file: string) => string[]][] = [
    ['validate', (file) => ['validate', file]],
    ['import', (file) => ['import', file]],
    ['export', (file) => ['export', file, '--format', 'csv']],
    ['board', (file) => ['board', file, '--out', at('never.json')]],
    ['read', (file) => ['read', file]],
    ['render', (file) => ['render', file, '--out', at('never.svg')]],
    ['diff', (file) => ['diff', file, at('journey.json')]],
    ['diff (its journey)', (file) => ['diff', at('board.json'), file]],
    ['sync', (file) => ['sync', file, at('journey.json'), '--out', at('never.json')]],
    ['sync (its journey)', (file) => ['sync', at('board.json'), file, '--out', at('never.json')]],
    ['report', (file) => ['report', file, '--out', at('never.html')]]
  ]
  const badInputs: [string, string, RegExp][] = [
    ['a missing file', 'nothing-here.json', /cannot read ".*nothing-here\.json": no such file/],
    ['an empty file', 'empty.json', /".*empty\.json" is empty/],
    ['a file of white space and a byte-order mark', 'blank.csv', /".*blank\.csv" is empty/],
    ['a binary file', 'binary.csv', /".*binary\.csv" is a binary file, not text/],
    ['a huge file', 'huge.csv', /cannot read ".*huge\.csv": it is larger than the 64 MB a command reads/],
    ['a folder', 'folder', /cannot read ".*folder": it is a folder|the folder ".*folder" holds no \.json file/]
  ]
  for (const [command, argv] of readers) {
    for (const [what, file, message] of badInputs) {
      it(`${command}: ${what} is one line and exit 1`, async () => {
        const run = await cli(argv(at(file)))
        expectOneLineError(run, argv(at(file))[0])
        expect(run.stderr).toMatch(message)
      })
    }
  }

  it('names the line and column of broken JSON, for journey files and board exports alike', async () => {
    const broken = at('broken.json')
    for (const argv of [
      ['validate', broken],
      ['import', broken],
      ['read', broken],
      ['export', broken],
      ['board', broken, '--out', at('never.json')],
      ['render', broken, '--out', at('never.svg')],
      ['diff', broken, at('journey.json')],
      ['diff', at('board.json'), broken],
      ['sync', at('board.json'), broken, '--out', at('never.json')],
      ['report', broken, '--out', at('never.html')]
    ]) {
      const run = await cli(argv)
      expectOneLineError(run, argv[0])
      expect(run.stderr).toMatch(/broken\.json" is not valid JSON: line 4, column 1: /)
    }
  })

  it('reads standard input as "-", and refuses it empty, binary or past 64 MB in one line, naming it', async () => {
    const csv = await cli(['import', '-'], { input: 'stage,lane,text\nBook,Notes,From a pipe\n' })
    expect(csv.code).toBe(0)
    expect((JSON.parse(csv.stdout) as { journey: { items: { text: string }[] } }).journey.items.map((item) => item.text)).toEqual(['From a pipe'])
    const bad: [string | Buffer, RegExp][] = [
      ['', /^journeyboard import: standard input is empty\n$/],
      [Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]), /^journeyboard import: standard input is a binary file, not text\n$/],
      ['{\n  "format": "journeyboard",\n}\n', /^journeyboard import: standard input is not valid JSON: line 3, column 1: /],
      [Buffer.alloc(65 * 1024 * 1024, 0x61), /^journeyboard import: cannot read standard input: it is larger than the 64 MB a command reads\n$/]
    ]
    for (const [input, message] of bad) {
      const run = await cli(['import', '-'], { input })
      expectOneLineError(run, 'import')
      expect(run.stderr).toMatch(message)
    }
  })

  it('refuses a file over the 64 MB input limit in the limit\'s words', async () => {
    const run = await cli(['import', at('huge.csv')])
    expectOneLineError(run, 'import')
    expect(run.stderr).toBe(`journeyboard import: cannot read "${at('huge.csv')}": it is larger than the 64 MB a command reads\n`)
  })

  it('refuses a 3 GiB file by its size, before reading it', async ({ skip }) => {
    skip(!sparse, 'the temporary folder keeps no file sparse: a 3 GiB file would be written whole')
    // Node cannot read 3 GiB into one buffer at all (it fails with "greater than 2 GiB"): a refusal
    // in the limit's words can only come from the size check made before reading.
    const run = await cli(['import', at('huger.csv')])
    expectOneLineError(run, 'import')
    expect(run.stderr).toBe(`journeyboard import: cannot read "${at('huger.csv')}": it is larger than the 64 MB a command reads\n`)
  })

  const unwritable: [string, () => string, RegExp][] = [
    ['a folder', () => at('folder'), /it is a folder; give a file name/],
    ['a file in a missing folder', () => at('no-such-folder/out.json'), /the folder ".*no-such-folder" does not exist/],
    ['a full device', () => '/dev/full', /no space left on the device/]
  ]
  const writers: [string, (out: string) => string[]][] = [
    ['board', (out) => ['board', 'ikea', '--out', out]],
    ['read', (out) => ['read', at('board.json'), '--out', out]],
    ['sync', (out) => ['sync', at('board.json'), at('journey.json'), '--out', out]],
    ['export', (out) => ['export', 'ikea', '--format', 'md', '--out', out]],
    ['import', (out) => ['import', at('journey.json'), '--out', out]],
    ['render', (out) => ['render', 'ikea', '--out', `${out}.svg`]],
    ['report', (out) => ['report', 'ikea', '--out', `${out}.html`]]
  ]
  for (const [command, argv] of writers) {
    for (const [what, out, message] of unwritable) {
      // render and report take only their own extension: the target gains ".svg" or ".html", so /dev/full is no target for them.
      if ((command === 'render' || command === 'report') && what === 'a full device') continue
      it(`${command}: --out naming ${what} is one line and exit 1`, async () => {
        const run = await cli(argv(out()))
        expect(run.code).toBe(1)
        expect(run.stdout).toBe('')
        // Commands that report what they read first may print warnings before the error.
        expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(new RegExp(`^journeyboard ${command}: cannot write ".+": ${message.source}`))
        expect(run.stderr).not.toMatch(/\bat .+:\d+:\d+/)
      })
    }
  }

  it('says a read-only file cannot be written', async () => {
    let target = at('read-only.json')
    await writeFile(target, '')
    await chmod(target, 0o444)
    // The superuser may write a read-only file; a kernel attribute file is read-only for everyone.
    if (process.getuid?.() === 0) target = '/sys/kernel/notes'
    if (!existsSync(target)) return
    const run = await cli(['export', 'ikea', '--out', target])
    expectOneLineError(run, 'export')
    expect(run.stderr).toMatch(/cannot write ".+": (permission denied|the file system is read-only)/)
  })

  it('stops quietly when the reader of its output goes away', async () => {
    const big = createJourneyFromTemplate({ templateId: 'service-blueprint' })
    if (!big.ok) throw new Error('fixture')
    const items = Array.from({ length: 3000 }, (_, i) => ({ ...big.value.items[0]!, id: `many-${i}`, text: `Item ${i} ${'x'.repeat(60)}` }))
    await writeFile(at('big.json'), exportJourney({ ...big.value, items: [...big.value.items, ...items], links: [] }, 'json'))
    const { stdout } = await promisify(execFile)('bash', ['-c', `"${process.execPath}" "${BIN}" export "${at('big.json')}" --format csv 2>"${at('pipe.err')}" | head -c 10 >/dev/null; echo "\${PIPESTATUS[0]}"`])
    expect(['0', '141']).toContain(stdout.trim())
    expect(await readFile(at('pipe.err'), 'utf8')).toBe('')
  })

  it('says a journey file is not a board export, and hints at template ids for an unknown name', async () => {
    for (const argv of [['read', at('journey.json')], ['diff', at('journey.json'), at('journey.json')], ['sync', at('journey.json'), at('journey.json'), '--out', at('never.json')]]) {
      const journeyAsBoard = await cli(argv)
      expectOneLineError(journeyAsBoard, argv[0])
      expect(journeyAsBoard.stderr).toMatch(/journey\.json" is a journey file, not a board export; draw it with "journeyboard board .*journey\.json --out board\.json"\n$/)
    }
    const unknown = await cli(['board', 'nosuch', '--out', at('x.json')])
    expectOneLineError(unknown, 'board')
    expect(unknown.stderr).toMatch(/"nosuch" is neither a template id nor a file; a template id must be one of car-rental, .* or blank\n/)
  })

  it('validate lists shape problems and cross-checks in one run, without repeating a field', async () => {
    const file = JSON.parse(journeyText('ikea')) as { journey: { title: string; items: { stageId?: string; score?: unknown }[] } }
    file.journey.title = ''
    file.journey.items[0]!.stageId = 'nowhere'
    file.journey.items[1]!.score = 'high'
    delete file.journey.items[2]!.stageId
    await writeFile(at('many-problems.json'), JSON.stringify(file))
    const run = await cli(['validate', at('many-problems.json')])
    expect(run.code).toBe(1)
    expect(run.stderr.split('\n').slice(1, -1).sort()).toEqual([
      'items[0].stageId: no stage has id "nowhere"',
      'items[1].score: must be a number, got text',
      'items[2].stageId: is required',
      'title: must not be empty'
    ])
  })

  it('refuses to draw a journey past 100,000 items in one line, where reading it is fine', async () => {
    const rows = ['stage,lane,text']
    for (let i = 0; i <= 100_000; i += 1) rows.push(`S${i % 9},Notes,Item ${i}`)
    await writeFile(at('huge-journey.csv'), rows.join('\n'))
    const run = await cli(['board', at('huge-journey.csv'), '--out', at('huge-board.json')])
    expect(run.code).toBe(1)
    expect(run.stdout).toBe('')
    // The import's warnings (a CSV has no title) come first; the refusal is the last line.
    expect(run.stderr.trimEnd().split('\n').at(-1)).toMatch(/^journeyboard board: ".*huge-journey\.csv" has 100,001 items; a board is drawn from at most 100,000 /)
    expect(existsSync(at('huge-board.json'))).toBe(false)
  })

  it('lists lane ids beside stage ids in templates', async () => {
    const run = await cli(['templates'])
    expect(run.code).toBe(0)
    expect(run.stdout).toMatch(/car-rental[\s\S]*\n {2}lanes: [a-z-]+(, [a-z-]+)+\n/)
  })
})

describe('a board export with no journey map on it', () => {
  /** A FigJam file as the REST API exports it, its one page holding only what is given. */
  const pageOf = (children: unknown[]): string =>
    JSON.stringify({ name: 'Retro', document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Ideas', type: 'CANVAS', children }] } })

  beforeAll(async () => {
    await writeFile(at('no-map.json'), pageOf([]))
    // Only a text and a shape: nothing a journey is read from, but something to draw.
    const text = { id: '2:1', name: 'Title', type: 'TEXT', characters: 'Retro', absoluteBoundingBox: { x: 0, y: 0, width: 120, height: 40 } }
    await writeFile(at('text-only.json'), pageOf([text]))
    await writeFile(at('one-sticky.json'), pageOf([{ id: '2:2', name: 'Sticky', type: 'STICKY', characters: 'Book the car', absoluteBoundingBox: { x: 0, y: 0, width: 240, height: 240 }, fills: [] }]))
  })

  it('fails every command that reads a board, naming the file and its page, where it read an empty journey before', async () => {
    for (const file of ['no-map.json', 'text-only.json']) {
      for (const argv of [
        ['read', at(file)],
        ['read', at(file), '--format', 'csv'],
        ['report', at(file), '--out', at('never.html')],
        ['diff', at(file), at('journey.json')],
        ['sync', at(file), at('journey.json'), '--out', at('never.json')]
      ]) {
        const run = await cli(argv)
        expectOneLineError(run, argv[0])
        expect(run.stderr, argv.join(' ')).toBe(`journeyboard ${argv[0]}: "${at(file)}" holds no journey map: its page "Ideas" has no section and no sticky\n`)
      }
    }
    expect(existsSync(at('never.html'))).toBe(false)
  })

  it('reads the boards of a dataset and reports the file with none, exit 1', async () => {
    const run = await cli(['read', at('no-map.json'), at('board.json'), '--format', 'jsonl'])
    expect(run.code).toBe(1)
    expect(run.stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as { file: string }).file)).toEqual([at('board.json')])
    expect(run.stderr).toBe(`journeyboard read: "${at('no-map.json')}" holds no journey map: its page "Ideas" has no section and no sticky\njourneyboard read: 1 board read; 1 of 2 files failed\n`)
  })

  it('still reads stickies laid on a page as a map made by hand, and still draws a page with no map', async () => {
    const read = await cli(['read', at('one-sticky.json')])
    expect(read.code).toBe(0)
    expect((JSON.parse(read.stdout) as { journey: { items: { text: string }[] } }).journey.items.map((item) => item.text)).toEqual(['Book the car'])
    const render = await cli(['render', at('text-only.json'), '--out', at('text-only.svg')])
    expect([render.code, render.stderr]).toEqual([0, ''])
  })

  it('render refuses an empty page rather than draw an empty picture', async () => {
    const run = await cli(['render', at('no-map.json'), '--out', at('never.svg')])
    expectOneLineError(run, 'render')
    expect(run.stderr).toBe(`journeyboard render: "${at('no-map.json')}" has nothing to draw: its page "Ideas" is empty\n`)
    expect(existsSync(at('never.svg'))).toBe(false)
  })
})

describe('a board export given where a journey file goes', () => {
  it('says it is a board export and how to read its journey, not which fields a journey file lacks', async () => {
    const board = at('board.json')
    for (const argv of [
      ['validate', board],
      ['import', board],
      ['export', board, '--format', 'md'],
      ['board', board, '--out', at('never.json')],
      ['diff', board, board],
      ['sync', board, board, '--out', at('never.json')]
    ]) {
      const run = await cli(argv)
      expectOneLineError(run, argv[0])
      expect(run.stderr, argv.join(' ')).toBe(`journeyboard ${argv[0]}: "${board}" is a board export, not a journey file; read its journey with "journeyboard read ${board}"\n`)
    }
  })
})

describe('--board and --section naming a board the file does not hold', () => {
  /** Two boards Journeyboard drew on one page, and one section people drew beside them. */
  let boards: { name: string; id: string }[] = []

  beforeAll(async () => {
    const emulator = createFigJamEmulator({ fileName: 'Two journeys' })
    for (const templateId of ['ikea', 'moving-house']) {
      const journey = createJourneyFromTemplate({ templateId })
      if (!journey.ok) throw new Error('fixture')
      await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => undefined })
    }
    const file = emulator.toRestFile() as { document: { children: { children: { id: string; name: string; type: string }[] }[] } }
    boards = file.document.children[0]!.children.filter((node) => node.type === 'SECTION').map(({ name, id }) => ({ name, id }))
    await writeFile(at('two-boards.json'), JSON.stringify(file))
  }, 60_000)

  it('names the one asked for and lists the boards there are, as every refused choice is listed', async () => {
    expect(boards).toHaveLength(2)
    const [first, second] = boards as [{ name: string; id: string }, { name: string; id: string }]
    const choices = `"${first.name}" (${first.id}) or "${second.name}" (${second.id})`
    const file = at('two-boards.json')
    for (const [argv, words] of [
      [['diff', file, at('journey.json'), '--board', 'Car rental'], `has no board drawn by Journeyboard named "Car rental" or holding an object with that id; --board must be one of ${choices}`],
      [['sync', file, at('journey.json'), '--board', 'Car rental', '--out', at('never.json')], `has no board drawn by Journeyboard named "Car rental" or holding an object with that id; --board must be one of ${choices}`],
      [['read', file, '--section', 'Car rental'], `has no section named or with id "Car rental"; --section must be one of ${choices}`]
    ] as [string[], string][]) {
      const run = await cli(argv)
      expectOneLineError(run, argv[0])
      expect(run.stderr, argv.join(' ')).toBe(`journeyboard ${argv[0]}: "${file}" ${words}\n`)
    }
    // Each is picked by the name listed.
    const picked = await cli(['read', file, '--section', second.name])
    expect([picked.code, (JSON.parse(picked.stdout) as { journey: { title: string } }).journey.title]).toEqual([0, second.name])
  })
})

describe('journeyboard read, many boards at once', () => {
  beforeAll(async () => {
    await mkdir(at('boards'))
    for (const id of ['ikea', 'moving-house']) expect((await cli(['board', id, '--out', at(`boards/${id}.json`)])).code).toBe(0)
    await writeFile(at('boards/notes.txt'), 'not a board')
  }, 60_000)

  it('reads every file into JSON Lines, one board a line, and reports a broken file while reading the rest', async () => {
    const run = await cli(['read', at('boards/ikea.json'), at('broken.json'), at('boards/moving-house.json')])
    expect(run.code).toBe(1)
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { file: string; board: string; format: string; journey: { id: string } })
    expect(lines.map((line) => [path.basename(line.file), line.format])).toEqual([
      ['ikea.json', 'journeyboard'],
      ['moving-house.json', 'journeyboard']
    ])
    expect(lines.every((line) => typeof line.board === 'string')).toBe(true)
    expect(run.stderr).toMatch(/^journeyboard read: ".*broken\.json" is not valid JSON: line 4, column 1: [^\n]+\n/)
    expect(run.stderr).toMatch(/journeyboard read: 2 boards read; 1 of 3 files failed\n$/)
  })

  it('reads a folder of exports into one CSV with file and board columns', async () => {
    const run = await cli(['read', at('boards'), '--format', 'csv'])
    expect(run.code).toBe(0)
    const [header, ...rows] = run.stdout.trimEnd().split('\r\n')
    expect(header?.startsWith('file,board,item_id,stage_id')).toBe(true)
    const files = new Set(rows.map((row) => path.basename(row.split(',')[0] ?? '')))
    expect(files).toEqual(new Set(['ikea.json', 'moving-house.json']))
  })

  it('gives each board\'s warnings on stderr naming its file and board, beside the dataset', async () => {
    const board = JSON.parse(await readFile(at('boards/ikea.json'), 'utf8')) as { document: { children: { children: { id: string; children: unknown[] }[] }[] } }
    const section = board.document.children[0]!.children[0]!
    // A sticky on the board but in no stage column: read as nothing, and said so.
    section.children.push({ id: '99:1', type: 'STICKY', name: 'stray', characters: 'A note nobody placed', absoluteBoundingBox: { x: 10, y: 10, width: 240, height: 240 }, fills: [] })
    await mkdir(at('warned'))
    await writeFile(at('warned/ikea.json'), JSON.stringify(board))
    const run = await cli(['read', at('warned/ikea.json'), at('boards/moving-house.json'), '--format', 'jsonl'])
    expect(run.code).toBe(0)
    // One line, naming the file, the board and the node; the words are the reader's.
    expect(run.stderr.split('\n')).toEqual([expect.stringMatching(/^warning: /), ''])
    expect(run.stderr.startsWith(`warning: ${at('warned/ikea.json')}: board ${section.id}: object 99:1: `)).toBe(true)
    expect(run.stderr).toContain('A note nobody placed')
    const lines = run.stdout.trimEnd().split('\n').map((line) => JSON.parse(line) as { board: string; warnings: { nodeId?: string }[] })
    expect(lines.map((line) => [line.board, line.warnings.map((warning) => warning.nodeId)])).toEqual([
      [section.id, ['99:1']],
      [expect.any(String), []]
    ])
  })

  it('keeps one board read from one file as its journey file', async () => {
    const run = await cli(['read', at('boards/ikea.json')])
    expect(run.code).toBe(0)
    expect((JSON.parse(run.stdout) as { format: string }).format).toBe('journeyboard')
    const several = await cli(['read', at('boards'), '--format', 'json'])
    expect(several.code).toBe(2)
    expect(several.stderr).toMatch(/^journeyboard read: --format json holds one board; with several boards use jsonl or csv\nUsage: journeyboard read /)
  })
})

describe('journeyboard export, lone surrogates', () => {
  it('writes a lone surrogate as U+FFFD in CSV and Markdown with a warning naming the text, and keeps it in JSON and Mermaid', async () => {
    const journey = JSON.parse(journeyText()) as { journey: { title: string; items: { text: string }[] } }
    journey.journey.title = 'Car rental \ud83d'
    journey.journey.items[2]!.text = 'Picks up the car \udc00 early'
    await writeFile(at('surrogate.json'), JSON.stringify(journey))
    for (const format of ['csv', 'md']) {
      const run = await cli(['export', at('surrogate.json'), '--format', format])
      expect(run.code).toBe(0)
      expect(isWellFormed(run.stdout)).toBe(true)
      expect(run.stderr.split('\n').filter((line) => line !== '')).toEqual(
        expect.arrayContaining([expect.stringMatching(/^warning: [^\n]*surrogate\.json: title: holds 1 lone surrogate \(U\+D83D\)/)])
      )
      if (format === 'md') expect(run.stdout).toContain('Car rental \uFFFD')
      if (format === 'csv') {
        expect(run.stdout).toContain('Picks up the car \uFFFD early')
        expect(run.stderr).toMatch(/^warning: [^\n]*surrogate\.json: items\[2\]\.text: holds 1 lone surrogate \(U\+DC00\)[^\n]*CSV writes U\+FFFD/m)
      }
    }
    const json = await cli(['export', at('surrogate.json'), '--format', 'json'])
    expect([json.code, json.stderr]).toEqual([0, ''])
    expect(json.stdout).toContain('"title": "Car rental \\ud83d"')
    const mermaid = await cli(['export', at('surrogate.json'), '--format', 'mermaid', '--out', at('surrogate.mmd')])
    expect([mermaid.code, mermaid.stderr]).toEqual([0, ''])
    const back = await cli(['import', at('surrogate.mmd')])
    expect((JSON.parse(back.stdout) as { journey: { title: string } }).journey.title).toBe('Car rental \ud83d')
  })
})

describe('journeyboard import, CSV as spreadsheets write it', () => {
  it.each([
    ['semicolons, a byte-order mark and CRLF (Excel where the decimal mark is a comma)', ';', '\uFEFF', '\r\n'],
    ['tabs (Excel\'s "text")', '\t', '', '\r\n'],
    ['commas and LF', ',', '', '\n']
  ])('reads %s, lanes known by their names', async (_, delimiter, bom, newline) => {
    const rows = [
      ['stage', 'lane', 'text', 'score'],
      ['Book', 'Pain points', 'Hidden fees; "final" price', ''],
      ['Book', 'Touchpoints', 'Website', ''],
      // A decimal comma where fields are not separated by commas, as spreadsheets write it there.
      ['Pick up', 'Emotion', 'Long queue', delimiter === ',' ? '2.5' : '2,5']
    ]
    const field = (value: string): string => (/[",;\t\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
    await writeFile(at(`excel-${delimiter.charCodeAt(0)}.csv`), bom + rows.map((row) => row.map(field).join(delimiter)).join(newline) + newline)
    const run = await cli(['import', at(`excel-${delimiter.charCodeAt(0)}.csv`)])
    expect(run.code).toBe(0)
    expect(run.stderr.split('\n').filter((line) => line !== '' && !line.startsWith('warning: '))).toEqual([])
    const { journey } = JSON.parse(run.stdout) as { journey: { lanes: { name: string; kind: string }[]; items: { text: string; score?: number }[] } }
    expect(journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Pain points', 'pains'],
      ['Touchpoints', 'touchpoints'],
      ['Emotion', 'emotion']
    ])
    expect(journey.items.map((item) => [item.text, item.score])).toEqual([
      ['Hidden fees; "final" price', undefined],
      ['Website', undefined],
      ['Long queue', 2.5]
    ])
  })

  it('knows a lane without lane_kind by what its name says, as a lane label on a board is read', async () => {
    const names = ['Experience', 'Oplevelse', 'Ressenti', 'Ideas', 'Doing', 'Staff', 'Misc']
    await writeFile(at('guessed-lanes.csv'), ['stage,lane,text', ...names.map((name) => `Plan,${name},x`)].join('\n') + '\n')
    const run = await cli(['import', at('guessed-lanes.csv')])
    expect(run.code).toBe(0)
    const { journey } = JSON.parse(run.stdout) as { journey: { lanes: { name: string; kind: string }[] } }
    expect(journey.lanes.map((lane) => [lane.name, lane.kind])).toEqual([
      ['Experience', 'emotion'],
      ['Oplevelse', 'emotion'],
      ['Ressenti', 'emotion'],
      ['Ideas', 'opportunities'],
      ['Doing', 'actions'],
      // Who acts is no row kind: an actor lane needs the actor column.
      ['Staff', 'notes'],
      ['Misc', 'notes']
    ])
    // Two lanes are notes lanes for want of a kind: said once, as before.
    expect(run.stderr).toContain('lanes not named after a kind are notes lanes')
  })

  it('names the line and column of a CSV syntax error in one line', async () => {
    await writeFile(at('unclosed.csv'), 'stage,lane,text\nBook,Notes,fine\nBook,Notes,"never closed\n')
    const run = await cli(['import', at('unclosed.csv')])
    expectOneLineError(run, 'import')
    expect(run.stderr).toMatch(/"[^"]*unclosed\.csv" is not a valid csv journey: line 3, column 12: this quoted field is never closed/)
  })
})

describe('journeyboard and Mermaid, through import, the board, read and export', () => {
  it('gives back the diagram as written: who took part in each task, scores 0, 7 and -1, a task with no people, accTitle and accDescr', async () => {
    const diagram = [
      'journey',
      '  title Coffee at home',
      '  accTitle: Buying coffee beans',
      '  accDescr: How two people choose a roaster',
      '  section Find',
      '    Search for a roaster: 3: Me, Partner',
      '    Read reviews: 0: Me',
      '  section Buy',
      '    Order a bag: 7: Partner',
      '    Pay: -1: Me',
      '    Wait for the parcel: 5',
      ''
    ].join('\n')
    await writeFile(at('coffee.mmd'), diagram)
    const steps = [
      ['import', at('coffee.mmd'), '--out', at('coffee.json')],
      ['board', at('coffee.json'), '--out', at('coffee-board.json')],
      ['read', at('coffee-board.json'), '--out', at('coffee-read.json')]
    ]
    for (const step of steps) {
      const run = await cli(step)
      expect([run.code, run.stdout]).toEqual([0, ''])
    }
    const exported = await cli(['export', at('coffee-read.json'), '--format', 'mermaid'])
    expect([exported.code, exported.stderr]).toEqual([0, ''])
    expect(exported.stdout).toBe(diagram)
  })
})

describe('journeyboard answers the mistakes a new user makes, in one line', () => {
  it('template --stages with a stage name lists the stage ids there are', async () => {
    const run = await cli(['template', 'car-rental', '--stages', 'plan,Sharing photos'])
    expectOneLineError(run, 'template')
    expect(run.stderr).toMatch(/the template "car-rental" has no stage "Sharing photos"; --stages must be one of plan, research, /)
  })

  it('sync settles conflicts with --resolve keep-both without asking for a choice, and writes nothing without it', async () => {
    const board = JSON.parse(await readFile(at('board.json'), 'utf8')) as { document: { children: { children: unknown[] }[] } }
    const journey = JSON.parse(journeyText()) as { journey: { items: { text: string }[] } }
    const first = journey.journey.items[0]!
    const original = first.text
    const retype = (node: { type?: string; characters?: string; children?: unknown[] }): boolean =>
      node.type === 'STICKY' && node.characters === original ? ((node.characters = 'Typed on the board'), true) : (node.children ?? []).some((child) => retype(child as typeof node))
    expect(retype(board.document as never)).toBe(true)
    first.text = 'Changed in the data'
    await writeFile(at('edited-board.json'), JSON.stringify(board))
    await writeFile(at('changed-journey.json'), JSON.stringify(journey))
    const unresolved = await cli(['sync', at('edited-board.json'), at('changed-journey.json'), '--out', at('synced.json')])
    expect(unresolved.code).toBe(1)
    expect(unresolved.stderr).toContain('1 conflict between the board and the data; choose board, data or keep-both with --resolve:')
    expect(existsSync(at('synced.json'))).toBe(false)
    const resolved = await cli(['sync', at('edited-board.json'), at('changed-journey.json'), '--out', at('synced.json'), '--resolve', 'keep-both'])
    expect(resolved.code).toBe(0)
    expect(resolved.stdout).toContain('Conflicts, resolved (1):')
    expect(`${resolved.stdout}${resolved.stderr}`).not.toMatch(/choose/i)
    const texts = (JSON.parse((await cli(['read', at('synced.json')])).stdout) as { journey: { items: { text: string }[] } }).journey.items.map((item) => item.text)
    expect(texts).toEqual(expect.arrayContaining(['Typed on the board', 'Changed in the data']))
  })
})

describe('every command names itself in its errors, with the option or file at fault', () => {
  /** A command's usage line, printed beneath wrong usage of it. */
  const usageOf = (name: string): string => `Usage: journeyboard ${COMMANDS.find((command) => command.name === name)?.usage ?? ''}\n`

  it('answers each command\'s own mistake as "journeyboard <command>: …", exit 2 with its usage beneath for wrong usage', async () => {
    await writeFile(at('unnamed.csv'), 'stage,lane,text\nBook,Notes,"never closed\n')
    const board = at('board.json')
    const mistakes: [string[], number, string][] = [
      [['templates', '--colour'], 2, 'unknown option "--colour"; templates takes --json'],
      [['template', 'spaceship'], 1, 'no template "spaceship"; the template id must be one of car-rental, moving-house, ikea, workshop-swimlane, service-blueprint or blank'],
      [['validate', at('broken.json')], 1, `"${at('broken.json')}" is not valid JSON: line 4, column 1: Expected double-quoted property name`],
      [['board', 'ikea'], 2, '--out <file> is required'],
      [['read', board, '--section', 'Nowhere'], 1, `"${board}" has no section named or with id "Nowhere"; --section must be one of "`],
      [['diff', board, at('journey.json'), '--board', 'Nowhere'], 1, `"${board}" has no board drawn by Journeyboard named "Nowhere" or holding an object with that id; --board must be one of "`],
      [['sync', board, at('journey.json'), '--board', 'Nowhere', '--out', at('never.json')], 1, `"${board}" has no board drawn by Journeyboard named "Nowhere" or holding an object with that id; --board must be one of "`],
      [['export', 'ikea', '--format', 'xml'], 2, '--format must be one of json, csv, md or mermaid, got "xml"'],
      [['import', at('unnamed.csv')], 1, `"${at('unnamed.csv')}" is not a valid csv journey: line 2, column 12: this quoted field is never closed`],
      [['report', 'ikea', '--out', at('report.txt')], 2, '--out must name the .html file to write, e.g. --out report.html'],
      [['render', 'ikea', '--width', '5'], 2, '--width must be a number of pixels from 16 to 20,000, got "5"'],
      [['schema', 'now'], 2, 'unexpected argument "now"; schema takes none']
    ]
    expect(new Set(mistakes.map(([argv]) => argv[0]))).toEqual(new Set(COMMANDS.map((command) => command.name)))
    for (const [argv, code, message] of mistakes) {
      const run = await cli(argv)
      const [first, ...rest] = run.stderr.split('\n')
      expect([run.code, run.stdout], argv.join(' ')).toEqual([code, ''])
      expect(first, argv.join(' ')).toMatch(new RegExp(`^journeyboard ${argv[0]}: ${message.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))
      expect(rest.join('\n'), argv.join(' ')).toBe(code === 2 ? usageOf(argv[0] ?? '') : '')
    }
  })

  it('names the command whose output could not be written to a full standard output', async ({ skip }) => {
    skip(!existsSync('/dev/full'), 'no /dev/full to write to')
    const { stdout } = await promisify(execFile)('bash', ['-c', `"${process.execPath}" "${BIN}" export car-rental --format csv >/dev/full 2>"${at('full.err')}"; echo $?`])
    expect(stdout.trim()).toBe('1')
    expect(await readFile(at('full.err'), 'utf8')).toBe('journeyboard export: cannot write to standard output: no space left on the device\n')
  })

  it('names no command where none was given or the one given is unknown', async () => {
    const unknown = await cli(['frobnicate', 'x.json'])
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: `journeyboard: unknown command "frobnicate"; a command must be one of ${COMMANDS.map((command) => command.name).join(', ').replace(/, (?=[^,]*$)/, ' or ')}\nRun "journeyboard help" for usage.\n` })
  })
})
