import { mkdtemp, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { processIo } from '../../src/cli/cli-io'
import { runCliAsync } from '../../src/cli/run-cli'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { createJourneyFromTemplate } from '../../src/templates'
import { parseJourneyFile } from '../../src/model'
import { createMemoryIo } from '../support/memory-io'
import { createFigJamEmulator } from '../../src/emulator'
import { buildStickyLegendBoardAsync } from '../fixtures/hand-drawn-layouts'
import { BoardBuilder } from '../fixtures/hand-made-boards'

async function cli(argv: string[], io = createMemoryIo()) {
  io.out = ''
  io.err = ''
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

function restNodes(file: unknown): { type: string; name: string }[] {
  const out: { type: string; name: string }[] = []
  const walk = (node: { type: string; name: string; children?: unknown[] }): void => {
    out.push(node)
    for (const child of node.children ?? []) walk(child as never)
  }
  walk((file as { document: never }).document)
  return out
}

describe('journeyboard board', () => {
  it('writes exactly JSON.stringify of the REST file with a final newline, over a longer file already there', async () => {
    const journey = createJourneyFromTemplate({ templateId: 'workshop-swimlane' })
    if (!journey.ok) throw new Error('fixture')
    const emulator = createFigJamEmulator()
    await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => undefined })
    const expected = JSON.stringify(emulator.toRestFile(journey.value.title), null, 2) + '\n'
    const dir = await mkdtemp(path.join(tmpdir(), 'journeyboard-board-'))
    const out = path.join(dir, 'board.json')
    await writeFile(out, 'x'.repeat(expected.length * 2))
    const code = await runCliAsync(['board', 'workshop-swimlane', '--out', out], { ...processIo, stderr: () => undefined })
    expect(code).toBe(0)
    expect(await readFile(out, 'utf8')).toBe(expected)
    expect((await cli(['board', 'workshop-swimlane', '--out', 'board.json'])).io.files.get('board.json')).toBe(expected)
  })

  it('writes the generated board as REST JSON, with the chosen persona and stages', async () => {
    const { code, io, err } = await cli(['board', 'car-rental', '--locale', 'da', '--stages', 'plan,pickup', '--out', 'board.json'])
    expect(code).toBe(0)
    expect(err).toMatch(/board\.json: board ".+" with \d+ stages, \d+ lanes, \d+ stickies/)
    const file = JSON.parse(String(io.files.get('board.json')))
    expect(file.editorType).toBe('figjam')
    const sections = restNodes(file).filter((n) => n.type === 'SECTION')
    const expected = createJourneyFromTemplate({ templateId: 'car-rental', locale: 'da', stages: [{ id: 'plan' }, { id: 'pickup' }] })
    if (!expected.ok) throw new Error('fixture')
    // The board section plus one section per stage.
    expect(sections.map((s) => s.name)).toEqual([expected.value.title, ...expected.value.stages.map((s) => s.name)])
  })

  it('says on stderr which links it drew over another label, beyond ten labelled links between two stickies', async () => {
    const journey = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!journey.ok) throw new Error('fixture')
    const [a, b] = journey.value.items
    const links = Array.from({ length: 11 }, (_, i) => ({ id: `crowd-${i}`, from: a!.id, to: b!.id, kind: 'handover' as const, label: `asks again, time ${i + 1}` }))
    const io = createMemoryIo()
    io.files.set('in.json', JSON.stringify({ format: 'journeyboard', version: 2, journey: { ...journey.value, links } }))
    const { code, err } = await cli(['board', 'in.json', '--out', 'board.json'], io)
    expect(code).toBe(0)
    // Beside the template's own links and stickies, fewer than ten of them may keep clear.
    const warnings = err.split('\n').filter((line) => line.startsWith('warning: '))
    expect(warnings.length).toBeGreaterThan(0)
    for (const line of warnings) expect(line).toMatch(/^warning: board\.json: object \S+: the connector of link "crowd-\d+" joins two stickies that more than ten labelled links join/)
  })

  it('requires --out', async () => {
    const { code, err } = await cli(['board', 'ikea'])
    expect(code).toBe(2)
    expect(err).toContain('--out')
  })
})

