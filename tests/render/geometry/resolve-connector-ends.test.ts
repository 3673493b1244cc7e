import { describe, expect, it } from 'vitest'

import type { Box } from '../../../src/render/display-list'
import { resolveConnectorEnds } from '../../../src/render/geometry/resolve-connector-ends'

const boxes: Record<string, Box> = {
  left: { x: 0, y: 0, width: 240, height: 240 },
  right: { x: 400, y: 40, width: 240, height: 240 },
  below: { x: 20, y: 500, width: 200, height: 100 }
}
const boxOf = (id: string): Box | undefined => boxes[id]

describe('resolveConnectorEnds', () => {
  it('joins side-by-side nodes right side to left side for AUTO magnets', () => {
    const ends = resolveConnectorEnds({ endpointNodeId: 'left', magnet: 'AUTO' }, { endpointNodeId: 'right', magnet: 'AUTO' }, boxOf)
    expect(ends).toEqual({
      ok: true,
      start: { point: { x: 240, y: 120 }, direction: { x: 1, y: 0 } },
      end: { point: { x: 400, y: 160 }, direction: { x: -1, y: 0 } }
    })
  })

  it('joins stacked nodes bottom to top, in either order, and treats a missing magnet as AUTO', () => {
    const down = resolveConnectorEnds({ endpointNodeId: 'left' }, { endpointNodeId: 'below', magnet: 'AUTO' }, boxOf)
    expect(down).toMatchObject({ ok: true, start: { point: { x: 120, y: 240 } }, end: { point: { x: 120, y: 500 } } })
    const up = resolveConnectorEnds({ endpointNodeId: 'below', magnet: 'AUTO' }, { endpointNodeId: 'left', magnet: 'AUTO' }, boxOf)
    expect(up).toMatchObject({ ok: true, start: { point: { x: 120, y: 500 }, direction: { x: 0, y: -1 } }, end: { point: { x: 120, y: 240 } } })
  })

  it('uses named magnets and the centre as given', () => {
    const ends = resolveConnectorEnds({ endpointNodeId: 'left', magnet: 'TOP' }, { endpointNodeId: 'right', magnet: 'CENTER' }, boxOf)
    expect(ends).toEqual({ ok: true, start: { point: { x: 120, y: 0 }, direction: { x: 0, y: -1 } }, end: { point: { x: 520, y: 160 } } })
    const sides = resolveConnectorEnds({ endpointNodeId: 'left', magnet: 'LEFT' }, { endpointNodeId: 'right', magnet: 'BOTTOM' }, boxOf)
    expect(sides).toMatchObject({ start: { point: { x: 0, y: 120 } }, end: { point: { x: 520, y: 280 }, direction: { x: 0, y: 1 } } })
  })

  it('puts a free end at its absolute position and aims an AUTO end at it', () => {
    const ends = resolveConnectorEnds({ endpointNodeId: 'left', magnet: 'AUTO' }, { position: { x: 100, y: 900 } }, boxOf)
    expect(ends).toEqual({ ok: true, start: { point: { x: 120, y: 240 }, direction: { x: 0, y: 1 } }, end: { point: { x: 100, y: 900 } } })
  })

  it('reads a 0–1 position given with a node as a fraction of its box', () => {
    const ends = resolveConnectorEnds({ endpointNodeId: 'right', position: { x: 0.5, y: 1 } }, { endpointNodeId: 'below', position: { x: 0, y: 0.5 } }, boxOf)
    expect(ends).toEqual({
      ok: true,
      start: { point: { x: 520, y: 280 }, direction: { x: 0, y: 1 } },
      end: { point: { x: 20, y: 550 }, direction: { x: -1, y: 0 } }
    })
  })

  it('reports which end names a node that is not on the page', () => {
    expect(resolveConnectorEnds({ endpointNodeId: 'left' }, { endpointNodeId: 'gone' }, boxOf)).toEqual({ ok: false, end: 'end', nodeId: 'gone' })
    expect(resolveConnectorEnds({ endpointNodeId: 'gone', position: { x: 5, y: 6 } }, { endpointNodeId: 'left' }, boxOf)).toMatchObject({
      ok: true,
      start: { point: { x: 5, y: 6 } }
    })
  })
})
