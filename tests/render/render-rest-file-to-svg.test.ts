// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest'

import { renderRestFileToSvg } from '../../src/render'
import { checkXmlWellFormed } from './check-xml-well-formed'
import { connector, node, type Rect, restFile, section, shape, solid, sticky, text } from './rest-board-fixtures'

function parseSvg(svg: string): Document {
  expect(checkXmlWellFormed(svg)).toEqual([])
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml')
  expect(doc.getElementsByTagName('parsererror')).toHaveLength(0)
  expect(doc.documentElement.tagName.toLowerCase()).toBe('svg')
  return doc
}

function viewBoxOf(doc: Document): Rect {
  const [x = NaN, y = NaN, width = NaN, height = NaN] = (doc.documentElement.getAttribute('viewBox') ?? '').split(' ').map(Number)
  return { x, y, width, height }
}

function encloses(outer: Rect, inner: Rect): boolean {
  return outer.x <= inner.x && outer.y <= inner.y && outer.x + outer.width >= inner.x + inner.width && outer.y + outer.height >= inner.y + inner.height
}

/** Every absoluteBoundingBox in a fixture tree, with the node id. */
function boxesIn(nodes: readonly Record<string, unknown>[]): [string, Rect][] {
  return nodes.flatMap((n) => {
    const own: [string, Rect][] = n.type === 'CONNECTOR' ? [] : [[n.id as string, n.absoluteBoundingBox as Rect]]
    return [...own, ...boxesIn((n.children as Record<string, unknown>[] | undefined) ?? [])]
  })
}

function group(doc: Document, id: string): Element {
  const found = doc.querySelector(`g[data-node-id="${id}"]`)
  if (found === null) throw new Error(`no group for node ${id}`)
  return found
}

function textOf(element: Element): string {
  return [...element.getElementsByTagName('tspan')].map((t) => t.textContent).join(' ')
}