describe('journeyboard read', () => {
  it('writes back the file envelope the board was drawn from: its $schema and extension fields', async () => {
    const journey = createJourneyFromTemplate({ templateId: 'ikea' })
    if (!journey.ok) throw new Error('fixture')
    const io = createMemoryIo()
    const envelope = { $schema: 'https://example.org/journeyboard/journey.schema.json', 'x-study': { wave: 2, site: 'Malmö' } }
    io.files.set('in.json', JSON.stringify({ ...envelope, format: 'journeyboard', version: 2, journey: journey.value }))
    expect((await cli(['board', 'in.json', '--out', 'board.json'], io)).code).toBe(0)
    const read = await cli(['read', 'board.json'], io)
    expect(read.code).toBe(0)
    const file = JSON.parse(read.out) as Record<string, unknown>
    expect({ $schema: file.$schema, 'x-study': file['x-study'] }).toEqual(envelope)
    expect(parseJourneyFile(file)).toEqual({ ok: true, value: journey.value })
    const lines = await cli(['read', 'board.json', '--format', 'jsonl'], io)
    expect(JSON.parse(lines.out)).toMatchObject(envelope)
  })

  it('reads a generated board back to exactly the journey it came from', async () => {
    const io = createMemoryIo()
    await cli(['board', 'workshop-swimlane', '--out', 'board.json'], io)
    const { code, out, err } = await cli(['read', 'board.json'], io)
    expect(err).toBe('')
    expect(code).toBe(0)
    const expected = createJourneyFromTemplate({ templateId: 'workshop-swimlane' })
    expect(parseJourneyFile(JSON.parse(out))).toEqual(expected)
  })

  it('reads one section by name and reports what it could not place on stderr', async () => {
    const io = createMemoryIo()
    await cli(['board', 'ikea', '--out', 'board.json'], io)
    const file = JSON.parse(String(io.files.get('board.json')))
    const page = file.document.children[0]
    // A stray sticky on the page, outside the board: not part of the chosen section.
    page.children.push({ id: '99:1', type: 'STICKY', name: 'stray', characters: 'lost', absoluteBoundingBox: { x: -5000, y: 0, width: 240, height: 240 }, fills: [] })
    io.files.set('board.json', JSON.stringify(file))
    const title = page.children[0].name
    const { code, out } = await cli(['read', 'board.json', '--section', title], io)
    expect(code).toBe(0)
    expect(JSON.parse(out).journey.title).toBe(title)
    // Read whole, the page's stray sticky is told: each warning names the file and the object, as a dataset's do (with the board there too).
    const whole = await cli(['read', 'board.json'], io)
    const warnings = whole.err.split('\n').filter((line) => line !== '')
    expect(warnings.length).toBeGreaterThan(0)
    for (const line of warnings) expect(line).toMatch(/^warning: board\.json: (object \S+: )?/)
    expect(warnings.some((line) => line.startsWith('warning: board.json: object 99:1: '))).toBe(true)
    // A report of the board says the same, the object named.
    expect((await cli(['report', 'board.json', '--out', 'report.html'], io)).err).toContain('warning: board.json: object 99:1: ')
    const missing = await cli(['read', 'board.json', '--section', 'No such board'], io)
    expect(missing.code).toBe(1)
    // The file is a board export, so the answer names the option and the boards there are, not a file that cannot be read.
    const boardId = page.children[0].id as string
    expect(missing.err).toBe(`journeyboard read: "board.json" has no section named or with id "No such board"; --section must be one of "${title}" (${boardId})\n`)
  })

  it('says clearly when the file is not a REST export', async () => {
    const { code, err } = await cli(['read', 'x.json'], createMemoryIo({ 'x.json': '{"hello": 1}' }))
    expect(code).toBe(1)
    expect(err).toMatch(/"x\.json" cannot be read as a FigJam board/)
  })
})

