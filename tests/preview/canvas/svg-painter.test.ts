// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { restToDisplayList } from '../../../src/render'
import { SceneIndex } from '../../../src/preview/canvas/scene-index'
import { SVG_NS } from '../../../src/preview/canvas/svg-element'
import { SvgBoardPainter } from '../../../src/preview/canvas/svg-painter'
import { connectNodesAsync } from '../../../src/preview/edits/connect-nodes-async'
import { setStickyTextAsync } from '../../../src/preview/edits/set-sticky-text-async'
import { drawAsync, itemSticky, templateJourney } from '../../reader/generated-board'

function setup() {
  const svg = document.createElementNS(SVG_NS, 'svg')
  const defs = document.createElementNS(SVG_NS, 'defs')
  const layer = document.createElementNS(SVG_NS, 'g')
  svg.append(defs, layer)
  document.body.appendChild(svg)
  return { defs, layer, painter: new SvgBoardPainter(layer, defs, 't-') }
}

describe('SvgBoardPainter', () => {
  it('draws one group per node, named by id and type, in the renderer’s paint order', async () => {
    const emulator = await drawAsync(templateJourney('service-blueprint'))
    const file = emulator.toRestFile()
    const scene = SceneIndex.fromRestFile(file)
    const { layer, defs, painter } = setup()
    painter.paint(restToDisplayList(file), (id) => scene.get(id)?.type)

    const groups = [...layer.children]
    const drawn = groups.map((group) => group.getAttribute('data-node-id'))
    expect(new Set(drawn).size).toBe(drawn.length)
    expect(drawn.length).toBe(scene.entries().length)
    // Same order as the scene index, which follows the renderer: parents first, connectors last.
    expect(drawn).toEqual(scene.entries().map((entry) => entry.id))
    for (const group of groups) expect(group.getAttribute('data-node-type')).toBe(scene.get(group.getAttribute('data-node-id') ?? '')?.type)
    // Stickies cast FigJam's shadow through one shared filter; connectors end in drawn arrowheads.
    expect(defs.querySelectorAll('filter')).toHaveLength(1)
    const sticky = layer.querySelector('g[data-node-type="STICKY"] rect')
    expect(sticky?.getAttribute('filter')).toBe('url(#t-shadow-0)')
  })

  it('rebuilds only the groups of nodes that changed', async () => {
    const journey = templateJourney('car-rental')
    const [first, second] = journey.items
    if (first === undefined || second === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const { layer, painter } = setup()
    const paint = () => {
      const file = emulator.toRestFile()
      const scene = SceneIndex.fromRestFile(file)
      painter.paint(restToDisplayList(file), (id) => scene.get(id)?.type)
    }
    paint()
    const before = new Map([...layer.children].map((group) => [group.getAttribute('data-node-id'), group]))
    const sticky = itemSticky(emulator.api, first.id)
    await setStickyTextAsync(emulator.api, sticky.id, 'changed')
    paint()
    const after = [...layer.children]
    const rebuilt = after.filter((group) => before.get(group.getAttribute('data-node-id')) !== group).map((group) => group.getAttribute('data-node-id'))
    expect(rebuilt).toEqual([sticky.id])
    expect(painter.groupOf(sticky.id)?.querySelector('text')?.textContent).toBe('changed')

    const connectorId = await connectNodesAsync(emulator.api, sticky.id, itemSticky(emulator.api, second.id).id)
    paint()
    expect(layer.lastElementChild?.getAttribute('data-node-id')).toBe(connectorId)
    // The arrowhead is drawn in place as a path of its own, after the line.
    expect(painter.groupOf(connectorId)?.querySelectorAll('path').length).toBe(2)
    expect(layer.children).toHaveLength(before.size + 1)
  })

  it('puts board text into text nodes, never into markup', async () => {
    const journey = templateJourney('blank')
    const emulator = await drawAsync(journey)
    const section = emulator.api.currentPage.findOne((node) => node.type === 'SECTION') as SectionNode
    const sticky = emulator.api.createSticky()
    section.appendChild(sticky)
    await setStickyTextAsync(emulator.api, sticky.id, '<img src=x onerror=alert(1)> & <script>')
    const file = emulator.toRestFile()
    const scene = SceneIndex.fromRestFile(file)
    const { layer, painter } = setup()
    painter.paint(restToDisplayList(file), (id) => scene.get(id)?.type)
    expect(layer.querySelector('img, script')).toBeNull()
    expect(painter.groupOf(sticky.id)?.textContent).toContain('<img src=x')
  })
})
