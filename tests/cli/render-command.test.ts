import { execFile } from 'node:child_process'
import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

import { describe, expect, it } from 'vitest'

import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { runCliAsync } from '../../src/cli/run-cli'
import { createFigJamEmulator, type RestFile, type RestSceneNode, type RestSectionNode, type RestStickyNode } from '../../src/emulator'
import { renderRestFileToSvg } from '../../src/render'
import { createJourneyFromTemplate } from '../../src/templates'
import { checkXmlWellFormed } from '../render/check-xml-well-formed'
import { createMemoryIo, type MemoryIo } from '../support/memory-io'
import { BIN, ensureCliBuiltAsync } from '../support/cli-process'

const run = promisify(execFile)
const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]

async function cli(argv: string[], io: MemoryIo = createMemoryIo()) {
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

/** What the plugin draws for a template on a fresh emulated page, as REST JSON. */
async function generatedRestAsync(templateId: string, options: { locale?: string; stages?: string[] } = {}) {
  const journey = createJourneyFromTemplate({ templateId, locale: options.locale, stages: options.stages?.map((id) => ({ id })) })
  if (!journey.ok) throw new Error(JSON.stringify(journey.problems))
  const emulator = createFigJamEmulator({ fileName: journey.value.title })
  await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => {} })
  return { journey: journey.value, rest: emulator.toRestFile() }
}

function firstSticky(nodes: readonly RestSceneNode[]): RestStickyNode | undefined {
  for (const node of nodes) {
    if (node.type === 'STICKY') return node as RestStickyNode
    const inside = node.type === 'SECTION' ? firstSticky((node as RestSectionNode).children) : undefined
    if (inside !== undefined) return inside
  }
  return undefined
}

function written(io: MemoryIo, file: string): string {
  const content = io.files.get(file)
  if (typeof content !== 'string') throw new Error(`${file} was not written as text`)
  return content
}

