import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { type Journey, validateJourney } from '../../src/model'
import { syncPreviewAsync } from '../../src/plugin-api/sync-preview'
import type { SyncSummary } from '../../src/plugin-api/sync-board'
import { resolveAll } from '../../src/sync'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { drawAsync } from '../reader/generated-board'
import { propertyRuns } from '../support/property-runs'
import { applyBoardEditsAsync, type BoardEdit } from '../sync/board-edits'
import { applyDataEdits, dataEditsArbitrary } from '../sync/journey-edits'
import { boardOf, syncAsync } from '../sync/sync-board-helpers'
import type { FigJamEmulator } from '../../src/emulator'
import { linkClearanceProblems } from './link-clearance'

/**
 * Labels as people write them: none, a word, a phrase, one long enough to wrap onto several lines,
 * lines of their own, wide characters. Few items and several links make links between the same two
 * stickies common.
 */
const LABELS = ['', 'calls', 'case by email', 'asks the store whether the warranty covers the handle that broke on the second day', 'first line\nsecond line\nthird', '长途旅行很累，请给我们打电话']

/** What people do by hand that moves stickies and adds connectors: nudge a sticky in its cell, move it to another cell, draw a labelled connector. */
const handEditArbitrary: fc.Arbitrary<BoardEdit> = fc.oneof(
  fc.record({ op: fc.constant('nudge' as const), item: fc.nat(), dx: fc.integer({ min: -120, max: 120 }), dy: fc.integer({ min: -120, max: 120 }) }),
  fc.record({ op: fc.constant('move' as const), item: fc.nat(), stage: fc.nat(), lane: fc.nat(), dx: fc.integer({ min: 0, max: 60 }), dy: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ op: fc.constant('connect' as const), from: fc.nat(), step: fc.nat(), label: fc.constantFrom(...LABELS) })
)

const addedLinkArbitrary = fc.record({ from: fc.nat(), step: fc.nat(), label: fc.constantFrom(...LABELS) })

/** The data changed at random, with links added between its items, labelled as people write them. */
function changedData(j1: Journey, edits: Parameters<typeof applyDataEdits>[1], added: readonly { from: number; step: number; label: string }[]): Journey {
  const changed = applyDataEdits(j1, edits)
  const items = changed.items
  const links = items.length < 2 ? [] : added.map(({ from, step, label }, i) => {
    const a = from % items.length
    const b = (a + 1 + (step % (items.length - 1))) % items.length
    return { id: `added-${i}`, from: items[a]!.id, to: items[b]!.id, kind: 'handover' as const, label }
  })
  const result = validateJourney({ ...changed, links: [...changed.links, ...links] })
  if (!result.ok) throw new Error(`invalid data: ${JSON.stringify(result.problems)}`)
  return result.value
}

async function updateAsync(emulator: FigJamEmulator, data: Journey): Promise<SyncSummary> {
  const preview = await syncPreviewAsync(emulator.api, boardOf(emulator).id, data)
  if (!preview.ok) throw new Error(JSON.stringify(preview.problems))
  return syncAsync(emulator, data, resolveAll(preview.value.changeSet, 'board'))
}

/** The clearance problems that name no link the update warned about: what an update drew over text without saying so. */
function unwarned(emulator: FigJamEmulator, summary: SyncSummary): string[] {
  const warned = new Set(summary.warnings.flatMap((warning) => (warning.code === 'link-over-text' && warning.node?.text !== undefined ? [warning.node.text] : [])))
  return linkClearanceProblems(emulator.toRestFile(), boardOf(emulator).id).filter((found) => ![...found.matchAll(/\(link:([^)]+)\)/g)].some((match) => warned.has(match[1]!)))
}

describe('link routes after an update of a board people arranged', () => {
  it('should draw no line over a sticky and no label over text it does not warn about, and change nothing on a second update', async () => {
    const cases = journeyArbitrary({ text: 'plain', minItems: 2, maxItems: 8, maxStages: 3, maxLanes: 3, maxLinks: 3 }).chain((j1) =>
      fc.record({
        j1: fc.constant(j1),
        hand: fc.array(handEditArbitrary, { minLength: 1, maxLength: 5 }),
        edits: dataEditsArbitrary(3),
        added: fc.array(addedLinkArbitrary, { maxLength: 3 })
      })
    )
    await fc.assert(
      fc.asyncProperty(cases, async ({ j1, hand, edits, added }) => {
        const emulator = await drawAsync(j1)
        await applyBoardEditsAsync(emulator, j1, hand)
        const data = changedData(j1, edits, added)

        const first = await updateAsync(emulator, data)
        expect(unwarned(emulator, first)).toEqual([])

        const file = emulator.toRestFile()
        const second = await updateAsync(emulator, data)
        expect(second.changeSet.changes).toEqual([])
        expect(emulator.toRestFile()).toEqual(file)
        expect(unwarned(emulator, second)).toEqual([])
      }),
      propertyRuns(25)
    )
  })
})
