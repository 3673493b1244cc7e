import { describe, expect, it } from 'vitest'

import { runCliAsync } from '../../src/cli/run-cli'
import { createFigJamEmulator } from '../../src/emulator'
import { MAX_BOARD_NESTING, MAX_JSON_NESTING, MAX_NAME_LENGTH } from '../../src/model'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { MAX_PICTURE_PIXELS, MAX_PICTURE_SIDE } from '../../src/render'
import { createJourneyFromTemplate } from '../../src/templates'
import { createMemoryIo } from '../support/memory-io'

/**
 * Hostile inputs through the command line: each ends in a result or in one line on stderr (exit 1,
 * no stack trace), never in a crash or a hang. The test runner's timeout is the bound.
 */

async function cli(argv: string[], files: Record<string, string>) {
  const io = createMemoryIo(files)
  const code = await runCliAsync(argv, io)
  return { code, out: io.out, err: io.err, io }
}

/** Exit 1 and the problem in words: one line, or the file named on a line of its own and then the problem. */
function expectOneLineError(result: { code: number; err: string }, pattern: RegExp): void {
  expect(result.code).toBe(1)
  expect(result.err.trimEnd().split('\n').length).toBeLessThanOrEqual(2)
  expect(result.err).not.toMatch(/unexpected failure|\n\s+at /)
  expect(result.err).toMatch(pattern)
}

async function boardFileAsync(): Promise<{ rest: Record<string, unknown>; journeyFile: string }> {
  const journey = createJourneyFromTemplate({ templateId: 'car-rental' })
  if (!journey.ok) throw new Error('template')
  const emulator = createFigJamEmulator({ fileName: journey.value.title })
  await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => {} })
  return {
    rest: emulator.toRestFile() as unknown as Record<string, unknown>,
    journeyFile: JSON.stringify({ format: 'journeyboard', version: 2, journey: journey.value })
  }
}

type RestTree = { document: { children: { children: Record<string, unknown>[] }[] } }

function boardSection(rest: Record<string, unknown>): { children: Record<string, unknown>[]; absoluteBoundingBox: { x: number; y: number } } {
  return (rest as unknown as RestTree).document.children[0]!.children[0] as never
}

/**
 * A board file with `levels` groups nested in its board section, a sticky in the innermost, as JSON
 * text: JSON.stringify itself recurses, so the nesting is spliced in as text.
 */
function nestedBoardText(rest: Record<string, unknown>, levels: number): string {
  const section = boardSection(rest)
  const at = section.absoluteBoundingBox
  const box = JSON.stringify({ x: at.x + 10, y: at.y + 10, width: 240, height: 240 })
  section.children.push({ id: 'PLACEHOLDER' })
  const sticky = `{"id":"900:0","type":"STICKY","name":"deep","characters":"deep down","absoluteBoundingBox":${box},"fills":[]}`
  let open = ''
  let close = ''
  for (let i = levels; i >= 1; i -= 1) {
    open += `{"id":"900:${i}","type":"GROUP","name":"G${i}","absoluteBoundingBox":${box},"children":[`
    close += ']}'
  }
  return JSON.stringify(rest).replace('{"id":"PLACEHOLDER"}', `${open}${sticky}${close}`)
}

function deepJson(levels: number): string {
  return `{"format":"journeyboard","version":2,"journey":${'['.repeat(levels)}${']'.repeat(levels)}}`
}

describe('journey files through the command line', () => {
  it('keep the envelope\'s $schema and extension fields through import and export, and every x- field of the journey', async () => {
    const { journeyFile } = await boardFileAsync()
    const file = { $schema: './schema/journey.schema.json', 'x-study': { wave: 2 }, ...JSON.parse(journeyFile) }
    file.journey['x-code'] = 'J-7'
    file.journey.stages[0]['x-interviews'] = ['P3', 'P4']
    const files = { 'in.json': JSON.stringify(file) }
    for (const argv of [['import', 'in.json'], ['export', 'in.json', '--format', 'json']]) {
      const result = await cli(argv, files)
      expect(result.code).toBe(0)
      const out = JSON.parse(result.out)
      expect(Object.keys(out)).toEqual(['$schema', 'format', 'version', 'x-study', 'journey'])
      expect(out.$schema).toBe('./schema/journey.schema.json')
      expect(out['x-study']).toEqual({ wave: 2 })
      expect(out.journey['x-code']).toBe('J-7')
      expect(out.journey.stages[0]['x-interviews']).toEqual(['P3', 'P4'])
    }
  })

  it('refuse an unknown field with its path instead of dropping it', async () => {
    const { journeyFile } = await boardFileAsync()
    const file = JSON.parse(journeyFile)
    file.journey.stages[0].colour = 'red'
    const result = await cli(['validate', 'in.json'], { 'in.json': JSON.stringify(file) })
    expect(result.code).toBe(1)
    expect(result.err).toContain('stages[0].colour: unknown field "colour"')
  })
})

