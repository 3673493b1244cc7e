import fc from 'fast-check'
import { describe, it } from 'vitest'

import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { boardEditsArbitrary, moreBoardEditArbitrary } from '../sync/board-edits'
import { checkSyncCaseAsync } from '../sync/check-sync-case'
import { applyDataEdits, dataEditsArbitrary } from '../sync/journey-edits'
import { type Journey, validateJourney } from '../../src/model'
import { propertyRuns } from '../support/property-runs'

function parsed(input: unknown): Journey {
  const result = validateJourney(input)
  if (!result.ok) throw new Error(JSON.stringify(result.problems))
  return result.value
}

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
    await fc.assert(fc.asyncProperty(cases, (c) => checkSyncCaseAsync(c)), propertyRuns(40))
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
      propertyRuns(40)
    )
  })
  // Once a counterexample: an update that widened gaps for the links of a sticky moved to another
  // lane, beside a cell people had arranged, opened a row gap the next update to the same data closed.
  it('moves nothing on a second update after a linked sticky moved lane beside a cell people arranged', async () => {
    const j1 = parsed({"id": "A", "title": "a", "personas": [{"id": "A", "name": "a"}], "stages": [{"id": "A", "name": "a"}], "lanes": [{"id": "A", "name": "a", "kind": "actions"}, {"id": "0", "name": "a", "kind": "actions"}, {"id": "0.", "name": "a", "kind": "actions"}, {"id": "a", "name": "a", "kind": "actions"}], "items": [{"id": "0", "stageId": "A", "laneId": "A", "text": ""}, {"id": "0-", "stageId": "A", "laneId": "A", "text": ""}, {"id": "a", "stageId": "A", "laneId": "A", "text": ""}, {"id": "aa", "stageId": "A", "laneId": "A", "text": ""}, {"id": "A", "stageId": "A", "laneId": "A", "text": ""}, {"id": "00", "stageId": "A", "laneId": "A", "text": ""}], "links": [{"id": "A", "from": "a", "to": "0-", "kind": "interaction", "label": "ZteaéZb0"}, {"id": "Aa", "from": "0-", "to": "a", "kind": "handover", "label": "day"}], "emotionScale": {"min": 0, "max": 1, "per": "stage"}, "blueprintLines": [{"kind": "interaction", "afterLaneId": "0."}]})
    const j2 = parsed({ ...j1, items: j1.items.map((item) => (item.id === '0-' ? { ...item, laneId: '0.' } : item)) })
    await checkSyncCaseAsync({
      j1,
      j2,
      edits: [
        { op: 'add-sticky', stage: 0, lane: 1, text: 'asks', dx: 0, dy: 0 },
        { op: 'text', item: 0, text: 'asks' }
      ],
      resolution: 'board'
    })
  })
})
