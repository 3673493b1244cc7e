import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, JOURNEYBOARD_MANIFEST } from '../../src/emulator'
import { INTER_MEDIUM, readyEmulatorAsync } from './emulator-fixtures'

/**
 * Each of FigJam's refusals the emulator copies, one test per rule, named after its source:
 * [D] developers.figma.com plugin docs, [G] Figma's FigJam guide (figma/mcp-server-guide,
 * skills/figma-use-figjam/references), [T] @figma/plugin-typings.
 */

const INTER_BOLD: FontName = { family: 'Inter', style: 'Bold' }
const INTER_ITALIC: FontName = { family: 'Inter', style: 'Italic' }
const h = (hex: string): RGB => ({ r: parseInt(hex.slice(0, 2), 16) / 255, g: parseInt(hex.slice(2, 4), 16) / 255, b: parseInt(hex.slice(4, 6), 16) / 255 })
const paint = (hex: string): SolidPaint[] => [{ type: 'SOLID', color: h(hex) }]

async function twoStickiesAsync(): Promise<{ api: PluginAPI; a: StickyNode; b: StickyNode }> {
  const { api } = await readyEmulatorAsync()
  const a = api.createSticky()
  const b = api.createSticky()
  b.x = 600
  return { api, a, b }
}

describe('FigJam rules the emulator enforces', () => {
  it('[G figma-use-figjam SKILL.md, figma-use gotchas.md "no such property"] reading a member the object lacks throws; FigJam has no figma.createPage', async () => {
    const { api } = await readyEmulatorAsync()
    expect(() => (api as unknown as { createPage: unknown }).createPage).toThrow("createPage: no such property 'createPage' on the plugin API")
    const sticky = api.createSticky()
    // A sticky holds no children and cannot be resized: asking, not only calling, throws.
    for (const member of ['children', 'resize', 'strokes', 'cornerRadius']) {
      expect(() => (sticky as unknown as Record<string, unknown>)[member]).toThrow(`no such property '${member}' on STICKY node ${sticky.id}`)
    }
    // `in` asks without throwing, as narrowing by member does in Figma.
    expect('children' in sticky).toBe(false)
    expect(() => (sticky.text as unknown as Record<string, unknown>).textAutoResize).toThrow("text.textAutoResize: no such property 'textAutoResize'")
    // Awaiting a promise of a node asks it for `then`: that alone answers undefined.
    expect(await Promise.resolve(sticky)).toBe(sticky)
  })

  it('[T StickyNode, SectionNode, TableNode] have no rotation (a sticky turns only by relativeTransform) and no absoluteRenderBounds; shapes, texts and connectors have rotation', async () => {
    const { api } = await readyEmulatorAsync()
    const nodes = [api.createSticky(), api.createSection(), api.createTable()]
    for (const node of nodes) {
      expect('rotation' in node).toBe(false)
      expect('absoluteRenderBounds' in node).toBe(false)
      expect(() => (node as unknown as { rotation: number }).rotation).toThrow("no such property 'rotation'")
    }
    const sticky = nodes[0] as StickyNode
    const turned = Math.PI / 6
    sticky.relativeTransform = [
      [Math.cos(turned), Math.sin(turned), 10],
      [-Math.sin(turned), Math.cos(turned), 20]
    ]
    expect(sticky.relativeTransform[0][0]).toBeCloseTo(Math.cos(turned))
    const shape = api.createShapeWithText()
    shape.rotation = 30
    expect(shape.rotation).toBe(30)
    expect('absoluteRenderBounds' in shape).toBe(false)
    const text = api.createText()
    expect(text.absoluteRenderBounds).toEqual(text.absoluteBoundingBox)
    expect(api.createConnector().rotation).toBe(0)
  })

  it('[D ConnectorEndpoint] a straight connector takes only the CENTER or NONE magnet', async () => {
    const { api, a, b } = await twoStickiesAsync()
    const line = api.createConnector()
    line.connectorLineType = 'STRAIGHT'
    for (const magnet of ['AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT'] as const) {
      expect(() => {
        line.connectorStart = { endpointNodeId: a.id, magnet }
      }).toThrow(`a straight connector cannot use the ${magnet} magnet`)
    }
    line.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' }
    line.connectorEnd = { endpointNodeId: b.id, magnet: 'NONE' }
    expect(line.connectorStart).toEqual({ endpointNodeId: a.id, magnet: 'CENTER' })
  })

  it('[D ConnectorEndpoint] an elbowed connector takes every magnet but CENTER', async () => {
    const { api, a } = await twoStickiesAsync()
    const line = api.createConnector()
    expect(line.connectorLineType).toBe('ELBOWED')
    expect(() => {
      line.connectorStart = { endpointNodeId: a.id, magnet: 'CENTER' }
    }).toThrow('an elbowed connector cannot use the CENTER magnet'.replace('an ', 'a '))
    for (const magnet of ['AUTO', 'TOP', 'LEFT', 'BOTTOM', 'RIGHT', 'NONE'] as const) line.connectorStart = { endpointNodeId: a.id, magnet }
  })

  it('[D ConnectorEndpoint] refuses a line type its attached magnets do not allow, and magnets on curved lines (undocumented)', async () => {
    const { api, a } = await twoStickiesAsync()
    const line = api.createConnector()
    line.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    expect(() => {
      line.connectorLineType = 'STRAIGHT'
    }).toThrow('cannot use the AUTO magnet')
    expect(line.connectorLineType).toBe('ELBOWED')
    line.connectorStart = { endpointNodeId: a.id, magnet: 'NONE' }
    line.connectorLineType = 'CURVED'
    expect(() => {
      line.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    }).toThrow('curved connectors are undocumented')
  })

  it('[G create-connector] a position given with a node is relative to it, 0 to 1; a point outside is refused (undocumented)', async () => {
    const { api, a } = await twoStickiesAsync()
    const line = api.createConnector()
    line.connectorStart = { endpointNodeId: a.id, position: { x: 1, y: 0.5 } }
    line.connectorEnd = { position: { x: 900, y: 120 } }
    // The right edge's middle of a 240 x 240 sticky at the origin.
    expect(line.absoluteBoundingBox).toMatchObject({ x: 240, y: 120 })
    for (const position of [{ x: 10, y: 20 }, { x: -0.1, y: 0.5 }, { x: 0.5, y: 1.5 }]) {
      expect(() => {
        line.connectorEnd = { endpointNodeId: a.id, position }
      }).toThrow('a position on a node is relative to it, 0 to 1 on each axis')
    }
  })

  it('[G create-connector, create-text] ends attach to stickies, shapes, sections and texts; tables, frames and groups are refused (undocumented)', async () => {
    const { api, a } = await twoStickiesAsync()
    const line = api.createConnector()
    line.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    for (const node of [api.createShapeWithText(), api.createSection(), api.createText()]) line.connectorEnd = { endpointNodeId: node.id, magnet: 'AUTO' }
    const grouped = api.createSticky()
    for (const node of [api.createTable(), api.createFrame(), api.group([grouped], api.currentPage)]) {
      expect(() => {
        line.connectorEnd = { endpointNodeId: node.id, magnet: 'AUTO' }
      }).toThrow(`does not attach connectors to a ${node.type} node`)
    }
  })

  it('[G create-section, position-figjam-nodes] sections sit on the page or in sections; one put into a frame or group is refused (undocumented)', async () => {
    const { api } = await readyEmulatorAsync()
    const outer = api.createSection()
    const inner = api.createSection()
    outer.appendChild(inner)
    expect(inner.parent).toBe(outer)
    const frame = api.createFrame()
    expect(() => frame.appendChild(inner)).toThrow(`Cannot put section ${inner.id} into a frame`)
    const group = api.group([api.createSticky()], api.currentPage)
    expect(() => group.insertChild(0, inner)).toThrow(`Cannot put section ${inner.id} into a group`)
    const before = api.currentPage.children.length
    expect(() => api.group([inner], api.currentPage)).toThrow(`Cannot put section ${inner.id} into a group`)
    expect(api.currentPage.children.length).toBe(before)
    expect(inner.parent).toBe(outer)
  })

  it('[T PageNode.selection] holds only directly selected nodes: never a node together with one of its descendants', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    const inside = api.createSticky()
    section.appendChild(inside)
    const beside = api.createSticky()
    api.currentPage.selection = [inside, section, beside, section]
    expect(api.currentPage.selection).toEqual([section, beside])
    api.currentPage.selection = [inside]
    expect(api.currentPage.selection).toEqual([inside])
  })

  it('[T rescale] refuses a scale factor below 0.01, even where the size it gives would do', async () => {
    const { api } = await readyEmulatorAsync()
    const shape = api.createShapeWithText()
    shape.resize(2000, 2000)
    expect(() => shape.rescale(0.005)).toThrow('rescale(scale): expected a number >= 0.01')
    expect([shape.width, shape.height]).toEqual([2000, 2000])
    shape.rescale(0.01)
    expect([shape.width, shape.height]).toEqual([20, 20])
  })

  it('[G create-connector] a new connector label has no usable font until one is set', async () => {
    const { api } = await readyEmulatorAsync()
    const line = api.createConnector()
    await expect(api.loadFontAsync(line.text.fontName as FontName)).rejects.toThrow()
    expect(() => {
      line.text.characters = 'Hands over'
    }).toThrow('Cannot write to node with unloaded font')
    line.text.fontName = INTER_MEDIUM
    line.text.characters = 'Hands over'
    expect(line.text.characters).toBe('Hands over')
  })

  it('[T textAutoResize, textAlignHorizontal, textAlignVertical] a text node\'s box and alignment change only once its font is loaded; resize needs none', async () => {
    const { api } = await readyEmulatorAsync()
    const text = api.createText()
    text.characters = 'Plan'
    text.fontName = INTER_MEDIUM
    const unloaded = createFigJamEmulator().api
    const other = unloaded.createText()
    other.resize(120, 40)
    expect(() => (other.textAutoResize = 'HEIGHT')).toThrow('Cannot write to node with unloaded font "Inter Regular"')
    expect(() => (other.textAlignHorizontal = 'CENTER')).toThrow('Cannot write to node with unloaded font')
    expect(() => (other.textAlignVertical = 'BOTTOM')).toThrow('Cannot write to node with unloaded font')
    expect([other.textAutoResize, other.textAlignHorizontal, other.textAlignVertical]).toEqual(['NONE', 'LEFT', 'TOP'])
    text.resize(120, 40)
    text.textAutoResize = 'HEIGHT'
    text.textAlignHorizontal = 'CENTER'
    expect([text.textAutoResize, text.textAlignHorizontal]).toEqual(['HEIGHT', 'CENTER'])
  })

  it('[G create-sticky] a sticky cannot be resized and reports the height its text makes', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    expect('resize' in sticky).toBe(false)
    expect(() => (sticky as unknown as { resize(w: number, h: number): void }).resize(400, 400)).toThrow(TypeError)
    expect(() => {
      ;(sticky as unknown as { height: number }).height = 500
    }).toThrow()
    expect([sticky.width, sticky.height]).toEqual([240, 240])
    sticky.text.characters = 'A long note that keeps going. '.repeat(12)
    expect(sticky.width).toBe(240)
    expect(sticky.height).toBeGreaterThan(240)
  })

  it('[T ExportMixin.exportAsync] JSON_REST_V1 gives a section and everything in it as REST nodes in one call; other formats are not emulated', async () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    await api.loadFontAsync(INTER_MEDIUM)
    const section = api.createSection()
    const sticky = api.createSticky()
    section.appendChild(sticky)
    sticky.text.characters = 'A sticky long enough to grow taller than it is wide when FigJam wraps its words. '.repeat(4)
    emulator.resetCounters()
    const json = (await section.exportAsync({ format: 'JSON_REST_V1' })) as { document: { type: string; children: { id: string; type: string; absoluteBoundingBox: Rect }[] } }
    expect(emulator.traffic.calls.get('exportAsync')).toBe(1)
    expect(json.document.type).toBe('SECTION')
    expect(json.document.children).toMatchObject([{ id: sticky.id, type: 'STICKY', absoluteBoundingBox: { width: sticky.width, height: sticky.height } }])
    expect(sticky.height).toBeGreaterThan(240)
    await expect(sticky.exportAsync({ format: 'PNG' })).rejects.toThrow(/only \{ format: 'JSON_REST_V1' \} is emulated/)
  })

  it('[undocumented; checked by the self-check\'s export step] JSON_REST_V1 gives each node its Plugin API id, and a section\'s children in `children` order, as added', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    const [first, second, third] = [api.createSticky(), api.createSticky(), api.createSticky()]
    // Added in another order than made, and placed right to left.
    for (const [index, sticky] of [third!, first!, second!].entries()) {
      section.appendChild(sticky)
      sticky.x = (2 - index) * 300
    }
    const inFront = api.createSticky()
    section.insertChild(1, inFront)
    const json = (await section.exportAsync({ format: 'JSON_REST_V1' })) as { document: { id: string; children: { id: string }[] } }
    expect(json.document.id).toBe(section.id)
    expect(json.document.children.map((child) => child.id)).toEqual(section.children.map((child) => child.id))
    expect(json.document.children.map((child) => child.id)).toEqual([third!.id, inFront.id, first!.id, second!.id])
  })

  it('[G create-shape-with-text] a shape keeps its size when its text grows, and the clipped text is reported', async () => {
    const emulator = await readyEmulatorAsync()
    const shape = emulator.api.createShapeWithText()
    shape.resize(120, 60)
    shape.text.characters = 'Fits'
    expect(emulator.clippedShapes()).toEqual([])
    shape.text.characters = 'A label far too long to fit in a shape of this size at all'
    expect([shape.width, shape.height]).toEqual([120, 60])
    expect(emulator.clippedShapes()).toEqual([{ id: shape.id, name: shape.name, characters: shape.text.characters, overflow: expect.any(Number) }])
  })

  it('[G edit-text] formatted text is mixed, and refuses writes until every font in it is loaded', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    sticky.text.characters = 'Bold and italic'
    await api.loadFontAsync(INTER_BOLD)
    sticky.text.setRangeFontName(0, 4, INTER_BOLD)
    expect(sticky.text.fontName).toBe(api.mixed)
    expect(sticky.text.getRangeFontName(0, 4)).toEqual(INTER_BOLD)
    expect(sticky.text.getRangeFontName(0, 6)).toBe(api.mixed)
    // Italic is not loaded: [T] setRangeFontName "requires the new font to be loaded".
    expect(() => sticky.text.setRangeFontName(9, 15, INTER_ITALIC)).toThrow('Cannot write to node with unloaded font "Inter Italic"')
    await api.loadFontAsync(INTER_ITALIC)
    sticky.text.setRangeFontName(9, 15, INTER_ITALIC)
    expect(sticky.text.getStyledTextSegments(['fontName']).map((segment) => segment.fontName)).toEqual([INTER_BOLD, INTER_MEDIUM, INTER_ITALIC])
  })

  it('[T getStyledTextSegments][G edit-text, figma-use gotchas.md] formatted text comes in segments, one wherever the font changes; fields the emulator does not model are refused', async () => {
    const { api } = await readyEmulatorAsync()
    await api.loadFontAsync(INTER_BOLD)
    const sticky = api.createSticky()
    sticky.text.characters = 'Bold and bold'
    sticky.text.setRangeFontName(0, 4, INTER_BOLD)
    sticky.text.setRangeFontName(9, 13, INTER_BOLD)
    expect(sticky.text.getStyledTextSegments(['fontName'])).toEqual([
      { characters: 'Bold', start: 0, end: 4, fontName: INTER_BOLD },
      { characters: ' and ', start: 4, end: 9, fontName: INTER_MEDIUM },
      { characters: 'bold', start: 9, end: 13, fontName: INTER_BOLD }
    ])
    expect(sticky.text.getStyledTextSegments(['fontName'], 2, 6)).toEqual([
      { characters: 'ld', start: 2, end: 4, fontName: INTER_BOLD },
      { characters: ' a', start: 4, end: 6, fontName: INTER_MEDIUM }
    ])
    // Links cut the text by themselves; asked for fonts only, a link inside one font cuts nothing.
    sticky.text.setRangeHyperlink(5, 8, { type: 'URL', value: 'https://example.com' })
    expect(sticky.text.getStyledTextSegments(['fontName'])).toHaveLength(3)
    expect(sticky.text.getStyledTextSegments(['hyperlink']).map((segment) => segment.characters)).toEqual(['Bold ', 'and', ' bold'])
    expect(() => sticky.text.getStyledTextSegments(['fontName'], 2)).toThrow('end is required when start is given')
    expect(() => sticky.text.getStyledTextSegments(['fontSize'])).toThrow('the emulator gives only fontName and hyperlink, not fontSize')
  })

  it('[G figma-use gotchas.md "no such property": getRangeAllFontNames is named as a member that does not exist; the typings list it] with the sources at odds, getRangeAllFontNames is refused', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    const text = api.createText()
    expect(() => sticky.text.getRangeAllFontNames(0, 0)).toThrow("text.getRangeAllFontNames: no such property 'getRangeAllFontNames'")
    expect(() => text.getRangeAllFontNames(0, 0)).toThrow("getRangeAllFontNames: no such property 'getRangeAllFontNames' on TEXT node")
  })

  it('[G figma-use gotchas.md "Font loading is also required for any operation on nodes that contain unloaded fonts — appendChild, insertChild"] moving a node refuses while its text, or text inside it, is in a font not loaded, and changes nothing', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const from = api.createSection()
    const to = api.createSection()
    const note = api.createText()
    note.fontName = INTER_MEDIUM
    note.characters = 'Ask Ann first'
    from.appendChild(note)
    // Formatted by a person in FigJam: a font this plugin run never loaded.
    emulator.editAsPerson(() => note.setRangeFontName(0, 3, INTER_BOLD))
    const refusal = 'Cannot write to node with unloaded font "Inter Bold"'
    expect(() => to.appendChild(note)).toThrow(refusal)
    expect(() => to.insertChild(0, note)).toThrow(refusal)
    // A section takes what it holds along: the same fonts are needed.
    expect(() => to.appendChild(from)).toThrow(refusal)
    expect(note.parent).toBe(from)
    expect(from.parent).toBe(api.currentPage)
    // Even an empty sticky holds text in FigJam's default font.
    const fresh = createFigJamEmulator().api
    expect(() => fresh.createSection().appendChild(fresh.createSticky())).toThrow('Cannot write to node with unloaded font "Inter Medium"')
    await api.loadFontAsync(INTER_BOLD)
    to.appendChild(note)
    expect(note.parent).toBe(to)
    from.insertChild(0, note)
    expect(note.parent).toBe(from)
  })

  it('[G figma-use gotchas.md "Font loading is also required for any operation on nodes that contain unloaded fonts"] grouping refuses a node holding text in a font not loaded, or a section or group holding one, and makes no group', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const note = api.createText()
    note.fontName = INTER_MEDIUM
    note.characters = 'Ask Ann first'
    const sticky = api.createSticky()
    const inner = api.group([sticky], api.currentPage)
    const frame = api.createFrame()
    frame.appendChild(inner)
    emulator.editAsPerson(() => note.setRangeFontName(0, 3, INTER_BOLD))
    const refusal = 'Cannot write to node with unloaded font "Inter Bold"'
    expect(() => api.group([sticky, note], api.currentPage)).toThrow(refusal)
    expect(note.parent).toBe(api.currentPage)
    expect(sticky.parent).toBe(inner)
    // The sticky's group, checked when it went into the frame, is checked again: a person has edited since.
    emulator.editAsPerson(() => {
      sticky.text.characters = 'Bold'
      sticky.text.setRangeFontName(0, 4, INTER_BOLD)
    })
    expect(() => api.group([inner], frame)).toThrow(refusal)
    expect(() => api.currentPage.appendChild(frame)).toThrow(refusal)
    expect(api.currentPage.findAllWithCriteria({ types: ['GROUP'] })).toEqual([inner])
    await api.loadFontAsync(INTER_BOLD)
    const group = api.group([inner, note], api.currentPage)
    expect([inner.parent, note.parent]).toEqual([group, group])
  })

  it('[G edit-text] refuses to change formatted text until every font in it is loaded, then resets it to the first character\'s style', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const sticky = api.createSticky()
    sticky.text.characters = 'Bold start, linked end'
    // A person formats the sticky in FigJam; the plugin has loaded only the sticky's own font.
    emulator.editAsPerson(() => {
      sticky.text.setRangeFontName(0, 4, INTER_BOLD)
      sticky.text.setRangeHyperlink(12, 22, { type: 'URL', value: 'https://example.com' })
    })
    expect(sticky.text.fontName).toBe(api.mixed)
    for (const write of [() => (sticky.text.characters = 'New words'), () => (sticky.text.fontSize = 20)]) {
      expect(write).toThrow('Cannot write to node with unloaded font "Inter Bold"')
    }
    expect(sticky.text.characters).toBe('Bold start, linked end')
    await Promise.all(sticky.text.getStyledTextSegments(['fontName']).map((segment) => api.loadFontAsync(segment.fontName)))
    sticky.text.characters = 'New words'
    expect(sticky.text.fontName).toEqual(INTER_BOLD)
    expect(sticky.text.getRangeHyperlink(0, 9)).toBeNull()
  })

  it('[G figjam-colors] each node type has its own palette, matched only by exact hex/255', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const sticky = api.createSticky()
    sticky.fills = paint('A8DAFF')
    const section = api.createSection()
    section.fills = paint('F5FBFF')
    const line = api.createConnector()
    line.strokes = paint('3DADFF')
    const shape = api.createShapeWithText()
    shape.fills = paint('C2E5FF')
    shape.strokes = paint('3DADFF')
    shape.text.fills = paint('1E1E1E')
    expect(emulator.offPaletteColours()).toEqual([])

    sticky.fills = [{ type: 'SOLID', color: { r: 0.66, g: 0.85, b: 1 } }]
    section.fills = paint('A8DAFF')
    line.strokes = paint('FFE299')
    shape.strokes = paint('007AD2')
    expect(emulator.offPaletteColours()).toEqual([
      { id: sticky.id, type: 'STICKY', paint: 'fill', colour: 'inexact' },
      { id: section.id, type: 'SECTION', paint: 'fill', colour: 'A8DAFF' },
      { id: line.id, type: 'CONNECTOR', paint: 'stroke', colour: 'FFE299' },
      { id: shape.id, type: 'SHAPE_WITH_TEXT', paint: 'preset', colour: 'C2E5FF/007AD2/1E1E1E' }
    ])
  })

  it('[G create-shape-with-text] a shape given a preset fill alone keeps another outline and text colour: off its presets', async () => {
    const emulator = await readyEmulatorAsync()
    const shape = emulator.api.createShapeWithText()
    shape.fills = paint('3DADFF')
    expect(emulator.offPaletteColours()).toEqual([{ id: shape.id, type: 'SHAPE_WITH_TEXT', paint: 'preset', colour: '3DADFF/1E1E1E/1E1E1E' }])
    shape.strokes = []
    expect(emulator.offPaletteColours()).toEqual([{ id: shape.id, type: 'SHAPE_WITH_TEXT', paint: 'preset', colour: '3DADFF/none/1E1E1E' }])
    shape.strokes = paint('007AD2')
    shape.text.fills = paint('FFFFFF')
    expect(emulator.offPaletteColours()).toEqual([])
  })

  /** A file holding a person's sticky, their edit its own undo step. */
  async function fileWithPersonsStickyAsync() {
    const emulator = createFigJamEmulator({ recordUndo: true })
    const { api } = emulator
    await api.loadFontAsync(INTER_MEDIUM)
    const kept = api.createSticky()
    kept.text.characters = 'Made by a person'
    emulator.checkpoint()
    return { emulator, api, kept, before: emulator.toRestFile() }
  }

  it('[T commitUndo] undo puts back the document as it was at the checkpoint before the last', async () => {
    const { emulator, api, kept, before } = await fileWithPersonsStickyAsync()
    const added = api.createSticky()
    added.text.characters = 'Made by a run'
    kept.x = 900
    api.commitUndo()
    expect(emulator.toRestFile()).not.toEqual(before)
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
    expect(emulator.undo()).toBe(true)
    expect(emulator.api.currentPage.children).toEqual([])
    expect(emulator.undo()).toBe(false)
  })

  it('[T commitUndo] makes a step even when nothing changed since the checkpoint before (FigJam documents no exception): the next undo then undoes nothing', async () => {
    const { emulator, api, before } = await fileWithPersonsStickyAsync()
    api.createSticky().text.characters = 'Made by a run'
    api.commitUndo()
    const after = emulator.toRestFile()
    api.commitUndo()
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(after)
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
  })

  it('redoes the steps undone, latest first, until a new step is made', async () => {
    const { emulator, api, before } = await fileWithPersonsStickyAsync()
    api.createSticky().text.characters = 'Made by a run'
    api.commitUndo()
    const after = emulator.toRestFile()
    expect(emulator.redo()).toBe(false)
    emulator.undo()
    emulator.undo()
    expect(emulator.api.currentPage.children).toEqual([])
    expect(emulator.redo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(before)
    expect(emulator.redo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(after)
    expect(emulator.redo()).toBe(false)

    // Undone, then a new step: what was undone cannot come back.
    emulator.undo()
    api.createSticky().text.characters = 'A new step'
    api.commitUndo()
    expect(emulator.redo()).toBe(false)
  })

  it('forgets what was undone once the document changes, committed as a step or not', async () => {
    const { emulator, api, kept } = await fileWithPersonsStickyAsync()
    api.createSticky().text.characters = 'Made by a run'
    api.commitUndo()
    emulator.undo()
    // A plugin write after the undo that no commitUndo closed: redo must not throw it away.
    const keptNow = (await api.getNodeByIdAsync(kept.id)) as StickyNode
    keptNow.x = 400
    const edited = emulator.toRestFile()
    expect(emulator.redo()).toBe(false)
    expect(emulator.toRestFile()).toEqual(edited)

    // A person's edit after an undo, before any checkpoint, ends redo too.
    const second = await fileWithPersonsStickyAsync()
    second.api.createSticky().text.characters = 'Made by a run'
    second.api.commitUndo()
    second.emulator.undo()
    const retyped = (await second.api.getNodeByIdAsync(second.kept.id)) as StickyNode
    second.emulator.editAsPerson(() => {
      retyped.text.characters = 'Retyped by a person'
    })
    expect(second.emulator.redo()).toBe(false)
    expect(((await second.api.getNodeByIdAsync(second.kept.id)) as StickyNode).text.characters).toBe('Retyped by a person')
  })

  it('[reported: figma/plugin-typings#352, react-figma#87] a removed node refuses remove() and reads, naming the call; [D nodes-id] getNodeByIdAsync answers null', async () => {
    const { emulator, api, kept } = await fileWithPersonsStickyAsync()
    kept.remove()
    expect(kept.removed).toBe(true)
    expect(() => kept.remove()).toThrow(`in remove: The node with id "${kept.id}" does not exist`)
    expect(() => kept.x).toThrow(`in get_x: The node with id "${kept.id}" does not exist`)
    expect(await api.getNodeByIdAsync(kept.id)).toBeNull()
    expect(emulator.api.currentPage.children).toEqual([])
  })

  it('[T triggerUndo] takes back what the plugin did since its last checkpoint, awaits between or not, and nothing before it', async () => {
    const { emulator, api, before } = await fileWithPersonsStickyAsync()
    const made = [api.createSticky()]
    await new Promise((resolve) => setTimeout(resolve, 0))
    made.push(api.createSticky())
    api.triggerUndo()
    expect(emulator.toRestFile()).toEqual(before)
    for (const node of made) expect(await api.getNodeByIdAsync(node.id)).toBeNull()
  })

  it('refuses triggerUndo in a session that keeps no undo history, rather than pretend', () => {
    expect(() => createFigJamEmulator().api.triggerUndo()).toThrow(/recordUndo/)
  })

  it('[T notify] shows at most 100 characters of a message: longer messages are truncated', async () => {
    const emulator = createFigJamEmulator()
    const long = `${'a'.repeat(95)} and then some more`
    emulator.api.notify(long, { error: true })
    emulator.api.notify('Short enough')
    expect(emulator.notifications).toEqual([
      { message: long.slice(0, 100), error: true },
      { message: 'Short enough', error: false }
    ])
  })

  it('[T showUI, ui.resize] a plugin window is at least 70 wide and 0 high; a smaller one is refused (what FigJam does then is not documented)', async () => {
    const { api } = createFigJamEmulator()
    expect(() => api.showUI('<p></p>', { width: 69 })).toThrow('showUI(options.width): expected a number >= 70, got number 69')
    expect(() => api.showUI('<p></p>', { height: -1 })).toThrow('showUI(options.height): expected a number >= 0, got number -1')
    api.showUI('<p></p>', { width: 70, height: 0 })
    expect(() => api.ui.resize(69.5, 400)).toThrow('ui.resize(width): expected a number >= 70, got number 69.5')
    expect(() => api.ui.resize(300, -10)).toThrow('ui.resize(height): expected a number >= 0, got number -10')
    api.ui.resize(70, 0)
  })

  it('[T ui.getPosition, ui.close] the window\'s position throws with no UI open; a closed UI takes no more messages (whether FigJam throws or drops them is not documented)', () => {
    const emulator = createFigJamEmulator()
    const { api } = emulator
    expect(() => api.ui.getPosition()).toThrow('in ui.getPosition: no plugin UI is open')
    api.showUI('<p></p>', { position: { x: 10, y: 20 } })
    expect(api.ui.getPosition().canvasSpace).toEqual({ x: 10, y: 20 })
    api.ui.postMessage({ type: 'before' })
    api.ui.close()
    expect(() => api.ui.getPosition()).toThrow('no plugin UI is open')
    expect(() => api.ui.postMessage({ type: 'after' })).toThrow('in ui.postMessage: the plugin UI was closed')
    expect(emulator.uiMessages).toEqual([{ type: 'before' }])
  })

  it('[T MinimalFillsMixin.fills, Paint, BlendMode] a pattern fill goes only through setFillsAsync; paint types and blend modes the API lacks are refused', async () => {
    const { api } = await readyEmulatorAsync()
    const sticky = api.createSticky()
    const before = sticky.fills
    expect(() => {
      sticky.fills = [{ type: 'PATTERN', sourceNodeId: sticky.id, tileType: 'RECTANGULAR', scalingFactor: 1, spacing: { x: 0, y: 0 }, horizontalAlignment: 'START' }]
    }).toThrow('in fills[0]: a pattern paint can only be set with setFillsAsync')
    expect(() => {
      sticky.fills = [{ type: 'CHECKERED' } as unknown as Paint]
    }).toThrow('fills[0].type: expected one of "SOLID"')
    expect(() => {
      sticky.fills = [{ type: 'SOLID', color: h('FFE299'), blendMode: 'BRIGHTEN' as BlendMode }]
    }).toThrow('fills[0].blendMode: expected one of "PASS_THROUGH"')
    expect(sticky.fills).toEqual(before)
    sticky.fills = [{ type: 'SOLID', color: h('A8DAFF'), blendMode: 'MULTIPLY' }]
    expect(sticky.fills).toMatchObject([{ blendMode: 'MULTIPLY' }])
  })

  it('[T currentUser] figma.currentUser needs "currentuser" among the permissions of the manifest the plugin runs under', () => {
    const without = createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, permissions: ['activeusers'] } })
    expect(() => without.api.currentUser).toThrow('"currentuser" must be in the permissions of manifest.json')
    const { api } = createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, permissions: ['currentuser'] } })
    expect(api.currentUser).toEqual({ id: 'emulator-user', name: 'Emulator User', photoUrl: null, color: '#0D99FF', sessionId: 1 })
    // The user a sticky names as its author.
    expect(api.currentUser?.name).toBe(api.createSticky().authorName)
  })

  it('[Update 66: with allowedDomains ["none"] FigJam blocks every request with a CSP error] the sandbox\'s fetch refuses, and records what was asked', async () => {
    const emulator = createFigJamEmulator()
    await expect(emulator.fetch('https://example.com/data.json')).rejects.toThrow('violates the Content Security Policy: manifest.json\'s networkAccess.allowedDomains is ["none"]')
    // Where the manifest would let the request through, the emulator, which has no network, refuses all the same.
    const open = createFigJamEmulator({ manifest: { ...JOURNEYBOARD_MANIFEST, networkAccess: { allowedDomains: ['https://example.com'] } } })
    await expect(open.fetch('https://example.com/data.json')).rejects.toThrow('the emulator reaches no network')
    expect([emulator.networkRequests, open.networkRequests]).toEqual([['https://example.com/data.json'], ['https://example.com/data.json']])
  })

  it('[T on: the events of figma; "textreview" needs the capability] refuses events the typings do not list, and "textreview" (no manifest the emulator runs under has the capability)', () => {
    const { api } = createFigJamEmulator()
    const listen = (type: string) => () => api.on(type as 'close', () => undefined)
    expect(listen('nodechange')).toThrow('"nodechange" is no event of figma')
    expect(listen('textreview')).toThrow('the "textreview" event needs the "textreview" capability in manifest.json')
    expect(listen('selectionchange')).not.toThrow()
  })

  it('[T SlidesViewChangeEvent, CanvasViewChangeEvent: events of Figma Slides and Buzz] refuses a listener for them (what FigJam does with one is not documented)', () => {
    const { api } = createFigJamEmulator()
    const listen = (type: string) => () => api.on(type as 'close', () => undefined)
    expect(listen('slidesviewchange')).toThrow('the "slidesviewchange" event is Figma Slides\' and Buzz\'s, not FigJam\'s')
    expect(listen('canvasviewchange')).toThrow('the "canvasviewchange" event is Figma Slides\' and Buzz\'s, not FigJam\'s')
    expect(listen('timerdone')).not.toThrow()
  })

  it('[T loadAllPagesAsync, on("documentchange"), DocumentNode.findAll] what loading every page enables waits until its promise settles', async () => {
    const { api } = createFigJamEmulator()
    const loading = api.loadAllPagesAsync()
    expect(() => api.root.findAll()).toThrow('loadAllPagesAsync')
    expect(() => api.on('documentchange', () => undefined)).toThrow('loadAllPagesAsync')
    await loading
    expect(api.root.findAll()).toEqual([api.currentPage])
    expect(() => api.on('documentchange', () => undefined)).not.toThrow()
  })

  it('[G figma-use gotchas.md "width and height are read-only", "Page switching"] writing a size throws "no setter for property"; setting the current page throws "Setting figma.currentPage is not supported"', async () => {
    const { api } = await readyEmulatorAsync()
    const shape = api.createShapeWithText()
    expect(() => {
      ;(shape as unknown as { width: number }).width = 300
    }).toThrow(`no setter for property "width" on SHAPE_WITH_TEXT node ${shape.id}`)
    expect(() => {
      api.currentPage = api.currentPage
    }).toThrow('Setting figma.currentPage is not supported')
  })
})