describe('renderRestFileToSvg', () => {
  const discover = section('s1', 'Discover', { x: 0, y: 0, width: 640, height: 400 }, [
    sticky('st1', 'Search for a car', 40, 80, '#FFE299'),
    sticky('st2', 'Compare prices across rental sites', 340, 80, '#A8DAFF', true)
  ])

  it('draws a section with two stickies: its name, their texts and their exact fill colours, section first', () => {
    const doc = parseSvg(renderRestFileToSvg(restFile([discover])))
    const sectionGroup = group(doc, 's1')
    expect(sectionGroup.querySelector('rect')?.getAttribute('fill')).toBe('#F5FBFF')
    expect(textOf(sectionGroup)).toBe('Discover')
    expect(group(doc, 'st1').querySelector('rect')?.getAttribute('fill')).toBe('#FFE299')
    expect(group(doc, 'st2').querySelector('rect')?.getAttribute('fill')).toBe('#A8DAFF')
    expect(group(doc, 'st2').querySelector('rect')?.getAttribute('width')).toBe('416')
    expect(textOf(group(doc, 'st1'))).toBe('Search for a car')
    // Wrapped to the sticky's width, every word still there in order.
    expect(textOf(group(doc, 'st2')).split(/\s+/)).toEqual('Compare prices across rental sites'.split(' '))
    const order = [...doc.querySelectorAll('g[data-node-id]')].map((g) => g.getAttribute('data-node-id'))
    expect(order).toEqual(['s1', 'st1', 'st2'])
    // Stickies carry FigJam's soft drop shadow.
    const filter = group(doc, 'st1').querySelector('rect')?.getAttribute('filter') ?? ''
    expect(doc.querySelector(`filter[id="${filter.slice(5, -1)}"]`)).not.toBeNull()
  })

  it('draws a connector with an arrow marker on each capped end, its stroke colour and its label on a white pill', () => {
    const board = restFile([
      discover,
      connector('c1', { endpointNodeId: 'st1', magnet: 'AUTO' }, { endpointNodeId: 'st2', magnet: 'AUTO' }, { endCap: 'TRIANGLE_ARROW', label: 'compares', stroke: '#3DADFF' }),
      connector('c2', { endpointNodeId: 'st2', magnet: 'BOTTOM' }, { endpointNodeId: 'st1', magnet: 'BOTTOM' }, { startCap: 'DIAMOND_FILLED', endCap: 'LINE_ARROW' }),
      connector('c3', { endpointNodeId: 'st1', magnet: 'TOP' }, { endpointNodeId: 'st2', magnet: 'TOP' }, { lineType: 'CURVED' })
    ])
    const doc = parseSvg(renderRestFileToSvg(board))
    expect(doc.getElementsByTagName('marker')).toHaveLength(3)

    const c1 = group(doc, 'c1')
    const line = c1.querySelector('path')
    expect(line?.getAttribute('stroke')).toBe('#3DADFF')
    expect(line?.hasAttribute('marker-start')).toBe(false)
    const endRef = /^url\(#(.+)\)$/.exec(line?.getAttribute('marker-end') ?? '')?.[1]
    const endMarker = doc.querySelector(`marker[id="${endRef ?? ''}"]`)
    expect(endMarker?.querySelector('path')?.getAttribute('fill')).toBe('#3DADFF')
    expect(textOf(c1)).toBe('compares')
    expect(c1.querySelector('rect')?.getAttribute('fill')).toBe('#FFFFFF')

    const c2 = group(doc, 'c2').querySelector('path')
    expect(c2?.hasAttribute('marker-start')).toBe(true)
    expect(c2?.hasAttribute('marker-end')).toBe(true)
    const c3 = group(doc, 'c3').querySelector('path')
    expect(c3?.hasAttribute('marker-start') || c3?.hasAttribute('marker-end')).toBe(false)
    expect(c3?.getAttribute('d')).toMatch(/C/)
  })

  it('draws connectors after every other node, even when they come first in the document', () => {
    const board = restFile([connector('c1', { endpointNodeId: 'st1' }, { endpointNodeId: 'st2' }, { endCap: 'TRIANGLE_FILLED' }), discover])
    const doc = parseSvg(renderRestFileToSvg(board))
    const order = [...doc.querySelectorAll('g[data-node-id]')].map((g) => g.getAttribute('data-node-id'))
    expect(order).toEqual(['s1', 'st1', 'st2', 'c1'])
  })

  it('draws shapes by shapeType with their fill, stroke and centred text', () => {
    const board = restFile([
      shape('sq', 'SQUARE', 'Square', { x: 0, y: 0, width: 200, height: 120 }, '#FFFFFF', '#1E1E1E'),
      shape('rr', 'ROUNDED_RECTANGLE', 'Rounded', { x: 240, y: 0, width: 200, height: 120 }, '#B3EFBD', '#14AE5C'),
      shape('el', 'ELLIPSE', 'Start', { x: 480, y: 0, width: 160, height: 100 }, '#3DADFF', '#007AD2'),
      shape('di', 'DIAMOND', 'Card OK?', { x: 0, y: 200, width: 200, height: 200 }, '#FFC943', '#E8A302'),
      shape('db', 'ENG_DATABASE', 'Bookings', { x: 240, y: 200, width: 160, height: 160 }, '#D3BDFF', '#874FFF')
    ])
    const doc = parseSvg(renderRestFileToSvg(board))
    const outline = (id: string): Element | null => group(doc, id).firstElementChild
    expect(outline('sq')?.tagName.toLowerCase()).toBe('rect')
    expect(outline('sq')?.hasAttribute('rx')).toBe(false)
    expect(outline('rr')?.tagName.toLowerCase()).toBe('rect')
    expect(outline('el')?.tagName.toLowerCase()).toBe('ellipse')
    expect(outline('di')?.tagName.toLowerCase()).toBe('path')
    expect(outline('db')?.tagName.toLowerCase()).toBe('rect')
    expect(outline('di')?.getAttribute('fill')).toBe('#FFC943')
    expect(outline('di')?.getAttribute('stroke')).toBe('#E8A302')
    expect(outline('el')?.getAttribute('fill')).toBe('#3DADFF')
    const label = group(doc, 'di').querySelector('text')
    expect(label?.getAttribute('text-anchor')).toBe('middle')
    expect(textOf(group(doc, 'di'))).toBe('Card OK?')
    // White text on FigJam's strong blue, charcoal on yellow.
    expect(group(doc, 'el').querySelector('text')?.getAttribute('fill')).toBe('#FFFFFF')
    expect(label?.getAttribute('fill')).toBe('#1E1E1E')
  })

  it('draws nested sections outer first, each with its own title, then their contents', () => {
    const board = restFile([
      section('outer', 'Book', { x: 0, y: 0, width: 900, height: 600 }, [
        section('inner', 'Payment', { x: 40, y: 80, width: 400, height: 400 }, [sticky('pay', 'Pay deposit', 80, 160, '#FFB8A8')], '#FFF5F5')
      ], '#FFFBF0')
    ])
    const doc = parseSvg(renderRestFileToSvg(board))
    const order = [...doc.querySelectorAll('g[data-node-id]')].map((g) => g.getAttribute('data-node-id'))
    expect(order).toEqual(['outer', 'inner', 'pay'])
    expect(textOf(group(doc, 'outer'))).toBe('Book')
    expect(textOf(group(doc, 'inner'))).toBe('Payment')
    expect(group(doc, 'inner').querySelector('rect')?.getAttribute('fill')).toBe('#FFF5F5')
  })

  it('draws a node type it does not know as a dashed placeholder naming the type', () => {
    const doc = parseSvg(renderRestFileToSvg(restFile([node('w1', 'WIDGET', { x: 0, y: 0, width: 300, height: 150 })])))
    const placeholder = group(doc, 'w1')
    expect(placeholder.querySelector('rect')?.getAttribute('stroke-dasharray')).toBeTruthy()
    expect(textOf(placeholder)).toBe('WIDGET')
  })

  it('escapes markup and drops characters XML forbids in every text it writes', () => {
    const nasty = `Tom & Jerry <b>"quoted"</b> 'single'\u0007\ud800 done`
    const expected = `Tom & Jerry <b>"quoted"</b> 'single' done`
    const board = restFile(
      [
        section('s', nasty, { x: 0, y: 0, width: 1200, height: 400 }, [sticky('n', nasty, 40, 80, '#FFFFFF', true)]),
        text('t', nasty, { x: 0, y: -80, width: 800, height: 40 }, 24),
        connector('c', { endpointNodeId: 's', magnet: 'BOTTOM' }, { position: { x: 600, y: 600 } }, { label: nasty })
      ],
      nasty
    )
    const svg = renderRestFileToSvg(board)
    const doc = parseSvg(svg)
    expect(doc.querySelector('title')?.textContent).toBe(expected)
    expect(textOf(group(doc, 't'))).toBe(expected)
    expect(textOf(group(doc, 'n')).replace(/\s+/g, ' ')).toBe(expected)
    expect(textOf(group(doc, 'c')).replace(/\s+/g, ' ')).toBe(expected)
    expect(svg).not.toContain('<b>')
    expect(svg).toContain('Tom &amp; Jerry &lt;b&gt;&quot;quoted&quot;&lt;/b&gt; &apos;single&apos;')
  })

  it('takes a text node font size from style.fontSize and its colour from its fill', () => {
    const title = { ...text('t', 'Car rental', { x: 0, y: 0, width: 300, height: 40 }, 32), fills: [solid('#874FFF')] }
    const doc = parseSvg(renderRestFileToSvg(restFile([title])))
    const element = group(doc, 't').querySelector('text')
    expect(element?.getAttribute('font-size')).toBe('32')
    expect(element?.getAttribute('fill')).toBe('#874FFF')
    expect(element?.textContent).toBe('Car rental')
  })

  it('draws a connector with a free end to that absolute point, and the viewBox takes it in', () => {
    const free = { x: 1500, y: 900 }
    const board = restFile([discover, connector('c', { endpointNodeId: 'st1', magnet: 'AUTO' }, { position: free }, { lineType: 'STRAIGHT', endCap: 'LINE_ARROW' })])
    const doc = parseSvg(renderRestFileToSvg(board))
    const d = group(doc, 'c').querySelector('path')?.getAttribute('d') ?? ''
    // A line arrow is not inset, so the line ends exactly at the free point.
    expect(d.endsWith(`L${free.x} ${free.y}`)).toBe(true)
    expect(encloses(viewBoxOf(doc), { ...free, width: 0, height: 0 })).toBe(true)
  })

  it('fits the viewBox around every node with padding', () => {
    const children = [
      discover,
      section('far', 'Far away', { x: -500, y: 1200, width: 300, height: 200 }, []),
      node('w', 'EMBED', { x: 2000, y: -300, width: 100, height: 100 }),
      shape('e', 'ELLIPSE', 'End', { x: 900, y: 100, width: 120, height: 80 })
    ]
    const padding = 32
    const doc = parseSvg(renderRestFileToSvg(restFile(children), { padding }))
    const view = viewBoxOf(doc)
    for (const [id, box] of boxesIn(children)) {
      const padded = { x: box.x - padding, y: box.y - padding, width: box.width + 2 * padding, height: box.height + 2 * padding }
      expect(encloses(view, padded), `node ${id}`).toBe(true)
    }
    // Fitted, not oversized: the leftmost and topmost content sits right at the padding.
    expect(view.x).toBeCloseTo(-500 - padding - 0.5, 0)
    expect(view.y).toBeLessThanOrEqual(-300 - padding)
    expect(view.y).toBeGreaterThan(-300 - padding - 10)
  })

  it('sizes the picture from width or scale, keeping the viewBox proportions', () => {
    const board = restFile([discover])
    const sized = parseSvg(renderRestFileToSvg(board, { width: 800 }))
    const view = viewBoxOf(sized)
    expect(sized.documentElement.getAttribute('width')).toBe('800')
    expect(Number(sized.documentElement.getAttribute('height'))).toBeCloseTo((800 * view.height) / view.width, 1)
    const scaled = parseSvg(renderRestFileToSvg(board, { scale: 2 }))
    expect(Number(scaled.documentElement.getAttribute('width'))).toBeCloseTo(view.width * 2, 1)
  })

  it('lays a dotted FigJam canvas under the board unless asked not to', () => {
    const withDots = parseSvg(renderRestFileToSvg(restFile([discover])))
    expect(withDots.querySelector('pattern circle')).not.toBeNull()
    const plain = parseSvg(renderRestFileToSvg(restFile([discover]), { background: false }))
    expect(plain.querySelector('pattern')).toBeNull()
  })

  it('renders an empty page as a small well-formed picture', () => {
    const doc = parseSvg(renderRestFileToSvg(restFile([])))
    expect(doc.querySelectorAll('g[data-node-id]')).toHaveLength(0)
  })

  it('throws an error naming the path of malformed input', () => {
    const badColour = restFile([{ ...sticky('s', 'x', 0, 0), fills: [{ type: 'SOLID', color: { r: 'red', g: 0, b: 0, a: 1 } }] }])
    expect(() => renderRestFileToSvg(badColour)).toThrow('document.children[0].children[0].fills[0].color.r')
    expect(() => renderRestFileToSvg(badColour)).toThrow('STICKY "s"')
    expect(() => renderRestFileToSvg({ name: 'x' })).toThrow(/document: is required/)
    expect(() => renderRestFileToSvg([])).toThrow(/JSON object/)
    const { connectorEnd: _dropped, ...endless } = connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' })
    expect(() => renderRestFileToSvg(restFile([endless]))).toThrow('document.children[0].children[0].connectorEnd')
  })
})
