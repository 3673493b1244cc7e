import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator, loadRestFile, type RestFile, type RestSceneNode } from '../../../src/emulator'
import { validateJourney } from '../../../src/model'
import { generateBoardAsync } from '../../../src/plugin-api/generate-board'
import { TEMPLATES } from '../../../src/templates'
import { buildGroupedStickiesBoardAsync, buildTableBoardAsync } from '../../fixtures/hand-drawn-layouts'
import { BoardBuilder, buildDanishBoardAsync, buildOddBoardAsync } from '../../fixtures/hand-made-boards'
import { manifestWithId, readyEmulatorAsync } from '../emulator-fixtures'

/** What the command line wrote before the text came in pieces: the whole file's objects, then their text. */
function textOfObjects(emulator: FigJamEmulator, name?: string): string {
  return JSON.stringify(emulator.toRestFile(name), null, 2)
}

async function drawnAsync(build: (api: PluginAPI) => Promise<unknown>): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  await build(emulator.api)
  return emulator
}

const HAND_MADE_BOARDS = [
  ['sections in sections, a loose text, free and looping connectors', buildOddBoardAsync],
  ['groups inside groups, a turned sticky', buildGroupedStickiesBoardAsync],
  ['a table', buildTableBoardAsync],
  ['Danish text', buildDanishBoardAsync]
] as const

/** A hand-made board loaded from its REST file with a widget on the page and a stamp in a section. */
async function loadedWithUnknownNodesAsync(): Promise<FigJamEmulator> {
  const drawn = await drawnAsync(buildOddBoardAsync)
  const file = JSON.parse(textOfObjects(drawn)) as RestFile
  const page = file.document.children[0]!
  const box = { absoluteBoundingBox: { x: 2100, y: 200, width: 300, height: 200 }, absoluteRenderBounds: { x: 2100, y: 200, width: 300, height: 200 } }
  page.children.push({ id: '9:1', name: 'Voting', type: 'WIDGET', ...box })
  const section = page.children.find((node) => node.type === 'SECTION') as { children: RestSceneNode[] }
  section.children.push({ id: '9:4', name: 'Thumbs up', type: 'STAMP', ...box })
  return loadRestFile(file)
}

/** The template's English board as Generate draws it. */
async function templateBoardAsync(id: string): Promise<{ emulator: FigJamEmulator; title: string }> {
  const template = TEMPLATES.find((candidate) => candidate.id === id)!
  const journey = validateJourney(template.journey('en'))
  if (!journey.ok) throw new Error(journey.problems[0]?.message)
  const emulator = createFigJamEmulator()
  await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => undefined })
  return { emulator, title: journey.value.title }
}

describe('toRestTextChunks', () => {
  /** The chunks, checked to be pieces (no empty one) and joined. */
  function joined(chunks: Iterable<string>): string {
    const pieces = [...chunks]
    expect(pieces.every((piece) => piece.length > 0)).toBe(true)
    return pieces.join('')
  }

  it('is the text of an empty file in one piece, with its name or the default one', () => {
    const emulator = createFigJamEmulator()
    expect([...emulator.toRestTextChunks('Journey')]).toEqual([textOfObjects(emulator, 'Journey')])
    expect([...emulator.toRestTextChunks()]).toEqual([textOfObjects(emulator)])
  })

  it.each(TEMPLATES.map((template) => [template.id] as const))('joins to JSON.stringify(toRestFile(), null, 2) for the %s board, a piece per node', async (id) => {
    const { emulator, title } = await templateBoardAsync(id)
    const pieces = [...emulator.toRestTextChunks(title)]
    expect(pieces.join('')).toBe(textOfObjects(emulator, title))
    expect(pieces.length).toBeGreaterThan(emulator.api.currentPage.findAll().length)
  })

  it.each(HAND_MADE_BOARDS)('joins to the same text for a hand-made board: %s', async (_, build) => {
    const emulator = await drawnAsync(build)
    expect(joined(emulator.toRestTextChunks('Hånd'))).toBe(textOfObjects(emulator, 'Hånd'))
  })

  it('joins to the same text for empty and nested containers and plugin data that looks like the children field', async () => {
    const { api, toRestFile, toRestTextChunks } = await readyEmulatorAsync({ manifest: manifestWithId('jb') })
    const b = await BoardBuilder.createAsync(api)
    const outer = b.section('Outer "children": []', { x: 0, y: 0, width: 2000, height: 1200 })
    const frame = b.frame('Frame', { x: 100, y: 100, width: 900, height: 700 }, outer)
    b.frame('Empty frame', { x: 1100, y: 100, width: 300, height: 300 }, outer)
    const inner = b.section('Inner', { x: 1500, y: 100, width: 400, height: 400 }, outer)
    b.section('Empty in inner', { x: 1550, y: 150, width: 100, height: 100 }, inner)
    const sticky = b.sticky('In a frame ✓\nsecond line', { x: 150, y: 150 }, { parent: frame })
    sticky.setPluginData('children', '"children": []')
    outer.setSharedPluginData('research', 'children', '[]\n  "children": []')
    b.section('Empty on the page', { x: 2500, y: 0, width: 300, height: 300 })
    expect(joined(toRestTextChunks('Nested'))).toBe(JSON.stringify(toRestFile('Nested'), null, 2))
  })

  it('joins to the same text for frames and groups nested in sections, hidden and locked nodes, and plugin data that looks like JSON', async () => {
    const { api, toRestFile, toRestTextChunks } = await readyEmulatorAsync({ manifest: manifestWithId('jb') })
    const b = await BoardBuilder.createAsync(api)
    const outer = b.section('Outer', { x: 0, y: 0, width: 2000, height: 1200 })
    const frame = b.frame('Frame', { x: 100, y: 100, width: 900, height: 700 }, outer)
    const empty = b.frame('Empty frame', { x: 1100, y: 100, width: 300, height: 300 }, outer)
    const inFrame = b.sticky('In a frame', { x: 150, y: 150 }, { parent: frame })
    const group = b.group([inFrame, b.sticky('Grouped too', { x: 400, y: 150 }, { parent: frame })], frame)
    group.locked = true
    b.section('Empty section', { x: 1500, y: 100, width: 300, height: 300 }, outer).visible = false
    inFrame.setPluginData('__proto__', '"children": []')
    inFrame.setSharedPluginData('research', 'key', '{\n  "x": [1, 2]\n}')
    empty.setPluginData('quote', '"\\u2028\u2028')
    api.root.setSharedPluginData('research', 'board', '1')
    expect(joined(toRestTextChunks('Nested'))).toBe(JSON.stringify(toRestFile('Nested'), null, 2))
  })

  it('joins to the same text for a board loaded from a REST file with nodes the emulator does not model', async () => {
    const loaded = await loadedWithUnknownNodesAsync()
    expect(joined(loaded.toRestTextChunks())).toBe(textOfObjects(loaded))
  })
})
