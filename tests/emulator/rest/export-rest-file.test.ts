import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type RestConnectorNode, type RestSectionNode, type RestStickyNode } from '../../../src/emulator'
import { manifestWithId, readyEmulatorAsync } from '../emulator-fixtures'

describe('toRestFile', () => {
  it('has the GET /v1/files/:key outer shape', () => {
    const emulator = createFigJamEmulator()
    expect(emulator.toRestFile('Journey')).toEqual({
      name: 'Journey',
      editorType: 'figjam',
      document: { id: '0:0', type: 'DOCUMENT', name: 'Document', children: [{ id: '0:1', type: 'CANVAS', name: 'Page 1', children: [] }] }
    })
    expect(emulator.toRestFile().name).toBe('Untitled')
  })

  it('writes absolute boxes, flat characters, paints with alpha and plugin data by plugin id and namespace', async () => {
    const { api, toRestFile } = await readyEmulatorAsync({ manifest: manifestWithId('jb') })
    const section = api.createSection()
    section.x = 100
    section.y = 50
    section.resize(600, 400)
    section.name = 'Awareness'
    const sticky = api.createSticky()
    section.appendChild(sticky)
    sticky.x = 20
    sticky.y = 30
    sticky.text.characters = 'Sees an ad'
    sticky.fills = [{ type: 'SOLID', color: { r: 1, g: 0.5, b: 0 }, opacity: 0.5 }]
    sticky.authorVisible = false
    sticky.setPluginData('item', '{"id":"i1"}')
    sticky.setSharedPluginData('journeyboard', 'key', 'i1')

    const [restSection] = toRestFile().document.children[0]!.children as RestSectionNode[]
    expect(restSection).toMatchObject({
      id: section.id,
      type: 'SECTION',
      name: 'Awareness',
      absoluteBoundingBox: { x: 100, y: 50, width: 600, height: 400 },
      sectionContentsHidden: false
    })
    expect(restSection!.children[0]).toEqual({
      id: sticky.id,
      name: 'Sticky',
      type: 'STICKY',
      absoluteBoundingBox: { x: 120, y: 80, width: 240, height: 240 },
      absoluteRenderBounds: { x: 120, y: 80, width: 240, height: 240 },
      characters: 'Sees an ad',
      fills: [{ type: 'SOLID', blendMode: 'NORMAL', color: { r: 1, g: 0.5, b: 0, a: 1 }, opacity: 0.5 }],
      authorVisible: false,
      pluginData: { jb: { item: '{"id":"i1"}' } },
      sharedPluginData: { journeyboard: { key: 'i1' } }
    } satisfies RestStickyNode)
  })

  it('writes every plugin data key as a field of its own, in the order set, "__proto__" and "constructor" too', () => {
    const { api, toRestFile } = createFigJamEmulator({ manifest: manifestWithId('jb') })
    const sticky = api.createSticky()
    sticky.setPluginData('__proto__', 'own')
    sticky.setPluginData('b', '1')
    sticky.setSharedPluginData('journeyboard', 'constructor', 'shared')
    sticky.setSharedPluginData('journeyboard', '__proto__', 'also shared')

    const [node] = toRestFile().document.children[0]!.children as RestStickyNode[]
    const own = node!.pluginData!.jb!
    const shared = node!.sharedPluginData!.journeyboard!
    expect(Object.keys(own)).toEqual(['__proto__', 'b'])
    expect(Object.getOwnPropertyDescriptor(own, '__proto__')?.value).toBe('own')
    expect(Object.getPrototypeOf(own)).toBe(Object.prototype)
    expect(Object.keys(shared)).toEqual(['constructor', '__proto__'])
    expect(JSON.parse(JSON.stringify(node)).sharedPluginData).toEqual({ journeyboard: JSON.parse('{"constructor":"shared","__proto__":"also shared"}') })
  })

  it('writes connector ends and caps with their REST names', () => {
    const { api, toRestFile } = createFigJamEmulator()
    const a = api.createSticky()
    const b = api.createShapeWithText()
    b.x = 500
    const connector = api.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'NONE' }
    connector.connectorEnd = { endpointNodeId: b.id, magnet: 'LEFT' }
    connector.connectorStartStrokeCap = 'ARROW_EQUILATERAL'
    connector.connectorEndStrokeCap = 'ARROW_LINES'
    const free = api.createConnector()
    free.connectorStartStrokeCap = 'ERD_MANY'
    free.connectorEndStrokeCap = 'DIAMOND_FILLED'
    free.dashPattern = [2, 3]

    const nodes = toRestFile().document.children[0]!.children
    const [restConnector, restFree] = nodes.filter((n) => n.type === 'CONNECTOR') as RestConnectorNode[]
    expect(restConnector).toMatchObject({
      connectorStart: { endpointNodeId: a.id },
      connectorEnd: { endpointNodeId: b.id, magnet: 'LEFT' },
      connectorStartStrokeCap: 'TRIANGLE_ARROW',
      connectorEndStrokeCap: 'LINE_ARROW',
      connectorLineType: 'ELBOWED',
      characters: ''
    })
    expect(restConnector!.connectorStart).not.toHaveProperty('magnet')
    expect(restFree).toMatchObject({
      connectorStart: { position: { x: 0, y: 0 } },
      connectorEnd: { position: { x: 200, y: 0 } },
      connectorStartStrokeCap: 'NONE',
      connectorEndStrokeCap: 'DIAMOND_FILLED',
      strokeDashes: [2, 3]
    })
  })

  it('writes shapes and text nodes with their own fields', async () => {
    const { api, toRestFile } = await readyEmulatorAsync()
    const shape = api.createShapeWithText()
    shape.shapeType = 'DIAMOND'
    shape.text.characters = 'Decide'
    const text = api.createText()
    await api.loadFontAsync({ family: 'Inter', style: 'Bold' })
    text.fontName = { family: 'Inter', style: 'Bold' }
    text.characters = 'Title'
    const [restShape, restText] = toRestFile().document.children[0]!.children
    expect(restShape).toMatchObject({ type: 'SHAPE_WITH_TEXT', shapeType: 'DIAMOND', characters: 'Decide', strokeWeight: 1 })
    expect(restText).toMatchObject({
      type: 'TEXT',
      name: 'Title',
      characters: 'Title',
      style: { fontFamily: 'Inter', fontStyle: 'Bold', fontWeight: 700, fontSize: 12, textAutoResize: 'WIDTH_AND_HEIGHT' }
    })
  })

  it('leaves out visible and locked unless they differ from the defaults', () => {
    const { api, toRestFile } = createFigJamEmulator()
    const hidden = api.createSticky()
    hidden.visible = false
    hidden.locked = true
    const shown = api.createSticky()
    const [restHidden, restShown] = toRestFile().document.children[0]!.children
    expect(restHidden).toMatchObject({ visible: false, locked: true })
    expect(restShown).not.toHaveProperty('visible')
    expect(restShown).not.toHaveProperty('locked')
    expect(shown.visible).toBe(true)
  })
})
