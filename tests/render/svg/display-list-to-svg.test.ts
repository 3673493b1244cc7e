import { describe, expect, it } from 'vitest'

import type { CapMarker, DisplayList } from '../../../src/render/display-list'
import { displayListToSvg } from '../../../src/render/svg/display-list-to-svg'
import { checkXmlWellFormed } from '../check-xml-well-formed'

const shadow = { offsetX: 0, offsetY: 2, blur: 4, color: '#000000', opacity: 0.16 }
const cap = (angle: number): CapMarker => ({ cap: 'TRIANGLE_ARROW', tip: { x: 100, y: 0 }, angle, size: 14, inset: 7, color: '#3DADFF', opacity: 1, strokeWidth: 2 })

function list(overrides: Partial<DisplayList> = {}): DisplayList {
  return {
    title: 'Board',
    background: { color: '#F5F5F5', dotColor: '#D9D9D9', dotSpacing: 24, dotRadius: 1.25 },
    items: [
      { kind: 'rect', nodeId: 'a', x: 0, y: 0, width: 240, height: 240, radius: 2, fill: { color: '#FFE299', opacity: 1 }, shadow },
      { kind: 'text', nodeId: 'a', lines: [{ text: 'Hi', x: 20, y: 40, width: 20 }, { text: '', x: 20, y: 70, width: 0 }], fontFamily: 'Inter', fontSize: 24, fontWeight: 500, anchor: 'start', fill: { color: '#1E1E1E', opacity: 1 } },
      { kind: 'rect', nodeId: 'b', x: 300, y: 0, width: 240, height: 240, radius: 2, fill: { color: '#A8DAFF', opacity: 0.5 }, shadow },
      { kind: 'path', nodeId: 'c', commands: [{ op: 'M', x: 0, y: 0 }, { op: 'L', x: 93, y: 0 }], stroke: { color: '#3DADFF', opacity: 1, width: 2, dash: [4, 2] }, startCap: { ...cap(Math.PI), tip: { x: 0, y: 0 } }, endCap: cap(0) },
      { kind: 'ellipse', cx: 0, cy: 300, rx: 10, ry: 5, fill: { color: '#FFFFFF', opacity: 1 } }
    ],
    bounds: { x: 0, y: 0, width: 540, height: 305 },
    warnings: [],
    ...overrides
  }
}

describe('displayListToSvg', () => {
  it('writes a well-formed SVG whose viewBox is the bounds plus padding', () => {
    const svg = displayListToSvg(list(), { padding: 10 })
    expect(checkXmlWellFormed(svg)).toEqual([])
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="560" height="325" viewBox="-10 -10 560 325" role="img">/)
    expect(svg).toContain('<title>Board</title>')
  })

  it('groups consecutive items of a node and leaves node-less items bare', () => {
    const svg = displayListToSvg(list())
    expect(svg.match(/<g data-node-id="a">/g)).toHaveLength(1)
    expect(svg).toContain('<ellipse cx="0" cy="300" rx="10" ry="5" fill="#FFFFFF"/>\n</svg>')
  })

  it('shares one filter between equal shadows and writes opacity only when below 1', () => {
    const svg = displayListToSvg(list())
    expect(svg.match(/<filter /g)).toHaveLength(1)
    expect(svg.match(/filter="url\(#jb-shadow-0\)"/g)).toHaveLength(2)
    expect(svg).toContain('fill="#A8DAFF" fill-opacity="0.5"')
    expect(svg).not.toContain('fill="#FFE299" fill-opacity')
  })

  it('writes one marker per capped end, turned to the tip direction with the inset as reference', () => {
    const svg = displayListToSvg(list())
    expect(svg.match(/<marker /g)).toHaveLength(2)
    expect(svg).toContain('marker-start="url(#jb-cap-0)" marker-end="url(#jb-cap-1)"')
    expect(svg).toMatch(/<marker id="jb-cap-0"[^>]* refX="-7" refY="0" orient="180">/)
    expect(svg).toMatch(/<marker id="jb-cap-1"[^>]* orient="0"><path d="M0 0L-14 -8\.08L-14 8\.08Z" fill="#3DADFF"\/>/)
    expect(svg).toContain('stroke-dasharray="4 2"')
  })

  it('skips empty text lines and anchors only when not at the start', () => {
    const svg = displayListToSvg(list())
    expect(svg.match(/<tspan/g)).toHaveLength(1)
    expect(svg).not.toContain('text-anchor')
  })

  it('can leave out the dotted canvas and prefix ids for sharing a page', () => {
    const plain = displayListToSvg(list(), { background: false, idPrefix: 'board2-' })
    expect(plain).not.toContain('<pattern')
    expect(plain).toContain('id="board2-shadow-0"')
    expect(plain).toContain('url(#board2-cap-1)')
    expect(plain).not.toContain('jb-')
  })

  it('rejects options out of range', () => {
    expect(() => displayListToSvg(list(), { width: 0 })).toThrow('width must be a number more than 0, got 0')
    expect(() => displayListToSvg(list(), { scale: Number.NaN })).toThrow('scale must be a number more than 0')
    expect(() => displayListToSvg(list(), { padding: -1 })).toThrow('padding must be a number 0 or more')
    expect(() => displayListToSvg(list(), { idPrefix: '1 bad"' })).toThrow('idPrefix')
  })
})
