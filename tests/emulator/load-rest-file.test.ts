import { describe, expect, it } from 'vitest'

import { loadRestFile, RestFileError } from '../../src/emulator'

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
  })

  it('keeps unknown node kinds, unknown shapes and nested sections as generic nodes a reader can skip', () => {
    const table = { id: '2:1', type: 'TABLE', name: 'Table', absoluteBoundingBox: box(0, 0, 300, 100), children: [{ id: '2:2', type: 'TABLE_CELL' }] }
    const cloud = { id: '2:3', type: 'SHAPE_WITH_TEXT', name: 'Cloud', shapeType: 'CLOUD', characters: 'x', fills: [], absoluteBoundingBox: box(0, 200, 50, 50) }
    const nested = { id: '2:5', type: 'SECTION', name: 'Inner', absoluteBoundingBox: box(10, 10, 20, 20), fills: [], children: [] }
    const outer = { id: '2:4', type: 'SECTION', name: 'Outer', absoluteBoundingBox: box(0, 400, 100, 100), fills: [], children: [nested] }
    const emulator = loadRestFile(file([table, cloud, outer, { id: '2:6', type: 'WIDGET', name: 'W', absoluteBoundingBox: null }]))
    const [t, c, o, w] = emulator.api.currentPage.children
    expect([t!.type, c!.type, o!.type, w!.type]).toEqual(['TABLE', 'SHAPE_WITH_TEXT', 'SECTION', 'WIDGET'])
    expect('shapeType' in c!).toBe(false)
    expect('text' in c!).toBe(false)
    const inner = (o as SectionNode).children[0]!
    expect(inner.type).toBe('SECTION')
    expect('children' in inner).toBe(false)
    expect(emulator.api.createSticky().id).toBe('1:2')
    const [dTable, dCloud, dOuter, dWidget] = emulator.toRestFile().document.children[0]!.children
    expect([dTable, dCloud, dWidget]).toEqual([table, cloud, { id: '2:6', type: 'WIDGET', name: 'W', absoluteBoundingBox: null }])
    expect((dOuter as { children: unknown[] }).children).toEqual([nested])
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
