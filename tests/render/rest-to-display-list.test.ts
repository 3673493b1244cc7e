import { describe, expect, it } from 'vitest'

import { type Box, displayItemBounds, type DisplayItem, restToDisplayList } from '../../src/render'
import { connector, node, restFile, section, shape, sticky, text } from './rest-board-fixtures'

function idsInOrder(items: readonly DisplayItem[]): string[] {
  return items.map((item) => item.nodeId ?? '').filter((id, i, all) => id !== all[i - 1])
}

function within(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}

describe('restToDisplayList', () => {
  it('paints parents before children in document order and connectors last', () => {
    const board = restFile([
      connector('c1', { endpointNodeId: 'a' }, { endpointNodeId: 'b' }),
      section('s1', 'One', { x: 0, y: 0, width: 800, height: 400 }, [
        sticky('a', 'A', 40, 80),
        section('s2', 'Two', { x: 320, y: 60, width: 400, height: 320 }, [sticky('b', 'B', 360, 120)]),
        connector('c2', { endpointNodeId: 'b' }, { endpointNodeId: 'a' })
      ]),
      text('t', 'Title', { x: 0, y: -60, width: 200, height: 30 }, 24)
    ])
    expect(idsInOrder(restToDisplayList(board).items)).toEqual(['s1', 'a', 's2', 'b', 't', 'c1', 'c2'])
  })

  it('builds stickies from a shadowed rect and text, shapes from their outline, connectors from a capped path', () => {
    const list = restToDisplayList(
      restFile([
        sticky('a', 'Pick up', 0, 0),
        shape('e', 'ELLIPSE', 'Go', { x: 400, y: 0, width: 120, height: 80 }),
        connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'e' }, { endCap: 'TRIANGLE_FILLED', startCap: 'CIRCLE_FILLED' })
      ])
    )
    const kinds = (id: string): string[] => list.items.filter((i) => i.nodeId === id).map((i) => i.kind)
    expect(kinds('a')).toEqual(['rect', 'text'])
    expect(kinds('e')).toEqual(['ellipse', 'text'])
    expect(kinds('c')).toEqual(['path'])
    const stickyRect = list.items.find((i) => i.nodeId === 'a')
    expect(stickyRect?.kind === 'rect' && stickyRect.shadow).toBeTruthy()
    const line = list.items.find((i) => i.nodeId === 'c')
    if (line?.kind !== 'path') throw new Error('expected a path')
    expect(line.startCap).toMatchObject({ cap: 'CIRCLE_FILLED', tip: { x: 240, y: 120 } })
    expect(line.endCap).toMatchObject({ cap: 'TRIANGLE_FILLED', tip: { x: 400, y: 40 }, color: '#1E1E1E' })
  })

  it('keeps sticky text inside the sticky, shrinking long text', () => {
    const long = 'Compare prices across rental sites, read the reviews of each company, check the deposit and the insurance excess, then pick the cheapest offer with free cancellation'
    const list = restToDisplayList(restFile([sticky('short', 'Book', 0, 0), sticky('long', long, 300, 0)]))
    const texts = list.items.filter((i) => i.kind === 'text')
    const [short, longText] = texts
    if (short?.kind !== 'text' || longText?.kind !== 'text') throw new Error('expected two texts')
    expect(short.fontSize).toBe(24)
    expect(longText.fontSize).toBeLessThan(24)
    expect(within({ x: 0, y: 0, width: 240, height: 240 }, displayItemBounds(short) as Box)).toBe(true)
    expect(within({ x: 300, y: 0, width: 240, height: 240 }, displayItemBounds(longText) as Box)).toBe(true)
  })

  it('leaves out hidden nodes and the contents of hidden sections', () => {
    const list = restToDisplayList(
      restFile([
        { ...sticky('hidden', 'x', 0, 0), visible: false },
        { ...section('s', 'Closed', { x: 0, y: 300, width: 400, height: 400 }, [sticky('inside', 'y', 40, 360)]), sectionContentsHidden: true }
      ])
    )
    expect(idsInOrder(list.items)).toEqual(['s'])
  })

  it('warns, and skips the line, when a connector is attached to a node not on the page', () => {
    const list = restToDisplayList(restFile([sticky('a', 'A', 0, 0), connector('c', { endpointNodeId: 'a' }, { endpointNodeId: '9:99' })]))
    expect(idsInOrder(list.items)).toEqual(['a'])
    expect(list.warnings).toEqual(['connector "c": its end is attached to node "9:99", which is not on the page; not drawn'])
  })

  it('warns once per node type it only draws as a placeholder', () => {
    const list = restToDisplayList(
      restFile([node('w1', 'WIDGET', { x: 0, y: 0, width: 10, height: 10 }), node('w2', 'WIDGET', { x: 20, y: 0, width: 10, height: 10 }), node('e', 'EMBED', { x: 40, y: 0, width: 10, height: 10 })])
    )
    expect(list.warnings).toEqual(['WIDGET nodes are not drawn; shown as placeholders', 'EMBED nodes are not drawn; shown as placeholders'])
  })

  it('draws a group through its children only', () => {
    const list = restToDisplayList(restFile([node('g', 'GROUP', { x: 0, y: 0, width: 240, height: 240 }, { children: [sticky('a', 'A', 0, 0)] })]))
    expect(idsInOrder(list.items)).toEqual(['a'])
  })

  it('bounds every item and takes the board name as title', () => {
    const list = restToDisplayList(restFile([sticky('a', 'A', -100, 50), shape('s', 'SQUARE', 'S', { x: 500, y: 600, width: 100, height: 100 })], 'Car rental'))
    expect(list.title).toBe('Car rental')
    for (const item of list.items) {
      const box = displayItemBounds(item)
      if (box !== undefined) expect(within(list.bounds, box)).toBe(true)
    }
    expect(list.bounds.x).toBeLessThanOrEqual(-100)
    expect(list.bounds.y + list.bounds.height).toBeGreaterThanOrEqual(700)
  })

  it('draws the page asked for by id or name, and says which pages exist when it is missing', () => {
    const file = restFile([sticky('a', 'A', 0, 0)])
    const document = file.document as { children: Record<string, unknown>[] }
    document.children.push({ id: '0:2', name: 'Second', type: 'CANVAS', children: [sticky('b', 'B', 0, 0)] })
    expect(idsInOrder(restToDisplayList(file).items)).toEqual(['a'])
    expect(idsInOrder(restToDisplayList(file, { page: 'Second' }).items)).toEqual(['b'])
    expect(idsInOrder(restToDisplayList(file, { page: '0:2' }).items)).toEqual(['b'])
    expect(() => restToDisplayList(file, { page: 'Third' })).toThrow('page "Third" is not in the file (pages: "Page 1", "Second")')
  })
})