describe('hostile inputs on the command line', () => {
  it('refuses a board with 3,000 nested groups in read, diff, sync and render, in one line', async () => {
    const { rest, journeyFile } = await boardFileAsync()
    const files = { 'board.json': nestedBoardText(rest, 3000), 'journey.json': journeyFile }
    // 3,000 groups are 6,000 levels of JSON: the JSON limit speaks first; a board within it but
    // nested past MAX_BOARD_NESTING meets the board limit.
    const limit = new RegExp(`nested at most (${MAX_JSON_NESTING}|${MAX_BOARD_NESTING}) deep`)
    expectOneLineError(await cli(['read', 'board.json'], files), limit)
    expectOneLineError(await cli(['diff', 'board.json', 'journey.json'], files), limit)
    expectOneLineError(await cli(['sync', 'board.json', 'journey.json', '--out', 'new.json'], files), limit)
    expectOneLineError(await cli(['render', 'board.json', '--out', 'board.png'], files), limit)
  })

  it('names a box coordinate past the largest number (1e999, which JSON reads as Infinity) by its path as an infinite number, in read and diff', async () => {
    const { rest, journeyFile } = await boardFileAsync()
    const text = JSON.stringify(rest)
    const at = text.indexOf('"absoluteBoundingBox":{"x":') + '"absoluteBoundingBox":{"x":'.length
    const files = { 'board.json': `${text.slice(0, at)}1e999${text.slice(text.indexOf(',', at))}`, 'journey.json': journeyFile }
    const infinite = /document\.children\[0\]\.children\[0\]\.absoluteBoundingBox\.x: must be a number, got an infinite number/
    expectOneLineError(await cli(['read', 'board.json'], files), infinite)
    expectOneLineError(await cli(['diff', 'board.json', 'journey.json'], files), /absoluteBoundingBox\.x/)
  })

  it('refuses JSON nested 100,000 deep in validate, import, export, board and read, in one line', async () => {
    const files = { 'deep.json': deepJson(100_000) }
    const limit = new RegExp(`nested at most ${MAX_JSON_NESTING} deep`)
    for (const argv of [
      ['validate', 'deep.json'],
      ['import', 'deep.json'],
      ['export', 'deep.json', '--format', 'md'],
      ['board', 'deep.json', '--out', 'b.json'],
      ['read', 'deep.json']
    ]) {
      expectOneLineError(await cli(argv, files), limit)
    }
  })

  it('reads, diffs and syncs a board whose stage section is named with more than 500 characters', async () => {
    const { rest, journeyFile } = await boardFileAsync()
    const long = 'Long name '.repeat(60).trim()
    const section = boardSection(rest)
    const stage = section.children.find((node) => node.type === 'SECTION') as { name: string }
    stage.name = long
    const files = { 'board.json': JSON.stringify(rest), 'journey.json': journeyFile }
    const read = await cli(['read', 'board.json'], files)
    expect(read.code).toBe(0)
    expect(JSON.parse(read.out).journey.stages.some((s: { name: string }) => s.name === long)).toBe(true)
    expect((await cli(['diff', 'board.json', 'journey.json'], files)).code).toBe(0)
    const sync = await cli(['sync', 'board.json', 'journey.json', '--out', 'new.json', '--resolve', 'board'], files)
    expect(sync.err).not.toMatch(/unexpected failure/)
    expect(sync.code).toBe(0)
    expect(MAX_NAME_LENGTH).toBeGreaterThan(long.length)
  })

  it('keeps render --width 20000 within the canvas limits on both sides, and says it drew smaller', async () => {
    const result = await cli(['render', 'car-rental', '--width', '20000', '--out', 'board.svg'], {})
    expect(result.code).toBe(0)
    const svg = result.io.files.get('board.svg') as string
    const [, width, height] = /<svg[^>]* width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? []
    expect(Number(width)).toBeLessThanOrEqual(MAX_PICTURE_SIDE)
    expect(Number(height)).toBeLessThanOrEqual(MAX_PICTURE_SIDE)
    expect(Number(width) * Number(height)).toBeLessThanOrEqual(MAX_PICTURE_PIXELS * 1.0001)
    expect(result.err).toMatch(/smaller than asked/)
  })

  it.each([1e15, -1e15, 1e300])('refuses to draw a board with a sticky at x = %s, in one line, as PNG and SVG', async (x) => {
    const { rest } = await boardFileAsync()
    const section = boardSection(rest)
    section.children.push({ id: '901:1', type: 'STICKY', name: 'far', characters: 'far away', absoluteBoundingBox: { x, y: 0, width: 240, height: 240 }, fills: [] })
    const files = { 'board.json': JSON.stringify(rest) }
    // Said for people: a minus sign, never a hyphen, and the limit as README writes it.
    const refusal = x < 0 ? /the board reaches \u2212\d+ on the page, beyond the ±1,000,000 the renderer draws/ : /the board reaches [\d.e+]+ on the page, beyond the ±1,000,000 the renderer draws/
    expectOneLineError(await cli(['render', 'board.json', '--out', 'board.png'], files), refusal)
    expectOneLineError(await cli(['render', 'board.json', '--out', 'board.svg'], files), refusal)
    // Reading it is fine: the far sticky lies off the board and is named.
    const read = await cli(['read', 'board.json'], files)
    expect(read.code).toBe(0)
  })

  it('refuses a board nested past the board limit but within the JSON limit, in every board command', async () => {
    const { rest, journeyFile } = await boardFileAsync()
    const files = { 'board.json': nestedBoardText(rest, MAX_BOARD_NESTING + 5), 'journey.json': journeyFile }
    const limit = new RegExp(`reads boards nested at most ${MAX_BOARD_NESTING} deep`)
    expectOneLineError(await cli(['read', 'board.json'], files), limit)
    expectOneLineError(await cli(['diff', 'board.json', 'journey.json'], files), limit)
    expectOneLineError(await cli(['sync', 'board.json', 'journey.json', '--out', 'new.json'], files), limit)
    expectOneLineError(await cli(['render', 'board.json', '--out', 'board.svg'], files), limit)
  })
})
