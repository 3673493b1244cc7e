import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { BoardSyncError } from '../../src/plugin-api/sync-board-error'
import { syncBoardAsync } from '../../src/plugin-api/sync-board'
import { type FigJamEmulator, loadRestFile, type RestFile } from '../../src/emulator'
import { PROBLEM_CATALOGUES, problemText } from '../../src/i18n'
import type { Journey } from '../../src/model'
import { drawAsync, itemSticky, loadFontOfAsync, stageSection, templateJourney } from '../reader/generated-board'
import { boardOf, cellSlot, dropInto, noYield } from '../sync/sync-board-helpers'
import { propertyRuns } from '../support/property-runs'

/**
 * A sync that fails half-way leaves the board exactly as it was: every change is recorded and
 * undone, and removals, which cannot be undone, come last.
 */

/** A workshop board people worked on (an edit, a sticky and a connector by hand, a deletion), and data changed in every way. */
async function startAsync(): Promise<{ file: RestFile; data: Journey }> {
  const journey = templateJourney('workshop-swimlane')
  const emulator = await drawAsync(journey)
  const { api } = emulator
  const edited = itemSticky(api, 'report-customer-1')
  await loadFontOfAsync(api, edited.text)
  edited.text.characters = 'Calls the store twice'
  const sticky = api.createSticky()
  dropInto(stageSection(api, 'assess'), sticky, cellSlot(api, 'assess', 'store'))
  sticky.text.characters = 'Checks the warranty'
  const connector = api.createConnector()
  connector.connectorStart = { endpointNodeId: sticky.id, magnet: 'AUTO' }
  connector.connectorEnd = { endpointNodeId: itemSticky(api, 'visit-customer-1').id, magnet: 'AUTO' }
  itemSticky(api, 'breakdown-store-1').remove()

  const data: Journey = {
    ...journey,
    title: 'Getting a broken mower fixed',
    stages: [{ id: 'buy', name: 'Buying the mower', description: 'Months before' }, ...journey.stages],
    items: [
      ...journey.items
        .filter((item) => item.id !== 'report-store-1')
        .map((item) => {
          if (item.id === 'breakdown-quote-1') return { ...item, text: `${item.text} (again)` }
          if (item.id === 'report-service-1') return { ...item, stageId: 'buy' }
          return item
        }),
      { id: 'buy-1', stageId: 'buy', laneId: 'customer', text: 'Buys the mower online', momentOfTruth: true, flag: 'green' }
    ],
    links: journey.links.filter((link) => link.from !== 'report-store-1' && link.to !== 'report-store-1')
  }
  return { file: emulator.toRestFile(), data }
}

async function syncCopyAsync(file: RestFile, data: Journey, arm?: { name: string; nth: number }): Promise<{ emulator: FigJamEmulator; outcome: unknown }> {
  const emulator = loadRestFile(file)
  emulator.resetCounters()
  emulator.armFailure(arm)
  try {
    const result = await syncBoardAsync(emulator.api, boardOf(emulator).id, data, {}, noYield)
    return { emulator, outcome: result }
  } catch (error) {
    return { emulator, outcome: error }
  }
}

