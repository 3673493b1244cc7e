import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../../src/emulator'

function twoStickies() {
  const emulator = createFigJamEmulator()
  const { api } = emulator
  const left = api.createSticky()
  const right = api.createSticky()
  right.x = 600
  return { emulator, api, left, right }
}

describe('ConnectorNode', () => {
  it('starts as a free 200-wide elbowed line with an arrow at the end', () => {
    const { api } = createFigJamEmulator()
    const connector = api.createConnector()
    expect(connector.connectorStart).toEqual({ position: { x: 0, y: 0 } })
    expect(connector.connectorEnd).toEqual({ position: { x: 200, y: 0 } })
    expect([connector.width, connector.height]).toEqual([200, 0])
    expect(connector.connectorLineType).toBe('ELBOWED')
    expect(connector.connectorEndStrokeCap).toBe('ARROW_LINES')
  })

  it('attaches to nodes by id and spans between them', () => {
    const { api, left, right } = twoStickies()
    const connector = api.createConnector()
    connector.connectorStart = { endpointNodeId: left.id, magnet: 'RIGHT' }
    connector.connectorEnd = { endpointNodeId: right.id, magnet: 'LEFT' }
    expect(connector.absoluteBoundingBox).toEqual({ x: 240, y: 120, width: 360, height: 0 })
    right.y = 200
    expect(connector.absoluteBoundingBox).toEqual({ x: 240, y: 120, width: 360, height: 200 })
    connector.connectorEnd = { endpointNodeId: right.id, magnet: 'AUTO' }
    expect(connector.connectorEnd).toEqual({ endpointNodeId: right.id, magnet: 'AUTO' })
  })

  it('throws when an end points at a node that does not exist or was removed', () => {
    const { api, left } = twoStickies()
    const connector = api.createConnector()
    expect(() => {
      connector.connectorStart = { endpointNodeId: '9:99', magnet: 'AUTO' }
    }).toThrow(/cannot attach to node "9:99"/)
    left.remove()
    expect(() => {
      connector.connectorEnd = { endpointNodeId: left.id, magnet: 'AUTO' }
    }).toThrow(/no node with that id exists/)
    expect(connector.connectorStart).toEqual({ position: { x: 0, y: 0 } })
  })

  it('refuses malformed ends and attaching to itself or another connector', () => {
    const { api, left } = twoStickies()
    const connector = api.createConnector()
    const other = api.createConnector()
    expect(() => {
      connector.connectorStart = { endpointNodeId: left.id } as ConnectorEndpoint
    }).toThrow(/magnet or a position/)
    expect(() => {
      connector.connectorStart = { endpointNodeId: left.id, magnet: 'MIDDLE' } as unknown as ConnectorEndpoint
    }).toThrow(/magnet/)
    expect(() => {
      connector.connectorStart = { endpointNodeId: other.id, magnet: 'AUTO' }
    }).toThrow(/not a connector/)
    expect(() => {
      connector.connectorStart = { endpointNodeId: connector.id, magnet: 'AUTO' }
    }).toThrow(/not a connector/)
  })

  it('keeps a free end where a removed endpoint node was', () => {
    const { api, left, right } = twoStickies()
    const connector = api.createConnector()
    connector.connectorStart = { endpointNodeId: left.id, magnet: 'RIGHT' }
    connector.connectorEnd = { endpointNodeId: right.id, magnet: 'LEFT' }
    right.remove()
    expect(connector.removed).toBe(false)
    expect(connector.connectorEnd).toEqual({ position: { x: 600, y: 120 } })
    expect(connector.connectorStart).toEqual({ endpointNodeId: left.id, magnet: 'RIGHT' })
    expect(left.attachedConnectors).toEqual([connector])
  })

  it('frees the ends a removed node holds as they are then, after ends were moved to other nodes', () => {
    const { api, left, right } = twoStickies()
    const below = api.createSticky()
    below.y = 600
    const moved = api.createConnector()
    moved.connectorStart = { endpointNodeId: left.id, magnet: 'RIGHT' }
    moved.connectorEnd = { endpointNodeId: right.id, magnet: 'LEFT' }
    moved.connectorEnd = { endpointNodeId: below.id, magnet: 'TOP' }
    // Both ends on one node, then one moved off it: the other still holds it there.
    const loop = api.createConnector()
    loop.connectorStart = { endpointNodeId: right.id, magnet: 'TOP' }
    loop.connectorEnd = { endpointNodeId: right.id, magnet: 'BOTTOM' }
    loop.connectorStart = { endpointNodeId: left.id, magnet: 'TOP' }
    right.remove()
    expect(moved.connectorEnd).toEqual({ endpointNodeId: below.id, magnet: 'TOP' })
    expect(loop.connectorStart).toEqual({ endpointNodeId: left.id, magnet: 'TOP' })
    expect(loop.connectorEnd).toEqual({ position: { x: 720, y: 240 } })
    below.remove()
    expect(moved.connectorEnd).toEqual({ position: { x: 120, y: 600 } })
  })

  it('frees ends attached inside a removed section', async () => {
    const { api, left, right } = twoStickies()
    await api.loadFontAsync({ family: 'Inter', style: 'Medium' })
    const section = api.createSection()
    section.appendChild(right)
    const connector = api.createConnector()
    connector.connectorLineType = 'STRAIGHT'
    connector.connectorStart = { endpointNodeId: left.id, magnet: 'CENTER' }
    connector.connectorEnd = { endpointNodeId: right.id, position: { x: 0.25, y: 0.5 } }
    section.remove()
    expect(connector.connectorEnd).toEqual({ position: { x: 600 + 0.25 * 240, y: 0.5 * 240 } })
  })

  it('lists itself in attachedConnectors of both ends', () => {
    const { api, left, right } = twoStickies()
    const a = api.createConnector()
    a.connectorStart = { endpointNodeId: left.id, magnet: 'AUTO' }
    a.connectorEnd = { endpointNodeId: right.id, magnet: 'AUTO' }
    const b = api.createConnector()
    b.connectorStart = { endpointNodeId: right.id, magnet: 'TOP' }
    expect(left.attachedConnectors).toEqual([a])
    expect(right.attachedConnectors).toEqual([a, b])
    a.remove()
    expect(left.attachedConnectors).toEqual([])
  })

  it('moves only its free ends when x/y are set', () => {
    const { api, left } = twoStickies()
    const connector = api.createConnector()
    connector.connectorLineType = 'STRAIGHT'
    connector.connectorStart = { endpointNodeId: left.id, magnet: 'CENTER' }
    connector.connectorEnd = { position: { x: 400, y: 120 } }
    connector.x = 200
    expect(connector.connectorEnd).toEqual({ position: { x: 480, y: 120 } })
  })

  it('validates line type and caps, and returns copies of its ends', () => {
    const { api } = createFigJamEmulator()
    const connector = api.createConnector()
    connector.connectorLineType = 'STRAIGHT'
    connector.connectorStartStrokeCap = 'CIRCLE_FILLED'
    connector.connectorEndStrokeCap = 'ERD_MANY'
    expect([connector.connectorLineType, connector.connectorStartStrokeCap, connector.connectorEndStrokeCap]).toEqual([
      'STRAIGHT',
      'CIRCLE_FILLED',
      'ERD_MANY'
    ])
    expect(() => {
      connector.connectorEndStrokeCap = 'LINE_ARROW' as ConnectorStrokeCap
    }).toThrow(TypeError)
    const start = connector.connectorStart as { position: { x: number } }
    start.position.x = 99
    expect(connector.connectorStart).toEqual({ position: { x: 0, y: 0 } })
  })

  it('has strokes, weight, dash pattern and a label background', () => {
    const { api } = createFigJamEmulator()
    const connector = api.createConnector()
    connector.strokeWeight = 2
    connector.dashPattern = [4, 4]
    connector.textBackground.fills = [{ type: 'SOLID', color: { r: 0, g: 0, b: 0 } }]
    expect(connector.strokeWeight).toBe(2)
    expect(connector.dashPattern).toEqual([4, 4])
    expect(connector.textBackground.fills).toHaveLength(1)
    expect(() => {
      connector.dashPattern = [-1]
    }).toThrow(TypeError)
  })
})
