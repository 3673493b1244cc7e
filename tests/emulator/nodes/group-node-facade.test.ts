import { describe, expect, it } from 'vitest'

import { loadRestFile } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('GroupNode (figma.group)', () => {
  it('groups nodes under the parent given, each keeping its place on the page [T: figma.group]', async () => {
    const { api } = await readyEmulatorAsync()
    const section = api.createSection()
    section.x = 1000
    section.y = 500
    section.resize(2000, 1000)
    const a = api.createSticky()
    a.x = 100
    a.y = 50
    const b = api.createSticky()
    section.appendChild(b)
    b.x = 400
    b.y = 300
    const group = api.group([a, b], section)
    expect(group.type).toBe('GROUP')
    expect(group.parent).toBe(section)
    expect(group.children).toEqual([a, b])
    expect(a.parent).toBe(group)
    // Members keep their page boxes; their x/y are now measured from the section around the group.
    expect(a.absoluteBoundingBox).toEqual({ x: 100, y: 50, width: 240, height: 240 })
    expect(b.absoluteBoundingBox).toEqual({ x: 1400, y: 800, width: 240, height: 240 })
    expect([a.x, a.y, b.x, b.y]).toEqual([-900, -450, 400, 300])
    expect(group.absoluteBoundingBox).toEqual({ x: 100, y: 50, width: 1540, height: 990 })
    expect([group.x, group.y, group.width, group.height]).toEqual([-900, -450, 1540, 990])
  })

  it('moves its members when it moves, and its box follows them', async () => {
    const { api } = await readyEmulatorAsync()
    const a = api.createSticky()
    const b = api.createSticky()
    b.x = 300
    const connector = api.createConnector()
    connector.connectorStart = { endpointNodeId: a.id, magnet: 'AUTO' }
    connector.connectorEnd = { position: { x: 900, y: 900 } }
    const group = api.group([a, b, connector], api.currentPage)
    group.x = 100
    group.y = 40
    expect([a.x, a.y, b.x, b.y]).toEqual([100, 40, 400, 40])
    expect(connector.connectorEnd).toEqual({ position: { x: 1000, y: 940 } })
    b.x = 1000
    expect(group.width).toBe(1140)
  })

  it('leaves no empty group: the last member leaving removes it [T: "empty groups are not supported"]', async () => {
    const { api } = await readyEmulatorAsync()
    const a = api.createSticky()
    const group = api.group([a], api.currentPage)
    group.appendChild(a)
    expect(group.removed).toBe(false)
    api.currentPage.appendChild(a)
    expect(group.removed).toBe(true)
    expect(api.currentPage.children).toEqual([a])
    const b = api.createSticky()
    const inner = api.group([b], api.currentPage)
    const outer = api.group([inner], api.currentPage)
    b.remove()
    expect([inner.removed, outer.removed]).toEqual([true, true])
  })

  it('refuses an empty list, a parent inside a grouped node, turning, and connectors attached to it', async () => {
    const { api } = await readyEmulatorAsync()
    expect(() => api.group([], api.currentPage)).toThrow(/must not be empty/)
    const section = api.createSection()
    const inner = api.createSection()
    section.appendChild(inner)
    expect(() => api.group([section], inner)).toThrow(/into itself/)
    const group = api.group([api.createSticky()], api.currentPage)
    expect(() => {
      ;(group as unknown as { rotation: number }).rotation = 5
    }).toThrow(/does not turn GROUP/)
    const connector = api.createConnector()
    expect(() => {
      connector.connectorStart = { endpointNodeId: group.id, magnet: 'AUTO' }
    }).toThrow(/does not attach connectors to a GROUP node/)
  })

  it('is found by findAll and findAllWithCriteria and exports as a REST GROUP that loads back', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const section = api.createSection()
    section.x = 200
    section.resize(1000, 1000)
    const a = api.createSticky()
    section.appendChild(a)
    a.x = 10
    a.y = 20
    a.setSharedPluginData('journeyboard', 't', 'x')
    const group = api.group([a], section)
    group.name = 'Ideas'
    expect(api.currentPage.findAll((n) => n.type === 'STICKY')).toEqual([a])
    expect(api.currentPage.findAllWithCriteria({ types: ['GROUP'] })).toEqual([group])
    const rest = emulator.toRestFile()
    const restSection = rest.document.children[0]!.children[0] as { children: { type: string; name: string; absoluteBoundingBox: unknown; children: { id: string }[] }[] }
    const restGroup = restSection.children[0]!
    expect(restGroup).toMatchObject({ type: 'GROUP', name: 'Ideas', absoluteBoundingBox: { x: 210, y: 20, width: 240, height: 240 } })
    expect(restGroup.children.map((c) => c.id)).toEqual([a.id])
    const again = loadRestFile(JSON.parse(JSON.stringify(rest)))
    expect(again.toRestFile()).toEqual(rest)
    const loaded = again.api.currentPage.findAll((n) => n.type === 'STICKY')[0]!
    expect(loaded.parent?.type).toBe('GROUP')
    expect([loaded.x, loaded.y]).toEqual([10, 20])
  })
})
