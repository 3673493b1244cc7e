import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator, loadRestFile } from '../../src/emulator'
import { generateBoardAsync } from '../../src/plugin-api/generate-board'
import { BoardSyncError } from '../../src/plugin-api/sync-board-error'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import type { Journey } from '../../src/model'
import { drawAsync, liveTag, taggedNodes, templateJourney } from '../reader/generated-board'
import { boardOf, noYield, readSyncedAsync, syncAsync } from '../sync/sync-board-helpers'

/** Every tenth item moved on to the next stage (the last stage's to the first): its emotion curve's points change order. */
function movedOn(journey: Journey): Journey {
  const stages = journey.stages.map((stage) => stage.id)
  const next = new Map(stages.map((id, i) => [id, stages[(i + 1) % stages.length]!]))
  return { ...journey, items: journey.items.map((item, i) => (i % 10 === 0 ? { ...item, stageId: next.get(item.stageId)! } : item)) }
}

/** The board's emotion curve segments by node id, each as the two items whose points it joins, read through its ends. */
function segments(emulator: FigJamEmulator): Map<string, string> {
  const nodes = taggedNodes(emulator.api)
  const itemOfPoint = new Map(nodes.flatMap((node) => (liveTag(node)?.role === 'emotion-point' ? [[node.id, liveTag(node)!.itemId!] as const] : [])))
  const ends = (end: ConnectorEndpoint): string => ('endpointNodeId' in end ? (itemOfPoint.get(end.endpointNodeId) ?? `not a point: ${end.endpointNodeId}`) : 'free')
  return new Map(
    nodes.flatMap((node) => {
      if (node.type !== 'CONNECTOR' || liveTag(node)?.role !== 'emotion-line') return []
      const line = node as ConnectorNode
      return [[node.id, `${ends(line.connectorStart)}→${ends(line.connectorEnd)}`] as const]
    })
  )
}

describe('an update that changes the order of an emotion curve', () => {
  it('keeps every segment of the curve, rewriting in place only the ends that moved, and joins the points a board drawn from the data joins', async () => {
    const journey = templateJourney('car-rental')
    const data = movedOn(journey)
    const emulator = await drawAsync(journey)
    const before = segments(emulator)
    const drawnFromData = [...segments(await drawAsync(data)).values()].sort()
    // The move changes which points some segments join: otherwise this would test nothing.
    expect(drawnFromData).not.toEqual([...before.values()].sort())
    emulator.resetCounters()

    const summary = await syncAsync(emulator, data)

    const after = segments(emulator)
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort())
    expect([...after.values()].sort()).toEqual(drawnFromData)
    expect(emulator.traffic.calls.get('createConnector')).toBeUndefined()
    expect(summary.counts.removed).toBe(0)
    // A segment whose points changed is the one that started at the same point, else one that ended there: here
    // (the last stage's point moved to the first stage) each keeps one of its points.
    const rewritten = [...after].filter(([id, joins]) => before.get(id) !== joins)
    expect(rewritten.length).toBeGreaterThan(0)
    for (const [id, joins] of rewritten) expect(joins.split('→').some((point) => before.get(id)!.split('→').includes(point)), `${before.get(id)} became ${joins}`).toBe(true)
    expect(rewritten.some(([id, joins]) => joins.split('→')[0] === before.get(id)!.split('→')[0])).toBe(true)
    // Its look follows from its role and its curve's colour, as a segment's that stayed: nothing the reading left out is read for it.
    expect(emulator.traffic.reads.get('strokeWeight')).toBeUndefined()
    expect(emulator.traffic.writes.get('strokeWeight')).toBeUndefined()
    // Each segment's tag says what it joins now, so the next reading binds it as what it draws.
    for (const node of taggedNodes(emulator.api)) {
      const tag = liveTag(node)
      if (tag?.role === 'emotion-line') expect(after.get(node.id)).toBe(`${tag.itemId}→${tag.toItemId}`)
    }
    expect(await readSyncedAsync(emulator)).toEqual(data)
  })

  it('is one undo step, and undoing it puts every segment back on its old points', async () => {
    const emulator = createFigJamEmulator({ recordUndo: true })
    const journey = templateJourney('car-rental')
    await generateBoardAsync(emulator.api, journey, noYield)
    const drawn = emulator.toRestFile()
    emulator.resetCounters()
    await syncAsync(emulator, movedOn(journey))
    expect(emulator.undoCommits).toBe(1)
    expect(emulator.undo()).toBe(true)
    expect(emulator.toRestFile()).toEqual(drawn)
  })

  it('puts every segment back on its old points when the update fails after rewriting them, whichever kind of change fails last', async () => {
    const journey = templateJourney('car-rental')
    const data = movedOn(journey)
    const file = (await drawAsync(journey)).toRestFile()
    const syncCopyAsync = async (arm?: { name: string; nth: number }): Promise<{ emulator: FigJamEmulator; outcome: unknown }> => {
      const emulator = loadRestFile(file)
      emulator.resetCounters()
      emulator.armFailure(arm)
      try {
        return { emulator, outcome: await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, noYield) }
      } catch (error) {
        return { emulator, outcome: error }
      }
    }
    const { emulator: probe, outcome } = await syncCopyAsync()
    expect(outcome).toMatchObject({ ok: true })
    expect(probe.calls.get('connectorEnd')).toBeGreaterThan(0)
    for (const [name, count] of probe.calls) {
      if (name === 'remove' || name === 'commitUndo' || name === 'loadFontAsync' || name.startsWith('get')) continue
      const { emulator, outcome } = await syncCopyAsync({ name, nth: count })
      expect(outcome, name).toBeInstanceOf(BoardSyncError)
      expect((outcome as BoardSyncError).restored, name).toBe(true)
      expect(emulator.toRestFile(), name).toEqual(file)
    }
  })
})
