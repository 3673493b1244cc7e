import { describe, expect, it } from 'vitest'

import { CONNECTOR_CAPS } from '../../../src/render/display-list'
import { connectorCapOutline, connectorCapSize, toConnectorCap } from '../../../src/render/geometry/connector-cap-outline'

describe('toConnectorCap', () => {
  it('maps NONE and nothing to no cap, REST names to themselves and unknown names to the default arrow', () => {
    expect(toConnectorCap(undefined)).toBeUndefined()
    expect(toConnectorCap('NONE')).toBeUndefined()
    for (const cap of CONNECTOR_CAPS) expect(toConnectorCap(cap)).toBe(cap)
    expect(toConnectorCap('ERD_MANY')).toBe('TRIANGLE_ARROW')
  })
})

describe('connectorCapOutline', () => {
  it.each(CONNECTOR_CAPS)('draws %s with its tip at the origin and its body behind it', (cap) => {
    const size = connectorCapSize(2)
    const outline = connectorCapOutline(cap, size)
    const points = outline.commands.flatMap((c) => (c.op === 'Z' ? [] : c.op === 'C' ? [{ x: c.x, y: c.y }, { x: c.c1x, y: c.c1y }] : [{ x: c.x, y: c.y }]))
    expect(Math.max(...points.map((p) => p.x))).toBeCloseTo(0, 6)
    expect(Math.min(...points.map((p) => p.x))).toBeGreaterThanOrEqual(-size - 1e-9)
    expect(outline.inset).toBeLessThan(size)
    expect(outline.filled).toBe(cap !== 'LINE_ARROW')
  })

  it('grows the arrowhead with the line', () => {
    expect(connectorCapSize(4)).toBeGreaterThan(connectorCapSize(1))
  })
})
