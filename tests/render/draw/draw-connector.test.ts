import { describe, expect, it } from 'vitest'

import type { Box } from '../../../src/render/display-list'
import type { DrawContext } from '../../../src/render/draw/draw-context'
import { drawConnector } from '../../../src/render/draw/draw-connector'
import type { RestNode } from '../../../src/render/rest/rest-file-schema'
import { connector } from '../rest-board-fixtures'

const boxes: Record<string, Box> = { a: { x: 0, y: 0, width: 100, height: 100 }, b: { x: 300, y: 0, width: 100, height: 100 } }
const context = (warnings: string[] = []): DrawContext => ({ boxOf: (id) => boxes[id], warn: (m) => warnings.push(m) })

describe('drawConnector', () => {
  it('centres the label pill on the middle of the line', () => {
    const items = drawConnector(connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' }, { label: 'next', lineType: 'STRAIGHT' }) as RestNode, context())
    const [line, pill, label] = items
    expect(line?.kind).toBe('path')
    if (pill?.kind !== 'rect' || label?.kind !== 'text') throw new Error('expected pill and label')
    expect(pill.x + pill.width / 2).toBeCloseTo(200, 6)
    expect(pill.y + pill.height / 2).toBeCloseTo(50, 6)
    expect(pill.fill).toEqual({ color: '#FFFFFF', opacity: 1 })
    expect(label.lines.map((l) => l.text)).toEqual(['next'])
  })

  it('uses the stroke colour and weight for the line and its arrowheads, and falls back to charcoal', () => {
    const blue = drawConnector(connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' }, { stroke: '#3DADFF', strokeWeight: 4, endCap: 'LINE_ARROW' }) as RestNode, context())[0]
    expect(blue).toMatchObject({ stroke: { color: '#3DADFF', width: 4 }, endCap: { cap: 'LINE_ARROW', color: '#3DADFF', strokeWidth: 4, inset: 0 } })
    const { strokes: _none, ...plain } = connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' })
    expect(drawConnector(plain as RestNode, context())[0]).toMatchObject({ stroke: { color: '#1E1E1E' } })
  })

  it('draws no label pill for an empty label and no caps for NONE', () => {
    const items = drawConnector(connector('c', { endpointNodeId: 'a' }, { endpointNodeId: 'b' }, { label: '  ' }) as RestNode, context())
    expect(items).toHaveLength(1)
    expect(items[0]).not.toHaveProperty('startCap')
    expect(items[0]).not.toHaveProperty('endCap')
  })

  it('warns and draws nothing when an end names an unknown node', () => {
    const warnings: string[] = []
    expect(drawConnector(connector('c', { endpointNodeId: 'zz' }, { endpointNodeId: 'b' }) as RestNode, context(warnings))).toEqual([])
    expect(warnings).toEqual(['connector "c": its start is attached to node "zz", which is not on the page; not drawn'])
  })
})
