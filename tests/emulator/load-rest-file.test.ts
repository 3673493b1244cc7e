import { describe, expect, it } from 'vitest'

import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { createFigJamEmulator, loadRestFile, RestFileError } from '../../src/emulator'
import { validateJourney } from '../../src/model'
import { carRentalTemplate } from '../../src/templates'

const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height })
const yellow = [{ type: 'SOLID', blendMode: 'NORMAL', color: { r: 1, g: 0.89, b: 0.6, a: 1 } }]

function file(children: unknown[]) {
  return {
    name: 'Board',
    editorType: 'figjam',
    document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children }] }
  }
}

const sectionWithSticky = {
  id: '4:10',
  type: 'SECTION',
  name: 'Stage',
  absoluteBoundingBox: box(1000, 500, 800, 600),
  fills: [],
  children: [
    {
      id: '4:11',
      type: 'STICKY',
      name: 'Note',
      absoluteBoundingBox: box(1040, 560, 416, 300),
      characters: 'A wide note',
      fills: yellow,
      pluginData: { journeyboard: { item: 'i1' }, otherplugin: { x: '1' } },
      sharedPluginData: { journeyboard: { key: 'i1' } }
    }
  ]
}

describe('loadRestFile', () => {
  it('rebuilds nodes with their ids, parent-relative positions, text and plugin data', async () => {
    const { api } = loadRestFile(file([sectionWithSticky]))
    const [section] = api.currentPage.children as SectionNode[]
    expect(section).toMatchObject({ id: '4:10', type: 'SECTION', name: 'Stage', x: 1000, y: 500, width: 800, height: 600 })
    const sticky = section!.children[0] as StickyNode
    expect(sticky).toMatchObject({ id: '4:11', x: 40, y: 60, width: 416, height: 300, isWideWidth: true })
    expect(sticky.text.characters).toBe('A wide note')
    expect(sticky.getPluginData('item')).toBe('i1')
    expect(sticky.getSharedPluginData('journeyboard', 'key')).toBe('i1')
    expect(await api.getNodeByIdAsync('4:11')).toBe(sticky)
  })

  it('keeps other plugins\' data in the REST dump without showing it to this plugin', () => {
    const emulator = loadRestFile(file([sectionWithSticky]))
    const sticky = (emulator.api.currentPage.children[0] as SectionNode).children[0]!
    expect(sticky.getPluginDataKeys()).toEqual(['item'])
    const dumped = (emulator.toRestFile().document.children[0]!.children[0] as { children: { pluginData: unknown }[] }).children[0]
    expect(dumped!.pluginData).toEqual({ journeyboard: { item: 'i1' }, otherplugin: { x: '1' } })
  })

  it('maps connector ends and REST cap names back', () => {
    const { api } = loadRestFile(
      file([
        { id: '1:2', type: 'STICKY', name: '', absoluteBoundingBox: box(0, 0, 240, 240), characters: '', fills: [] },
        {
          id: '1:3',
          type: 'CONNECTOR',
          name: 'Edge',
          absoluteBoundingBox: box(240, 120, 100, 0),
          characters: 'next',
          connectorStart: { endpointNodeId: '1:2', magnet: 'RIGHT' },
          connectorEnd: { position: { x: 340, y: 120 } },
          connectorStartStrokeCap: 'TRIANGLE_ARROW',
          connectorEndStrokeCap: 'LINE_ARROW',
          connectorLineType: 'STRAIGHT',
          strokes: []
        }
      ])
    )
    const connector = api.currentPage.children[1] as ConnectorNode
    expect(connector.connectorStart).toEqual({ endpointNodeId: '1:2', magnet: 'RIGHT' })
    expect(connector.connectorEnd).toEqual({ position: { x: 340, y: 120 } })
    expect([connector.connectorStartStrokeCap, connector.connectorEndStrokeCap]).toEqual(['ARROW_EQUILATERAL', 'ARROW_LINES'])
    expect(connector.text.characters).toBe('next')
    expect(connector.text.fontName).toEqual({ family: 'Inter', style: 'Medium' })
    expect((api.currentPage.children[0] as StickyNode).attachedConnectors).toEqual([connector])
    // An end the file attached is freed like one the plugin attached, where its node was.
    api.currentPage.children[0]!.remove()
    expect(connector.connectorStart).toEqual({ position: { x: 240, y: 120 } })
  })

  it('keeps unknown node kinds and unknown shapes as generic nodes a reader can skip', () => {
    const table = { id: '2:1', type: 'TABLE', name: 'Table', absoluteBoundingBox: box(0, 0, 300, 100), children: [{ id: '2:2', type: 'TABLE_CELL' }] }
    const cloud = { id: '2:3', type: 'SHAPE_WITH_TEXT', name: 'Cloud', shapeType: 'CLOUD', characters: 'x', fills: [], absoluteBoundingBox: box(0, 200, 50, 50) }
    const stamp = { id: '2:5', type: 'STAMP', name: 'Thumbs up', absoluteBoundingBox: box(10, 410, 20, 20) }
    const outer = { id: '2:4', type: 'SECTION', name: 'Outer', absoluteBoundingBox: box(0, 400, 100, 100), fills: [], children: [stamp] }
    const emulator = loadRestFile(file([table, cloud, outer, { id: '2:6', type: 'WIDGET', name: 'W', absoluteBoundingBox: null }]))
    const [t, c, o, w] = emulator.api.currentPage.children
    expect([t!.type, c!.type, o!.type, w!.type]).toEqual(['TABLE', 'SHAPE_WITH_TEXT', 'SECTION', 'WIDGET'])
    expect('shapeType' in c!).toBe(false)
    expect('text' in c!).toBe(false)
    const inner = (o as SectionNode).children[0]!
    expect(inner).toMatchObject({ id: '2:5', type: 'STAMP', x: 10, y: 10 })
    expect('children' in inner).toBe(false)
    expect(emulator.api.createSticky().id).toBe('1:2')
    const [dTable, dCloud, dOuter, dWidget] = emulator.toRestFile().document.children[0]!.children
    expect([dTable, dCloud, dWidget]).toEqual([table, cloud, { id: '2:6', type: 'WIDGET', name: 'W', absoluteBoundingBox: null }])
    expect((dOuter as { children: unknown[] }).children).toEqual([stamp])
  })

  it('gives a group the box of its members that have one, a kept node without a box adding nothing', () => {
    const note = { id: '3:2', type: 'STICKY', name: 'Note', absoluteBoundingBox: box(40, 60, 240, 240), characters: 'x', fills: yellow }
    const widget = { id: '3:3', type: 'WIDGET', name: 'W', absoluteBoundingBox: null }
    const group = { id: '3:1', type: 'GROUP', name: 'Group', absoluteBoundingBox: box(40, 60, 240, 240), children: [note, widget] }
    const [exported] = loadRestFile(file([group])).toRestFile().document.children[0]!.children
    expect(exported).toMatchObject({ id: '3:1', type: 'GROUP', absoluteBoundingBox: box(40, 60, 240, 240), absoluteRenderBounds: box(40, 60, 240, 240) })
    expect((exported as { children: { id: string }[] }).children.map((child) => child.id)).toEqual(['3:2', '3:3'])
  })

  it('rebuilds sections inside sections as sections, at any depth, with their children', async () => {
    const sticky = {
      id: '3:4',
      type: 'STICKY',
      name: 'Deep',
      absoluteBoundingBox: box(175, 330, 240, 240),
      characters: 'three levels down',
      fills: yellow,
      pluginData: { journeyboard: { item: 'deep' } }
    }
    const innermost = {
      id: '3:3',
      type: 'SECTION',
      name: 'Innermost',
      absoluteBoundingBox: box(150, 300, 400, 400),
      fills: yellow,
      pluginData: { journeyboard: { level: '3' } },
      children: [sticky]
    }
    const middle = { id: '3:2', type: 'SECTION', name: 'Middle', absoluteBoundingBox: box(100, 250, 600, 600), fills: [], children: [innermost] }
    const outer = { id: '3:1', type: 'SECTION', name: 'Outer', absoluteBoundingBox: box(0, 200, 900, 900), fills: [], children: [middle] }
    const { api } = loadRestFile(file([outer]))

    const o = api.currentPage.children[0] as SectionNode
    const m = o.children[0] as SectionNode
    const i = m.children[0] as SectionNode
    expect(m).toMatchObject({ id: '3:2', type: 'SECTION', name: 'Middle', x: 100, y: 50, width: 600, height: 600 })
    expect(i).toMatchObject({ id: '3:3', type: 'SECTION', x: 50, y: 50, width: 400, height: 400 })
    expect(i.fills).toEqual([{ type: 'SOLID', color: { r: 1, g: 0.89, b: 0.6 }, opacity: 1, visible: true, blendMode: 'NORMAL' }])
    expect(i.getPluginData('level')).toBe('3')
    const s = i.children[0] as StickyNode
    expect(s).toMatchObject({ id: '3:4', type: 'STICKY', x: 25, y: 30, absoluteTransform: [[1, 0, 175], [0, 1, 330]] })
    expect(s.text.characters).toBe('three levels down')
    expect(s.parent).toBe(i)
    expect(await api.getNodeByIdAsync('3:3')).toBe(i)
    expect(o.findAll((node) => node.type === 'STICKY')).toEqual([s])
    expect(api.currentPage.findAllWithCriteria({ types: ['SECTION'] }).map((node) => node.id)).toEqual(['3:1', '3:2', '3:3'])

    // Live edits: moving the middle section carries the sticky; appending to a nested section works.
    m.x = 200
    expect(s.absoluteBoundingBox).toMatchObject({ x: 275, y: 330 })
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const added = api.createSticky()
    i.appendChild(added)
    expect(added.parent).toBe(i)
  })

  it('moves a generic node\'s nested boxes along with it', () => {
    const table = {
      id: '2:1',
      type: 'TABLE',
      name: 'Table',
      absoluteBoundingBox: box(0, 0, 300, 100),
      children: [{ id: '2:2', type: 'TABLE_CELL', absoluteBoundingBox: box(0, 0, 150, 50) }]
    }
    const emulator = loadRestFile(file([table]))
    emulator.api.currentPage.children[0]!.x = 100
    const dumped = emulator.toRestFile().document.children[0]!.children[0] as typeof table
    expect(dumped.absoluteBoundingBox).toEqual(box(100, 0, 300, 100))
    expect(dumped.children[0]!.absoluteBoundingBox).toEqual(box(100, 0, 150, 50))
  })

  it('continues ids after the highest one in the file, also past ids nested in generic nodes', () => {
    const sticky = { id: '1:40', type: 'STICKY', name: '', absoluteBoundingBox: box(0, 0, 240, 240), characters: '', fills: [] }
    const table = { id: '1:41', type: 'TABLE', name: '', absoluteBoundingBox: box(0, 0, 1, 1), children: [{ id: '1:45', type: 'TABLE_CELL' }] }
    const { api } = loadRestFile(file([sticky, table]))
    expect(api.createSticky().id).toBe('1:46')
  })

  it('continues ids past those inside nested sections', () => {
    const sticky = { id: '1:90', type: 'STICKY', name: '', absoluteBoundingBox: box(0, 0, 240, 240), characters: '', fills: [] }
    const inner = { id: '1:3', type: 'SECTION', name: '', absoluteBoundingBox: box(0, 0, 300, 300), fills: [], children: [sticky] }
    const outer = { id: '1:2', type: 'SECTION', name: '', absoluteBoundingBox: box(0, 0, 400, 400), fills: [], children: [inner] }
    const { api } = loadRestFile(file([outer]))
    expect(api.createSection().id).toBe('1:91')
  })

  it('never hands out a loaded id, even when the file holds ids too large to count past', () => {
    // 2^53 - 1 and 2^53 + 1: counting past the first overflows, the second cannot be counted past at all.
    const ids = ['1:9007199254740991', '1:9007199254740993', '1:2', '1:3']
    const stickies = ids.map((id) => ({ id, type: 'STICKY', name: '', absoluteBoundingBox: box(0, 0, 240, 240), characters: '', fills: [] }))
    const { api } = loadRestFile(file(stickies))
    const fresh = Array.from({ length: 5 }, () => api.createSticky().id)
    expect(new Set(fresh).size).toBe(fresh.length)
    for (const id of fresh) expect(ids).not.toContain(id)
  })

  it('names the path of every problem in a malformed file', () => {
    const bad = file([
      { id: '1:2', type: 'STICKY', name: '', absoluteBoundingBox: box(0, 0, 240, 240), characters: 7, fills: [] },
      { id: '1:3', type: 'SECTION', absoluteBoundingBox: box(0, 0, 10, 10), children: [{ id: '1:4', type: 'STICKY', absoluteBoundingBox: box(0, 0, 1, 1), characters: '', fills: [{ type: 'SOLID', color: { r: 255, g: 0, b: 0 } }] }] },
      { id: '1:2', type: 'WIDGET', absoluteBoundingBox: null }
    ])
    let error: unknown
    try {
      loadRestFile(bad)
    } catch (caught) {
      error = caught
    }
    expect(error).toBeInstanceOf(RestFileError)
    const paths = (error as RestFileError).problems.map((p) => p.path)
    expect(paths).toEqual([
      'document.children[0].children[0].characters',
      'document.children[0].children[1].children[0].fills[0].color.r',
      'document.children[0].children[2].id'
    ])
    expect((error as Error).message).toContain('document.children[0].children[0].characters: must be text, got a number')
    expect((error as Error).message).toContain('duplicate node id "1:2"')
  })

  it('rejects files that are not FigJam REST documents', () => {
    expect(() => loadRestFile(null)).toThrow(RestFileError)
    expect(() => loadRestFile({ document: { id: '0:0', type: 'DOCUMENT', children: [] } })).toThrow('document.children: must hold at least one page')
    expect(() => loadRestFile({ ...file([]), editorType: 'figma' })).toThrow('editorType: must be one of "figjam", got "figma"')
    expect(() => loadRestFile({ name: 'x' })).toThrow(/document: is required/)
  })
})

