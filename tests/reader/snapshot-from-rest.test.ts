import { describe, expect, it } from 'vitest'

import { BoardSnapshotSchema, snapshotFromRestFile } from '../../src/reader'

/** REST JSON as `GET /v1/files/:key?plugin_data=shared` returns it for a small FigJam board. */
const box = (x: number, y: number, width: number, height: number) => ({ x, y, width, height })
const solid = (r: number, g: number, b: number) => ({ type: 'SOLID', blendMode: 'NORMAL', color: { r: r / 255, g: g / 255, b: b / 255, a: 1 } })

const sticky = {
  id: '1:3',
  name: 'item:i1',
  type: 'STICKY',
  absoluteBoundingBox: box(120, 80, 416, 300),
  characters: 'Wide one\nsecond line',
  fills: [{ ...solid(0, 0, 0), visible: false }, solid(0xb3, 0xf4, 0xef)],
  authorVisible: false,
  sharedPluginData: { journeyboard: { role: 'item', itemId: 'i1' }, otherplugin: { secret: 'x' } },
  pluginData: { '123': { mine: 'y' } }
}
const shape = {
  id: '1:4',
  name: 'lane:l1',
  type: 'SHAPE_WITH_TEXT',
  shapeType: 'ROUNDED_RECTANGLE',
  absoluteBoundingBox: box(10, 80, 200, 300),
  characters: 'Thoughts',
  fills: [solid(0xff, 0xe2, 0x99)],
  strokes: [solid(0, 0, 0)],
  strokeWeight: 1
}
const text = { id: '1:5', name: 'note', type: 'TEXT', absoluteBoundingBox: box(130, 400, 80, 20), characters: 'a note', fills: [solid(0x1e, 0x1e, 0x1e)], style: {} }
const unplaced = { id: '1:6', name: 'hidden', type: 'STICKY', absoluteBoundingBox: null, characters: '', fills: [] }
const section = {
  id: '1:2',
  name: 'Plan',
  type: 'SECTION',
  absoluteBoundingBox: box(100, 40, 600, 500),
  fills: [solid(0xf5, 0xfb, 0xff)],
  children: [sticky, text, unplaced]
}
const arrow = {
  id: '1:7',
  name: 'Connector',
  type: 'CONNECTOR',
  absoluteBoundingBox: box(328, 380, 500, 500),
  characters: 'then',
  strokes: [solid(0x75, 0x75, 0x75)],
  connectorStart: { endpointNodeId: '1:3', magnet: 'AUTO' },
  connectorEnd: { position: { x: 828, y: 880 } },
  connectorStartStrokeCap: 'TRIANGLE_ARROW',
  connectorEndStrokeCap: 'LINE_ARROW',
  connectorLineType: 'ELBOWED'
}
const table = {
  id: '1:8',
  name: 'Table',
  type: 'TABLE',
  absoluteBoundingBox: box(900, 0, 200, 100),
  children: [{ id: '1:9', name: '', type: 'TABLE_CELL', characters: 'cell', absoluteBoundingBox: box(900, 0, 100, 50) }]
}

const file = {
  name: 'Workshop',
  role: 'owner',
  lastModified: '2025-01-01T00:00:00Z',
  editorType: 'figjam',
  version: '1',
  document: { id: '0:0', name: 'Document', type: 'DOCUMENT', children: [{ id: '0:1', name: 'Page 1', type: 'CANVAS', children: [section, shape, arrow, table] }] }
}

describe('snapshotFromRestFile', () => {
  it('flattens the first page: absolute boxes, flat characters, first visible solid fill, wide stickies, journeyboard data only', () => {
    const result = snapshotFromRestFile(file)
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(BoardSnapshotSchema.parse(result.value)).toEqual(result.value)
    expect(result.value.nodes).toEqual([
      { id: '1:2', type: 'SECTION', name: 'Plan', parentId: null, box: box(100, 40, 600, 500), fill: '#F5FBFF', data: {} },
      {
        id: '1:3',
        type: 'STICKY',
        name: '',
        parentId: '1:2',
        box: box(120, 80, 416, 300),
        text: 'Wide one\nsecond line',
        fill: '#B3F4EF',
        wide: true,
        data: { role: 'item', itemId: 'i1' }
      },
      { id: '1:5', type: 'TEXT', name: '', parentId: '1:2', box: box(130, 400, 80, 20), text: 'a note', fill: '#1E1E1E', data: {} },
      {
        id: '1:4',
        type: 'SHAPE_WITH_TEXT',
        name: '',
        parentId: null,
        box: box(10, 80, 200, 300),
        text: 'Thoughts',
        fill: '#FFE299',
        shapeType: 'ROUNDED_RECTANGLE',
        data: {}
      },
      {
        id: '1:7',
        type: 'CONNECTOR',
        name: '',
        parentId: null,
        box: box(328, 380, 500, 500),
        text: 'then',
        stroke: '#757575',
        start: { nodeId: '1:3', magnet: 'AUTO' },
        end: { position: { x: 828, y: 880 } },
        // REST's names, as the Plugin API spells them.
        startCap: 'ARROW_EQUILATERAL',
        endCap: 'ARROW_LINES',
        lineType: 'ELBOWED',
        data: {}
      },
      // A table's cells follow it, with their boxes and text (the grid is worked out from the boxes).
      { id: '1:8', type: 'TABLE', name: 'Table', parentId: null, box: box(900, 0, 200, 100), data: {} },
      { id: '1:9', type: 'TABLE_CELL', name: '', parentId: '1:8', box: box(900, 0, 100, 50), text: 'cell', data: {} }
    ])
  })

  it('reads one section by name or id, with the page-level connectors attached to it', () => {
    for (const wanted of ['Plan', '1:2']) {
      const result = snapshotFromRestFile(file, { section: wanted })
      if (!result.ok) throw new Error(JSON.stringify(result.problems))
      expect(result.value.nodes.map((n) => [n.id, n.parentId])).toEqual([
        ['1:2', null],
        ['1:3', '1:2'],
        ['1:5', '1:2'],
        ['1:7', null]
      ])
    }
    expect(snapshotFromRestFile(file, { section: 'Missing' })).toEqual({
      ok: false,
      problems: [{ path: 'section', message: 'the file has no section named or with id "Missing"' }]
    })
  })

  it('reads a GET /v1/files/:key/nodes response, each node with its subtree', () => {
    const result = snapshotFromRestFile({ name: 'Workshop', nodes: { '1:2': { document: section, components: {} }, '5:5': null } })
    if (!result.ok) throw new Error(JSON.stringify(result.problems))
    expect(result.value.nodes.map((n) => n.id)).toEqual(['1:2', '1:3', '1:5'])
  })

  it('names the path of what is wrong with JSON that is not a REST file', () => {
    expect(snapshotFromRestFile({ hello: 'world' }).ok).toBe(false)
    const broken = { document: { type: 'DOCUMENT', children: [{ type: 'CANVAS', children: [{ ...section, children: [{ ...sticky, id: '' }] }] }] } }
    expect(snapshotFromRestFile(broken)).toEqual({
      ok: false,
      problems: [{ path: 'document.children[0].children[0].children[0].id', message: expect.stringContaining('empty'), code: 'not-empty', params: {} }]
    })
  })
})
