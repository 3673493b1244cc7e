import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { magnetFits } from '../../../src/plugin-api/connector-magnet'
import { loadRestFile, type FigJamEmulator } from '../../../src/emulator'
import { INTER_MEDIUM, readyEmulatorAsync } from '../emulator-fixtures'
import { propertyRuns } from '../../support/property-runs'

/** Half-pixel coordinates stay exact through absolute/relative conversion. */
const coordinate = fc.integer({ min: -4000, max: 4000 }).map((n) => n / 2)
const size = fc.integer({ min: 1, max: 4000 }).map((n) => n / 2)
const channel = fc.integer({ min: 0, max: 255 }).map((n) => n / 255)
const color = fc.record({ r: channel, g: channel, b: channel })
const text = fc.string({ maxLength: 80 })
const entries = fc.dictionary(fc.string({ minLength: 1, maxLength: 8 }), fc.string({ minLength: 1, maxLength: 20 }), { maxKeys: 2 })
const namespace = fc.constantFrom('journeyboard', 'abc', 'Team42')
/** Caps both APIs can name; ERD caps have no REST name. */
const cap = fc.constantFrom<ConnectorStrokeCap>('NONE', 'ARROW_LINES', 'ARROW_EQUILATERAL', 'TRIANGLE_FILLED', 'DIAMOND_FILLED', 'CIRCLE_FILLED')
const magnet = fc.constantFrom<ConnectorEndpointEndpointNodeIdAndMagnet['magnet']>('NONE', 'AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'CENTER')

/** Generated boards nest stage sections in the board section; three levels covers that and one more. */
const MAX_SECTION_DEPTH = 3
const MAX_SECTIONS = 5

/** `back`: nest in the section made that many sections earlier (0: on the page), up to MAX_SECTION_DEPTH levels. */
const sectionSpec = fc.record({
  back: fc.integer({ min: 0, max: 2 }),
  x: coordinate,
  y: coordinate,
  width: size,
  height: size,
  name: text,
  fill: color,
  data: entries
})
const itemSpec = fc.record({
  kind: fc.constantFrom('sticky', 'shape', 'text'),
  parent: fc.integer({ min: -1, max: MAX_SECTIONS - 1 }),
  x: coordinate,
  y: coordinate,
  characters: text,
  wide: fc.boolean(),
  shapeType: fc.constantFrom<ShapeWithTextNode['shapeType']>('SQUARE', 'ROUNDED_RECTANGLE', 'DIAMOND', 'ELLIPSE'),
  width: size,
  height: size,
  fill: color,
  data: entries,
  shared: fc.option(fc.tuple(namespace, entries), { nil: undefined })
})
const endSpec = fc.oneof(
  fc.record({ kind: fc.constant('magnet' as const), item: fc.nat(), magnet }),
  // [G] create-connector: a position given with a node is relative to it, 0-1.
  fc.record({ kind: fc.constant('relative' as const), item: fc.nat(), x: fc.double({ min: 0, max: 1, noNaN: true }), y: fc.double({ min: 0, max: 1, noNaN: true }) }),
  fc.record({ kind: fc.constant('free' as const), x: coordinate, y: coordinate })
)
const connectorSpec = fc.record({
  parent: fc.integer({ min: -1, max: MAX_SECTIONS - 1 }),
  start: endSpec,
  end: endSpec,
  startCap: cap,
  endCap: cap,
  lineType: fc.constantFrom<ConnectorNode['connectorLineType']>('ELBOWED', 'STRAIGHT', 'CURVED'),
  label: text,
  stroke: color,
  dashes: fc.array(fc.integer({ min: 0, max: 20 }), { maxLength: 2 }),
  data: entries
})
const boardSpec = fc.record({
  sections: fc.array(sectionSpec, { maxLength: MAX_SECTIONS }),
  items: fc.array(itemSpec, { maxLength: 8 }),
  connectors: fc.array(connectorSpec, { maxLength: 5 })
})

type BoardSpec = typeof boardSpec extends fc.Arbitrary<infer T> ? T : never

function setData(node: BaseNode, data: Record<string, string>): void {
  for (const [key, value] of Object.entries(data)) node.setPluginData(key, value)
}

/** Builds the board through the plugin API, as the plugin would. */
async function buildBoardAsync(spec: BoardSpec): Promise<FigJamEmulator> {
  const emulator = await readyEmulatorAsync()
  const { api } = emulator
  const sections: SectionNode[] = []
  const depths: number[] = []
  for (const s of spec.sections) {
    const section = api.createSection()
    const parentIndex = s.back === 0 ? -1 : sections.length - s.back
    const parent = sections[parentIndex]
    const depth = parent === undefined ? 1 : depths[parentIndex]! + 1
    if (parent !== undefined && depth <= MAX_SECTION_DEPTH) parent.appendChild(section)
    depths.push(depth <= MAX_SECTION_DEPTH ? depth : 1)
    section.x = s.x
    section.y = s.y
    section.resizeWithoutConstraints(s.width, s.height)
    section.name = s.name
    section.fills = [{ type: 'SOLID', color: s.fill }]
    setData(section, s.data)
    sections.push(section)
  }
  const items: SceneNode[] = spec.items.map((s) => {
    let node: StickyNode | ShapeWithTextNode | TextNode
    if (s.kind === 'sticky') {
      const sticky = api.createSticky()
      sticky.isWideWidth = s.wide
      sticky.text.characters = s.characters
      sticky.fills = [{ type: 'SOLID', color: s.fill }]
      node = sticky
    } else if (s.kind === 'shape') {
      const shape = api.createShapeWithText()
      shape.shapeType = s.shapeType
      shape.resize(s.width, s.height)
      shape.text.characters = s.characters
      shape.fills = [{ type: 'SOLID', color: s.fill }]
      node = shape
    } else {
      const textNode = api.createText()
      textNode.characters = s.characters
      node = textNode
    }
    const parent = sections[s.parent]
    if (parent !== undefined) parent.appendChild(node)
    node.x = s.x
    node.y = s.y
    setData(node, s.data)
    if (s.shared !== undefined) for (const [key, value] of Object.entries(s.shared[1])) node.setSharedPluginData(s.shared[0], key, value)
    return node
  })
  const end = (e: BoardSpec['connectors'][number]['start'], lineType: ConnectorNode['connectorLineType']): ConnectorEndpoint | undefined => {
    if (e.kind === 'free') return { position: { x: e.x, y: e.y } }
    const target = items[e.item % Math.max(items.length, 1)]
    if (target === undefined) return undefined
    if (e.kind !== 'magnet') return { endpointNodeId: target.id, position: { x: e.x, y: e.y } }
    // FigJam's magnet rules: straight takes CENTER or NONE, elbowed all but CENTER, curved (undocumented) NONE.
    const allowed = magnetFits({ endpointNodeId: target.id, magnet: e.magnet }, lineType)
    return { endpointNodeId: target.id, magnet: allowed ? e.magnet : 'NONE' }
  }
  for (const s of spec.connectors) {
    const connector = api.createConnector()
    sections[s.parent]?.appendChild(connector)
    connector.connectorLineType = s.lineType
    const start = end(s.start, s.lineType)
    const finish = end(s.end, s.lineType)
    if (start !== undefined) connector.connectorStart = start
    if (finish !== undefined) connector.connectorEnd = finish
    connector.connectorStartStrokeCap = s.startCap
    connector.connectorEndStrokeCap = s.endCap
    connector.strokes = [{ type: 'SOLID', color: s.stroke }]
    connector.dashPattern = s.dashes
    if (s.label !== '') {
      connector.text.fontName = INTER_MEDIUM
      connector.text.characters = s.label
    }
    setData(connector, s.data)
  }
  return emulator
}

/** What a reader sees of a node through the plugin API. */
function observe(node: SceneNode): Record<string, unknown> {
  const seen: Record<string, unknown> = {
    id: node.id,
    type: node.type,
    name: node.name,
    parent: node.parent?.id,
    x: node.x,
    y: node.y,
    box: node.absoluteBoundingBox,
    width: node.width,
    height: node.height,
    pluginData: Object.fromEntries(node.getPluginDataKeys().map((k) => [k, node.getPluginData(k)]))
  }
  if ('fills' in node) seen.fills = node.fills
  if ('strokes' in node) seen.strokes = [node.strokes, node.strokeWeight, node.dashPattern]
  if ('text' in node) seen.characters = node.text.characters
  if (node.type === 'TEXT') seen.characters = node.characters
  if (node.type === 'SHAPE_WITH_TEXT') seen.shapeType = node.shapeType
  if (node.type === 'STICKY') seen.wide = node.isWideWidth
  if (node.type === 'CONNECTOR') {
    seen.ends = [node.connectorStart, node.connectorEnd, node.connectorStartStrokeCap, node.connectorEndStrokeCap, node.connectorLineType]
  }
  for (const ns of ['journeyboard', 'abc', 'Team42']) {
    const keys = node.getSharedPluginDataKeys(ns)
    if (keys.length > 0) seen[`shared:${ns}`] = Object.fromEntries(keys.map((k) => [k, node.getSharedPluginData(ns, k)]))
  }
  return seen
}

describe('loadRestFile(toRestFile())', () => {
  it('round-trips random boards (sections nested up to three deep): ids, geometry, text, fills, plugin data and connectors survive', async () => {
    await fc.assert(
      fc.asyncProperty(boardSpec, async (spec) => {
        const original = await buildBoardAsync(spec)
        const rest = original.toRestFile('Board')
        const reloaded = loadRestFile(JSON.parse(JSON.stringify(rest)))
        expect(reloaded.toRestFile()).toEqual(rest)
        const before = original.api.currentPage.findAll().map(observe)
        const after = reloaded.api.currentPage.findAll().map(observe)
        expect(after).toEqual(before)
      }),
      propertyRuns(150)
    )
  })

  it('gives new nodes in a reloaded board ids no loaded node has', async () => {
    await fc.assert(
      fc.asyncProperty(boardSpec, fc.integer({ min: 1, max: 5 }), async (spec, count) => {
        const original = await buildBoardAsync(spec)
        const reloaded = loadRestFile(original.toRestFile())
        const { api } = reloaded
        const loaded = new Set([api.root.id, api.currentPage.id, ...api.currentPage.findAll().map((node) => node.id)])
        const makers = [() => api.createSticky(), () => api.createSection(), () => api.createConnector(), () => api.createShapeWithText(), () => api.createText()]
        const fresh = Array.from({ length: count }, (_, i) => makers[i % makers.length]!().id)
        expect(new Set(fresh).size).toBe(count)
        for (const id of fresh) expect(loaded.has(id)).toBe(false)
      }),
      propertyRuns(50)
    )
  })
})

describe('the font of a sticky, a shape or a table cell through toRestFile and loadRestFile', () => {
  const HAND: FontName = { family: 'Figma Hand', style: 'Regular' }
  const HAND_BOLD: FontName = { family: 'Figma Hand', style: 'Bold' }

  it('keeps a font people chose, and writes nothing for FigJam\'s default', async () => {
    const emulator = await readyEmulatorAsync({ recordUndo: true })
    const { api } = emulator
    const plain = api.createSticky()
    plain.text.characters = 'Books online'
    const sticky = api.createSticky()
    const shape = api.createShapeWithText()
    const table = api.createTable(1, 2)
    // Set in FigJam's own editor: fonts the plugin never loaded.
    emulator.editAsPerson(() => {
      sticky.text.fontName = HAND
      sticky.text.characters = 'Ask Ann first'
      shape.text.fontName = HAND_BOLD
      shape.text.characters = 'Deposit'
      table.cellAt(0, 1).text.fontName = HAND
      table.cellAt(0, 1).text.characters = '40'
    })
    const file = emulator.toRestFile()
    const [plainNode] = file.document.children[0]!.children
    expect(plainNode).not.toHaveProperty('style')

    const { api: back } = loadRestFile(file)
    const node = <T extends BaseNode>(id: string): T => back.currentPage.findOne((found) => found.id === id) as unknown as T
    expect(node<StickyNode>(plain.id).text.fontName).toEqual(INTER_MEDIUM)
    expect(node<StickyNode>(sticky.id).text.fontName).toEqual(HAND)
    expect(node<ShapeWithTextNode>(shape.id).text.fontName).toEqual(HAND_BOLD)
    expect(node<TableNode>(table.id).cellAt(0, 1).text.fontName).toEqual(HAND)
    expect(node<TableNode>(table.id).cellAt(0, 0).text.fontName).toEqual(INTER_MEDIUM)
    expect(loadRestFile(file).toRestFile()).toEqual(file)

    // Undo goes through the same file: a step undone puts the sticky back in its own font.
    emulator.checkpoint()
    await api.loadFontAsync(HAND)
    sticky.text.characters = 'Ask Ann'
    api.commitUndo()
    expect(emulator.undo()).toBe(true)
    const undone = (await api.getNodeByIdAsync(sticky.id)) as StickyNode
    expect([undone.text.characters, undone.text.fontName]).toEqual(['Ask Ann first', HAND])
  })
})
