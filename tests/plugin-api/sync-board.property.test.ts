import fc from 'fast-check'
import { describe, it } from 'vitest'

import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { boardEditsArbitrary, moreBoardEditArbitrary } from '../sync/board-edits'
import { checkSyncCaseAsync } from '../sync/check-sync-case'
import { applyDataEdits, dataEditsArbitrary } from '../sync/journey-edits'

/**
 * The sync's law: for a board drawn from J1, changed by people (E), and data changed to J2 (sharing
 * J1's ids), syncing reads back as J2 plus what survives of E; every sticky and connector made by
 * hand is still there with its id; nothing overlaps; no node goes that the change set does not
 * account for; and a second sync to the same data changes nothing (see checkSyncCaseAsync).
 */

const cases = journeyArbitrary({ text: 'plain', maxItems: 10, maxStages: 4, maxLanes: 4, maxLinks: 4 }).chain((j1) =>
  fc.record({
    j1: fc.constant(j1),
    j2: dataEditsArbitrary().map((edits) => applyDataEdits(j1, edits)),
    edits: boardEditsArbitrary(),
    resolution: fc.constantFrom('board' as const, 'data' as const, 'keep-both' as const)
  })
)

describe('syncing a board people changed to changed data', () => {
  it('reads back as the new data plus what survives of people’s edits, keeping everything made by hand', async () => {
    await fc.assert(fc.asyncProperty(cases, (c) => checkSyncCaseAsync(c)), { numRuns: 40 })
  })

  it('stays sound, keeps everything made by hand and settles whatever else people did (renames, reorders, recolours, deleted links)', async () => {
    const anyEdits = journeyArbitrary({ text: 'plain', maxItems: 10, maxStages: 4, maxLanes: 4, maxLinks: 4 }).chain((j1) =>
      fc.record({
        j1: fc.constant(j1),
        j2: dataEditsArbitrary().map((edits) => applyDataEdits(j1, edits)),
        edits: fc.array(moreBoardEditArbitrary, { minLength: 1, maxLength: 6 }),
        resolution: fc.constantFrom('board' as const, 'data' as const, 'keep-both' as const)
      })
    )
    await fc.assert(
      fc.asyncProperty(anyEdits, (c) => checkSyncCaseAsync(c, { oracle: false })),
      { numRuns: 40 }
    )
  })
})