describe('journeyboard export and import', () => {
  it('exports every format and imports CSV, Mermaid and JSON back', async () => {
    const io = createMemoryIo()
    for (const format of ['json', 'csv', 'md', 'mermaid']) {
      const { code, out } = await cli(['export', 'moving-house', '--format', format], io)
      expect(code).toBe(0)
      expect(out.length).toBeGreaterThan(100)
      io.files.set(`m.${format}`, out)
    }
    const fromJson = await cli(['import', 'm.json'], io)
    expect(parseJourneyFile(JSON.parse(fromJson.out))).toEqual(createJourneyFromTemplate({ templateId: 'moving-house' }))
    const fromCsv = await cli(['import', 'm.csv', '--from', 'csv'], io)
    expect(fromCsv.code).toBe(0)
    expect(fromCsv.err).toContain('warning:') // a CSV has no title or persona, and says so
    const fromMermaid = await cli(['import', 'm.mermaid'], io)
    expect(fromMermaid.code).toBe(0)
    expect(JSON.parse(fromMermaid.out).journey.stages).toHaveLength(9)
  })

  it('reads --stages the same way in every command that takes a template: a trailing comma is no stage', async () => {
    const fromTemplate = await cli(['template', 'car-rental', '--stages', 'plan, return,'])
    const fromExport = await cli(['export', 'car-rental', '--format', 'json', '--stages', 'plan, return,'])
    expect([fromTemplate.code, fromExport.code]).toEqual([0, 0])
    expect(JSON.parse(fromExport.out).journey.stages.map((stage: { id: string }) => stage.id)).toEqual(['plan', 'return'])
    expect(JSON.parse(fromExport.out)).toEqual(JSON.parse(fromTemplate.out))
  })

  it('names CSV columns in the journey’s language with --localized-header, and imports them back', async () => {
    const io = createMemoryIo()
    const stable = await cli(['export', 'car-rental', '--locale', 'fr', '--format', 'csv'], io)
    const localized = await cli(['export', 'car-rental', '--locale', 'fr', '--format', 'csv', '--localized-header'], io)
    expect([stable.code, localized.code]).toEqual([0, 0])
    expect(stable.out.split('\r\n')[0]).toMatch(/^item_id,stage_id,stage,/)
    expect(localized.out.split('\r\n')[0]).toMatch(/^Id du post-it,Id de l’étape,Étape,Phase,/)
    io.files.set('fr.csv', localized.out)
    io.files.set('stable.csv', stable.out)
    expect((await cli(['import', 'fr.csv', '--from', 'csv'], io)).out).toBe((await cli(['import', 'stable.csv', '--from', 'csv'], io)).out)
    expect((await cli(['export', 'car-rental', '--format', 'md', '--localized-header'])).code).toBe(2)
  })

  it('names the line of a Mermaid diagram Mermaid would reject, and bad options', async () => {
    const io = createMemoryIo({ 'bad.mmd': 'journey\n  title Trip\n  section Day 1\n    Wake up\n' })
    const bad = await cli(['import', 'bad.mmd'], io)
    expect(bad.code).toBe(1)
    expect(bad.err).toContain('line 4')
    expect((await cli(['export', 'ikea', '--format', 'pdf'])).code).toBe(2)
    expect((await cli(['import', 'bad.mmd', '--from', 'yaml'], io)).code).toBe(2)
  })
})

describe('journeyboard read --explain', () => {
  it('tells how each item of a hand-made board was placed, least sure first, and keeps the provenance in the journey file', async () => {
    const emulator = createFigJamEmulator()
    await buildStickyLegendBoardAsync(emulator.api)
    const io = createMemoryIo()
    io.files.set('hotel.json', JSON.stringify(emulator.toRestFile()))
    const { code, out, err } = await cli(['read', 'hotel.json', '--explain'], io)
    expect(code).toBe(0)
    const lines = err.split('\n')
    const report = lines.slice(lines.indexOf('placements (least sure first):') + 1).filter((line) => line.startsWith('  '))
    expect(report[0]).toMatch(
      /^ {2}0\.50 unsure {2}object \S+ {2}"Gets the bill by e-mail": stage "Leave" by the section it is in, lane "Blue stickies" by the legend's word for its colour \(sticky/
    )
    expect(report).toHaveLength(7)
    expect(report.slice(1).every((line) => line.startsWith('  1.00 sure'))).toBe(true)
    const journey = parseJourneyFile(JSON.parse(out))
    if (!journey.ok) throw new Error(JSON.stringify(journey.problems))
    expect(journey.value.items.every((item) => item.provenance !== undefined)).toBe(true)
  })
})

describe('journeyboard read and import, on lanes named by what they hold', () => {
  it('give a lane the same kind whether its name is a label on a hand-drawn board or a CSV row', async () => {
    const names = ['Ressenti', 'Idées', 'Doing', 'Oplevelse']
    const emulator = createFigJamEmulator()
    const b = await BoardBuilder.createAsync(emulator.api)
    b.text('Trip', { x: 0, y: -300 })
    b.text('Plan', { x: 300, y: -100 })
    b.text('Go', { x: 900, y: -100 })
    names.forEach((name, row) => {
      b.text(name, { x: 0, y: 60 + row * 300 })
      b.sticky(`${name} 1`, { x: 310, y: 10 + row * 300 })
      b.sticky(`${name} 2`, { x: 910, y: 10 + row * 300 })
    })
    const io = createMemoryIo()
    io.files.set('trip.json', JSON.stringify(emulator.toRestFile()))
    io.files.set('trip.csv', ['stage,lane,text', ...names.map((name) => `Plan,${name},x`)].join('\n') + '\n')

    const kinds = (out: string): string[][] => {
      const journey = parseJourneyFile(JSON.parse(out))
      if (!journey.ok) throw new Error(JSON.stringify(journey.problems))
      return journey.value.lanes.map((lane) => [lane.name, lane.kind])
    }
    const read = await cli(['read', 'trip.json'], io)
    expect(read.code, read.err).toBe(0)
    const imported = await cli(['import', 'trip.csv'], io)
    expect(imported.code, imported.err).toBe(0)
    const expected = [
      ['Ressenti', 'emotion'],
      ['Idées', 'opportunities'],
      ['Doing', 'actions'],
      ['Oplevelse', 'emotion']
    ]
    expect(kinds(read.out)).toEqual(expected)
    expect(kinds(imported.out)).toEqual(expected)
  })
})
