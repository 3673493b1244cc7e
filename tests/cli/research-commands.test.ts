import { describe, expect, it } from 'vitest'

import { runCliAsync } from '../../src/cli/run-cli'
import { parseJourneyFile } from '../../src/model'
import { createMemoryIo } from '../support/memory-io'

async function cli(argv: string[], files: Record<string, string> = {}) {
  const io = createMemoryIo(files)
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

function journeyOf(text: string) {
  const result = parseJourneyFile(JSON.parse(text))
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

describe('journeyboard export and import with --scale', () => {
  it('exports a journey on another scale, every score moved with it, and imports it back onto the first', async () => {
    const onFive = await cli(['export', 'car-rental', '--format', 'json', '--scale', '1..5'])
    expect(onFive.code).toBe(0)
    const five = journeyOf(onFive.out)
    expect(five.emotionScale).toMatchObject({ min: 1, max: 5 })
    expect(five.items.find((item) => item.id === 'pickup-experience-1')?.score).toBe(1)
    const back = await cli(['import', 'five.json', '--scale=-2..2'], { 'five.json': onFive.out })
    expect(back.code).toBe(0)
    const original = journeyOf((await cli(['export', 'car-rental', '--format', 'json'])).out)
    expect(journeyOf(back.out)).toEqual(original)
  })

  it('refuses a scale it cannot read, and a curve the journey does not have', async () => {
    expect(await cli(['export', 'car-rental', '--scale', '5..1'])).toMatchObject({ code: 2, err: expect.stringContaining('--scale must be MIN..MAX with MIN less than MAX, got "5..1"') })
    expect(await cli(['export', 'car-rental', '--scale', '1-5'])).toMatchObject({ code: 2, err: expect.stringContaining('--scale must be MIN..MAX, such as -2..2, 1..5 or 1..10, got "1-5"') })
    // Exit 1, as for a --stages id the template lacks: the journey, not the command line, is at fault.
    expect(await cli(['export', 'car-rental', '--format', 'mermaid', '--curve', 'nope'])).toMatchObject({
      code: 1,
      err: expect.stringContaining('the journey has no curve "nope"; --curve must be one of as-is or to-be')
    })
  })

  it('exports the Mermaid diagram of the curve asked for', async () => {
    const { code, out } = await cli(['export', 'car-rental', '--format', 'mermaid', '--curve', 'to-be'])
    expect(code).toBe(0)
    expect(out).toContain('%% Scores of the curve To be: with the redesign; also on this map: As is: today (as-is).')
  })
})

describe('journeyboard report', () => {
  it('writes one HTML page from templates, journey files and board exports', async () => {
    const board = await cli(['board', 'car-rental', '--out', 'board.json'])
    expect(board.code).toBe(0)
    const boardJson = await board.io.readFileAsync('board.json')
    const { code, io, err } = await cli(['report', 'car-rental', 'board.json', 'ikea', '--out', 'report.html'], { 'board.json': boardJson })
    expect(err).toBe('')
    expect(code).toBe(0)
    const html = await io.readFileAsync('report.html')
    expect(html.match(/<section class="journey">/g)).toHaveLength(2)
    expect(html).toContain('Read from: car-rental and board.json')
  })

  it('reports the inputs that hold a journey and names, a line each, those that do not: exit 1, as read does with a dataset', async () => {
    const noMap = JSON.stringify({ name: 'Retro', document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Ideas', type: 'CANVAS', children: [] }] } })
    const journey = (await cli(['template', 'ikea'])).out
    const { code, io, err } = await cli(['report', 'retro.json', 'ikea.json', 'gone.json', 'car-rental', '--out', 'report.html'], { 'retro.json': noMap, 'ikea.json': journey })
    expect(code).toBe(1)
    expect(err).toBe(
      [
        'journeyboard report: "retro.json" holds no journey map: its page "Ideas" has no section and no sticky',
        'journeyboard report: cannot read "gone.json": no such file',
        'journeyboard report: 2 journeys in the report; 2 of 4 inputs failed',
        ''
      ].join('\n')
    )
    const html = await io.readFileAsync('report.html')
    expect(html.match(/<section class="journey">/g)).toHaveLength(2)
    expect(html).toContain('Read from: ikea.json ·')
    expect(html).toContain('Read from: car-rental ·')
    expect(html).not.toContain('retro.json')
  })

  it('writes no report, and leaves the one there was, when no input holds a journey; read leaves its --out file so too', async () => {
    const noMap = JSON.stringify({ document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Ideas', type: 'CANVAS', children: [] }] } })
    const report = await cli(['report', 'retro.json', 'gone.json', '--out', 'report.html'], { 'retro.json': noMap, 'report.html': 'the last report' })
    expect(report.code).toBe(1)
    expect(report.err.split('\n').at(-2)).toBe('journeyboard report: no journey read, no report written; 2 of 2 inputs failed')
    expect(await report.io.readFileAsync('report.html')).toBe('the last report')
    const read = await cli(['read', 'retro.json', 'gone.json', '--format', 'csv', '--out', 'boards.csv'], { 'retro.json': noMap, 'boards.csv': 'the last dataset' })
    expect(read.code).toBe(1)
    expect(read.err.split('\n').at(-2)).toBe('journeyboard read: no board read, nothing written; 2 of 2 files failed')
    expect(await read.io.readFileAsync('boards.csv')).toBe('the last dataset')
    expect((await cli(['read', 'retro.json', 'gone.json'], { 'retro.json': noMap })).out).toBe('')
  })

  it('takes a folder for its .json files as read does, and goes on past an input that is missing, both', async () => {
    const io = createMemoryIo()
    // Folders as the file system lists them: the files directly inside, a file itself no folder.
    io.listFolderAsync = async (path) => {
      const inside = [...io.files.keys()].filter((file) => file.startsWith(`${path}/`)).sort()
      if (inside.length > 0) return inside
      throw Object.assign(new Error(path), { code: io.files.has(path) ? 'ENOTDIR' : 'ENOENT' })
    }
    const board = await cli(['board', 'moving-house', '--out', 'maps/moving.json'])
    io.files.set('maps/moving.json', String(board.io.files.get('maps/moving.json')))
    io.files.set('maps/ikea.json', (await cli(['template', 'ikea'])).out)
    io.files.set('maps/notes.txt', 'not a map')
    expect(await runCliAsync(['report', 'maps', 'gone.json', 'car-rental', '--out', 'report.html'], io)).toBe(1)
    expect(io.err).toBe('journeyboard report: cannot read "gone.json": no such file\njourneyboard report: 3 journeys in the report; 1 of 4 inputs failed\n')
    expect(String(io.files.get('report.html')).match(/<section class="journey">/g)).toHaveLength(3)
    io.err = ''
    expect(await runCliAsync(['read', 'maps/moving.json', 'gone.json', '--format', 'csv', '--out', 'boards.csv'], io)).toBe(1)
    expect(io.err).toBe('journeyboard read: cannot read "gone.json": no such file\njourneyboard read: 1 board read; 1 of 2 files failed\n')
    expect(String(io.files.get('boards.csv')).split('\n')[1]).toMatch(/^maps\/moving\.json,/)
    // A name nothing answers to is no folder: report reads it as one input, a mistyped template id.
    io.err = ''
    expect(await runCliAsync(['report', 'car-rentl', 'car-rental', '--out', 'report.html'], io)).toBe(1)
    expect(io.err).toMatch(/^journeyboard report: "car-rentl" is neither a template id nor a file; a template id must be one of car-rental, .* or blank\njourneyboard report: 1 journey in the report; 1 of 2 inputs failed\n$/)
  })

  it('asks for an .html file to write, or - for standard output', async () => {
    expect(await cli(['report', 'car-rental'])).toMatchObject({ code: 2, err: expect.stringContaining('report: --out must name the .html file to write') })
    const stdout = await cli(['report', 'car-rental', '--out', '-'])
    expect([stdout.code, stdout.err]).toEqual([0, ''])
    expect(stdout.out).toMatch(/^<!DOCTYPE html>[^]*<\/html>\n$/)
    expect(stdout.io.files.has('-')).toBe(false)
  })
})