describe('journeyboard render', () => {
  it('draws a template as the plugin would generate it on FigJam, as SVG', async () => {
    const { code, err, io } = await cli(['render', 'car-rental', '--out', 'board.svg'])
    expect(err).toBe('')
    expect(code).toBe(0)
    const svg = written(io, 'board.svg')
    const { rest } = await generatedRestAsync('car-rental')
    // The same generator on the same kind of fresh page, then the same renderer: the same picture.
    expect(svg).toBe(renderRestFileToSvg(rest))
    expect(checkXmlWellFormed(svg)).toEqual([])
    expect(svg).toContain('<title>Renting a car for a holiday in the USA</title>')
  })

  it('honours --locale and --stages for a template, and prints the SVG when there is no --out', async () => {
    const { rest, journey } = await generatedRestAsync('car-rental', { locale: 'da' })
    const [first, , third] = journey.stages
    if (first === undefined || third === undefined) throw new Error('fixture')
    const { code, out } = await cli(['render', 'car-rental', '--locale', 'da', '--stages', `${third.id},${first.id}`])
    expect(code).toBe(0)
    expect(out.startsWith('<svg')).toBe(true)
    expect(out).toContain(third.name)
    expect(out).toContain(first.name)
    const left = journey.stages.filter((stage) => stage !== first && stage !== third)
    for (const stage of left) expect(out).not.toContain(`>${stage.name}<`)
    expect(out).not.toBe(renderRestFileToSvg(rest))
  })

  it('draws a journey file in any import format, read once (so stdin works)', async () => {
    const mermaid = ['journey', '  title Buying a bike', '  section Choose', '    Compare bikes online: 4: Me', '  section Ride', '    First ride to work: 3: Me'].join('\n')
    const io = createMemoryIo({ 'bike.mmd': mermaid })
    const reads: string[] = []
    const readFileAsync = io.readFileAsync
    io.readFileAsync = async (file) => {
      reads.push(file)
      return readFileAsync(file)
    }
    const { code, err } = await cli(['render', 'bike.mmd', '--out', 'bike.svg'], io)
    expect(err).toBe('')
    expect(code).toBe(0)
    expect(reads).toEqual(['bike.mmd'])
    const svg = written(io, 'bike.svg')
    expect(svg).toContain('<title>Buying a bike</title>')
    // Sticky text wraps into lines (tspans) at word breaks.
    for (const word of ['Compare', 'bikes', 'online', 'First', 'ride', 'work']) expect(svg).toContain(word)
  })

  it('draws a board given as Figma REST JSON directly, edits and all', async () => {
    const { rest } = await generatedRestAsync('ikea')
    const edited = JSON.parse(JSON.stringify(rest)) as RestFile
    const sticky = firstSticky(edited.document.children[0]?.children ?? [])
    if (sticky === undefined) throw new Error('the board has no sticky')
    sticky.characters = 'Handwritten'
    const text = JSON.stringify(edited)
    const { code, err, io } = await cli(['render', 'board.json', '--out', 'board.svg'], createMemoryIo({ 'board.json': text }))
    expect(err).toBe('')
    expect(code).toBe(0)
    const svg = written(io, 'board.svg')
    expect(svg).toContain('>Handwritten<')
    expect(svg).toBe(renderRestFileToSvg(JSON.parse(text)))
  })

  it('refuses journey options for a board, and names what is wrong with a broken one', async () => {
    const { rest } = await generatedRestAsync('blank')
    const board = JSON.stringify(rest)
    const withPersona = await cli(['render', 'board.json', '--persona', 'x'], createMemoryIo({ 'board.json': board }))
    expect(withPersona.code).toBe(2)
    expect(withPersona.err).toContain('is a board (a Figma REST file)')

    const broken = await cli(['render', 'broken.json'], createMemoryIo({ 'broken.json': JSON.stringify({ document: { children: 5 } }) }))
    expect(broken.code).toBe(1)
    expect(broken.err).toMatch(/"broken\.json" cannot be drawn: .*\n.*document\.children/s)

    // Nodes asked for by id are a board export too, but with no page: render names them, and read takes them.
    const section = rest.document.children[0]?.children[0]
    const nodes = JSON.stringify({ name: rest.name, nodes: { [section?.id ?? '']: { document: section } } })
    const byId = await cli(['render', 'nodes.json', '--out', 'x.svg'], createMemoryIo({ 'nodes.json': nodes }))
    expect([byId.code, byId.err]).toEqual([
      1,
      'journeyboard render: "nodes.json" holds nodes asked for by id (a REST nodes response), which render cannot draw: it draws a whole file exported with GET /v1/files/:key; read their journey with "journeyboard read nodes.json"\n'
    ])
    expect(byId.io.files.has('x.svg')).toBe(false)
    expect((await cli(['read', 'nodes.json'], createMemoryIo({ 'nodes.json': nodes }))).code).toBe(0)

    const missing = await cli(['render', 'nowhere.json', '--out', 'x.svg'])
    expect(missing.code).toBe(1)
    expect(missing.err).toContain('cannot read "nowhere.json": no such file')
    // A name that could be a template id is answered as board and export answer it, with the ids there are.
    const mistyped = await cli(['render', 'car-rentl', '--out', 'x.svg'])
    expect([mistyped.code, mistyped.err]).toEqual([1, expect.stringMatching(/^journeyboard render: "car-rentl" is neither a template id nor a file; a template id must be one of car-rental, .* or blank\n$/)])
  })

  it('accepts only .svg and .png outputs', async () => {
    const { code, err } = await cli(['render', 'blank', '--out', 'board.pdf'])
    expect(code).toBe(2)
    expect(err).toContain('--out must name an .svg or .png file, got "board.pdf"')
  })

  it('writes a PNG with @resvg/resvg-js', async () => {
    const { code, err, io } = await cli(['render', 'blank', '--out', 'board.png'])
    expect(err).toBe('')
    expect(code).toBe(0)
    const png = io.files.get('board.png')
    expect(png instanceof Uint8Array).toBe(true)
    expect([...(png as Uint8Array).subarray(0, PNG_SIGNATURE.length)]).toEqual(PNG_SIGNATURE)
  })

  it('draws at the width asked for, and rejects a width that is not one', async () => {
    const { code, out } = await cli(['render', 'blank', '--width', '800'])
    expect(code).toBe(0)
    expect(out).toMatch(/^<svg[^>]* width="800"/)
    const bad = await cli(['render', 'blank', '--width', 'wide'])
    expect(bad.code).toBe(2)
    expect(bad.err).toContain('render: --width must be a number of pixels from 16 to 20,000, got "wide"')
    // The README's bounds, as people write numbers: a width past them is refused, not drawn.
    expect((await cli(['render', 'blank', '--width', '20001'])).code).toBe(2)
    expect((await cli(['render', 'blank', '--width', '15'])).code).toBe(2)
  })

  it('is listed in help and runs from the installed command', async () => {
    await ensureCliBuiltAsync()
    expect((await cli(['help'])).out).toMatch(/journeyboard render <template-id \| journey-file \| board\.json>/)
    const dir = await mkdtemp(path.join(tmpdir(), 'journeyboard-render-'))
    const out = path.join(dir, 'board.svg')
    await run(process.execPath, [BIN, 'render', 'workshop-swimlane', '--out', out])
    const svg = await readFile(out, 'utf8')
    expect(checkXmlWellFormed(svg)).toEqual([])
    expect(svg).toContain('data-node-id')
  })
})