describe('a sync that fails half-way', () => {
  it('puts the board back exactly as it was, whichever call fails', async () => {
    const { file, data } = await startAsync()
    const { emulator: probe, outcome } = await syncCopyAsync(file, data)
    expect(outcome).toMatchObject({ ok: true })
    expect(probe.undoCommits).toBe(1)
    // Every call and write the sync makes, and how often: each one may be the one that fails.
    const calls = [...probe.calls].filter(([name]) => name !== 'remove' && name !== 'commitUndo')
    expect(calls.length).toBeGreaterThan(20)
    const rules = fc.constantFrom(...calls).chain(([name, count]) => fc.record({ name: fc.constant(name), nth: fc.integer({ min: 1, max: count }) }))

    await fc.assert(
      fc.asyncProperty(rules, async (rule) => {
        const { emulator, outcome } = await syncCopyAsync(file, data, rule)
        expect(outcome).toBeInstanceOf(Error)
        if (outcome instanceof BoardSyncError) expect(outcome.restored).toBe(true)
        expect(emulator.toRestFile()).toEqual(file)
        expect(emulator.undoCommits).toBe(0)
      }),
      propertyRuns(80)
    )
  })

  it('puts stickies moved out of one stage back in their order there, whichever call fails after the moves', async () => {
    const journey = templateJourney('workshop-swimlane')
    const [from, to] = journey.stages
    // Every other item of the first stage moves on, so each one leaves a section that others have left before it.
    const leaving = new Set(journey.items.filter((item) => item.stageId === from!.id).filter((_, i) => i % 2 === 0).map((item) => item.id))
    expect(leaving.size).toBeGreaterThan(2)
    const data: Journey = { ...journey, items: journey.items.map((item) => (leaving.has(item.id) ? { ...item, stageId: to!.id } : item)) }
    const file = (await drawAsync(journey)).toRestFile()
    const { emulator: probe, outcome } = await syncCopyAsync(file, data)
    expect(outcome).toMatchObject({ ok: true })
    expect(probe.calls.get('appendChild')).toBeGreaterThanOrEqual(leaving.size)
    // The last of each kind of change comes after the moves: undoing them puts each sticky back at its index.
    for (const [name, count] of probe.calls) {
      if (name === 'remove' || name === 'commitUndo' || name === 'loadFontAsync' || name.startsWith('get')) continue
      const { emulator, outcome } = await syncCopyAsync(file, data, { name, nth: count })
      expect(outcome, name).toBeInstanceOf(BoardSyncError)
      expect(emulator.toRestFile(), name).toEqual(file)
    }
  })

  it('says where it failed and keeps the cause', async () => {
    const { file, data } = await startAsync()
    const { emulator, outcome } = await syncCopyAsync(file, data, { name: 'createShapeWithText', nth: 1 })
    expect(outcome).toBeInstanceOf(BoardSyncError)
    expect((outcome as BoardSyncError).message).toMatch(/^Could not update the board: failed at shape "[^"]+" \(Emulated failure: call 1 of createShapeWithText \(failOnCall\)\)\. Everything was put back as it was\.$/)
    expect((outcome as BoardSyncError).cause).toBeInstanceOf(Error)
    // The same as a code and values, which the panel words in its own language.
    const { problem } = outcome as BoardSyncError
    expect(problem).toMatchObject({ path: 'board', code: 'sync-failed', params: { where: expect.stringMatching(/^shape "/), error: 'Emulated failure: call 1 of createShapeWithText (failOnCall)' } })
    expect(problemText('sync-failed', problem.params ?? {}, PROBLEM_CATALOGUES.fr, 'fr')).toMatch(/^impossible de mettre à jour le tableau\u00a0: échec sur shape "[^"]+" \(l’erreur, en anglais\u00a0: Emulated failure: .*\)\. Tout a été remis comme avant\.$/)
    expect(emulator.toRestFile()).toEqual(file)
  })

  it('says so when measuring the texts in FigJam fails, and changes nothing', async () => {
    const { file, data } = await startAsync()
    // The new item's sticky is made and measured before anything is placed (FigJam's two passes).
    const { emulator, outcome } = await syncCopyAsync(file, data, { name: 'createSticky', nth: 1 })
    expect(outcome).toBeInstanceOf(BoardSyncError)
    expect((outcome as BoardSyncError).message).toMatch(/^Could not measure the board's texts in FigJam \(Emulated failure: call 1 of createSticky \(failOnCall\)\)\. Everything was put back as it was\.$/)
    expect((outcome as BoardSyncError).restored).toBe(true)
    expect((outcome as BoardSyncError).problem).toMatchObject({ code: 'sync-measure-failed', params: { error: 'Emulated failure: call 1 of createSticky (failOnCall)' } })
    expect(emulator.toRestFile()).toEqual(file)
  })

  it('finishes the update when a removal fails at the end, and names the node left over', async () => {
    const { file, data } = await startAsync()
    const { emulator: reference } = await syncCopyAsync(file, data)
    const { emulator, outcome } = await syncCopyAsync(file, data, { name: 'remove', nth: 1 })
    expect(outcome).toMatchObject({ ok: true, value: { notRemoved: [{ nodeId: expect.any(String), message: expect.stringContaining('Emulated failure') }] } })
    const left = (outcome as { value: { notRemoved: { nodeId: string }[] } }).value.notRemoved[0]!.nodeId
    expect(emulator.api.currentPage.findOne((node) => node.id === left)).not.toBeNull()
    expect(reference.api.currentPage.findOne((node) => node.id === left)).toBeNull()
    expect(emulator.undoCommits).toBe(1)
  })
})
