import { describe, expect, it } from 'vitest'

import { CONNECTOR_END_CAP, connectNodesAsync } from '../../../src/preview/edits/connect-nodes-async'
import { drawAsync, itemSticky, readBothWaysAsync, templateJourney } from '../../reader/generated-board'

describe('connectNodesAsync', () => {
  it('glues both ends to the stickies with AUTO magnets and an arrow at the end; the reader sees a new link', async () => {
    const journey = templateJourney('car-rental')
    const [from, to] = [journey.items[0], journey.items[5]]
    if (from === undefined || to === undefined) throw new Error('fixture')
    const emulator = await drawAsync(journey)
    const [a, b] = [itemSticky(emulator.api, from.id), itemSticky(emulator.api, to.id)]

    const id = await connectNodesAsync(emulator.api, a.id, b.id)
    const connector = (await emulator.api.getNodeByIdAsync(id)) as ConnectorNode
    expect(connector.connectorStart).toEqual({ endpointNodeId: a.id, magnet: 'AUTO' })
    expect(connector.connectorEnd).toEqual({ endpointNodeId: b.id, magnet: 'AUTO' })
    expect(connector.connectorEndStrokeCap).toBe(CONNECTOR_END_CAP)
    const read = await readBothWaysAsync(emulator)
    expect(read.journey.links.filter((link) => link.from === from.id && link.to === to.id)).toHaveLength(1)
    expect(read.journey.links).toHaveLength(journey.links.length + 1)
  })

  it('refuses to join a node to itself or to a node that is gone, leaving no connector behind', async () => {
    const journey = templateJourney('car-rental')
    const emulator = await drawAsync(journey)
    const sticky = itemSticky(emulator.api, journey.items[0]?.id ?? '')
    const connectors = () => emulator.api.currentPage.findAllWithCriteria({ types: ['CONNECTOR'] }).length
    const before = connectors()
    await expect(connectNodesAsync(emulator.api, sticky.id, sticky.id)).rejects.toThrow('a connector needs two different nodes')
    await expect(connectNodesAsync(emulator.api, sticky.id, '9:999')).rejects.toThrow('node 9:999 is no longer on the board')
    expect(connectors()).toBe(before)
  })
})