describe('loadRestFile on an exported generated board', () => {
  async function exportedBoardAsync() {
    const validated = validateJourney(carRentalTemplate.journey('en'))
    if (!validated.ok) throw new Error(JSON.stringify(validated.problems))
    const journey = validated.value
    const emulator = createFigJamEmulator()
    const summary = await generateBoardAsync(emulator.api, journey)
    return { journey, summary, exported: emulator.toRestFile() }
  }

  it('reads back exactly the journey the board was drawn from, and exports the same file again', async () => {
    const { journey, summary, exported } = await exportedBoardAsync()
    const reloaded = loadRestFile(JSON.parse(JSON.stringify(exported)))

    // The stage sections sit inside the board section; their stickies must be real stickies.
    const board = reloaded.api.currentPage.children.find((node) => node.id === summary.boardId) as SectionNode
    expect(board.type).toBe('SECTION')
    expect(board.children.some((child) => child.type === 'SECTION')).toBe(true)
    expect(reloaded.api.currentPage.findAllWithCriteria({ types: ['STICKY'] })).toHaveLength(summary.counts.stickies)

    const reading = await readBoardAsync(reloaded.api, 'page')
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems))
    expect(reading.value.journey).toEqual(journey)
    expect(reading.value.warnings).toEqual([])
    expect(reloaded.toRestFile()).toEqual(exported)
  })

  it('gives each shape the text colour FigJam sets with its preset fill, which REST does not carry', async () => {
    const { exported } = await exportedBoardAsync()
    const reloaded = loadRestFile(JSON.parse(JSON.stringify(exported)))
    const shapes = reloaded.api.currentPage.findAllWithCriteria({ types: ['SHAPE_WITH_TEXT'] })
    const white = shapes.filter((shape) => (shape.text.fills as readonly SolidPaint[])[0]?.color.r === 1)
    // Saturated presets (green dots, red diamonds, the blueprint line) take white text, light ones charcoal.
    expect(white.length).toBeGreaterThan(0)
    expect(white.length).toBeLessThan(shapes.length)
    expect(reloaded.offPaletteColours()).toEqual([])
  })

  it('keeps working live: a second board drawn beside it gets fresh ids and reads back too', async () => {
    const { journey, exported } = await exportedBoardAsync()
    const reloaded = loadRestFile(exported)
    const loadedIds = new Set(reloaded.api.currentPage.findAll().map((node) => node.id))

    const second = await generateBoardAsync(reloaded.api, journey)
    const all = reloaded.api.currentPage.findAll().map((node) => node.id)
    expect(new Set(all).size).toBe(all.length)
    expect(loadedIds.has(second.boardId)).toBe(false)

    const reading = await readBoardAsync(reloaded.api, { nodeId: second.boardId })
    if (!reading.ok) throw new Error(JSON.stringify(reading.problems))
    expect(reading.value.journey).toEqual(journey)
  })
})
