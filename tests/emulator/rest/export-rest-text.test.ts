import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator, loadRestFile, type RestFile, type RestSceneNode } from '../../../src/emulator'
import { validateJourney } from '../../../src/model'
import { generateBoardAsync } from '../../../src/plugin-api/generate-board'
import { TEMPLATES } from '../../../src/templates'
import { buildGroupedStickiesBoardAsync, buildTableBoardAsync } from '../../fixtures/hand-drawn-layouts'
import { BoardBuilder, buildDanishBoardAsync, buildOddBoardAsync } from '../../fixtures/hand-made-boards'
import { readyEmulatorAsync } from '../emulator-fixtures'

/** What the command line wrote before toRestText: the whole file's objects, then their text. */
function textOfObjects(emulator: FigJamEmulator, name?: string): string {
  return JSON.stringify(emulator.toRestFile(name), null, 2)
}

async function drawnAsync(build: (api: PluginAPI) => Promise<unknown>): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  await build(emulator.api)
  return emulator
}

describe('toRestText', () => {
  it('is the text of an empty file, with its name or the default one', () => {
    const emulator = createFigJamEmulator()
    expect(emulator.toRestText('Journey')).toBe(textOfObjects(emulator, 'Journey'))
    expect(emulator.toRestText()).toBe(textOfObjects(emulator))
  })

  it.each(TEMPLATES.map((template) => [template.id] as const))('is JSON.stringify(toRestFile(), null, 2) for the %s board as Generate draws it', async (id) => {
    const template = TEMPLATES.find((candidate) => candidate.id === id)!
    const journey = validateJourney(template.journey('en'))
    if (!journey.ok) throw new Error(journey.problems[0]?.message)
    const emulator = createFigJamEmulator()
    await generateBoardAsync(emulator.api, journey.value, { yieldAsync: async () => undefined })
    expect(emulator.toRestText(journey.value.title)).toBe(textOfObjects(emulator, journey.value.title))
  })

  it.each([
    ['sections in sections, a loose text, free and looping connectors', buildOddBoardAsync],
    ['groups inside groups, a turned sticky', buildGroupedStickiesBoardAsync],
    ['a table', buildTableBoardAsync],
    ['Danish text', buildDanishBoardAsync]
  ] as const)('is the same text for a hand-made board: %s', async (_, build) => {
    const emulator = await drawnAsync(build)
    expect(emulator.toRestText()).toBe(textOfObjects(emulator))
  })

  it('is the same text for frames and groups nested in sections, hidden and locked nodes, and plugin data that looks like JSON', async () => {
    const { api, toRestFile, toRestText } = await readyEmulatorAsync({ pluginId: 'jb' })
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
    expect(toRestText('Nested')).toBe(JSON.stringify(toRestFile('Nested'), null, 2))
  })

  it('is the same text for a board loaded from a REST file with nodes the emulator does not model', async () => {
    const drawn = await drawnAsync(buildOddBoardAsync)
    const file = JSON.parse(textOfObjects(drawn)) as RestFile
    const page = file.document.children[0]!
    const box = { absoluteBoundingBox: { x: 2100, y: 200, width: 300, height: 200 }, absoluteRenderBounds: { x: 2100, y: 200, width: 300, height: 200 } }
    page.children.push({ id: '9:1', name: 'Voting', type: 'WIDGET', ...box })
    const section = page.children.find((node) => node.type === 'SECTION') as { children: RestSceneNode[] }
    section.children.push({ id: '9:4', name: 'Thumbs up', type: 'STAMP', ...box })
    const loaded = loadRestFile(file)
    expect(loaded.toRestText()).toBe(textOfObjects(loaded))
  })
})
