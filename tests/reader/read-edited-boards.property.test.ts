import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { validateJourney } from '../../src/model'
import { readBoardAsync } from '../../src/plugin-api/read-board'
import { readBoard, snapshotFromRestFile } from '../../src/reader'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { applyBoardEditsAsync, moreBoardEditArbitrary } from '../sync/board-edits'
import { propertyRuns } from '../support/property-runs'
import { drawAsync, loadFontOfAsync, stageSection } from './generated-board'

/**
 * Random boards edited as people (and scripts) do: the usual edits, plus the ones the writer never
 * makes: a sticky dragged off the board onto the page, moved into another stage's column by
 * position only, given a text longer than the journey holds, a stage section renamed at length or
 * deleted with its stickies, a sticky wrapped in nested sections. The reader never throws, always
 * gives a valid journey, and every sticky on the page is read as an item or named in a warning.
 */

type HostileEdit =
  | { op: 'off-board'; item: number; dx: number }
  | { op: 'by-position'; item: number; stage: number }
  | { op: 'long-text'; item: number; length: number }
  | { op: 'long-stage-name'; stage: number; length: number }
  | { op: 'delete-stage'; stage: number }
  | { op: 'nest'; item: number; levels: number }

const hostileEdit: fc.Arbitrary<HostileEdit> = fc.oneof(
  fc.record({ op: fc.constant('off-board' as const), item: fc.nat(), dx: fc.integer({ min: -5000, max: 5000 }) }),
  fc.record({ op: fc.constant('by-position' as const), item: fc.nat(), stage: fc.nat() }),
  fc.record({ op: fc.constant('long-text' as const), item: fc.nat(), length: fc.constantFrom(5_001, 20_000, 100_001) }),
  fc.record({ op: fc.constant('long-stage-name' as const), stage: fc.nat(), length: fc.constantFrom(501, 5_001) }),
  fc.record({ op: fc.constant('delete-stage' as const), stage: fc.nat() }),
  fc.record({ op: fc.constant('nest' as const), item: fc.nat(), levels: fc.integer({ min: 1, max: 20 }) })
)

const cases = fc.record({
  journey: journeyArbitrary({ minItems: 1, maxItems: 10 }),
  edits: fc.array(moreBoardEditArbitrary, { maxLength: 4 }),
  hostile: fc.array(hostileEdit, { minLength: 1, maxLength: 4 })
})

describe('reading randomly edited boards', () => {
  it('never throws, gives a valid journey, and reads or names every sticky', async () => {
    await fc.assert(
      fc.asyncProperty(cases, async ({ journey, edits, hostile }) => {
        const emulator = await drawAsync(journey)
        await applyBoardEditsAsync(emulator, journey, edits)
        const { api } = emulator
        const stickies = (): StickyNode[] => api.currentPage.findAllWithCriteria({ types: ['STICKY'] })
        const pick = <T>(list: readonly T[], i: number): T | undefined => list[i % Math.max(1, list.length)]
        for (const edit of hostile) {
          const sticky = pick(stickies(), 'item' in edit ? edit.item : 0)
          const stage = pick(journey.stages, 'stage' in edit ? edit.stage : 0)
          const section = stage === undefined ? undefined : tryStageSection(api, stage.id)
          if (edit.op === 'off-board' && sticky !== undefined) {
            const box = sticky.absoluteBoundingBox!
            api.currentPage.appendChild(sticky)
            sticky.x = box.x + edit.dx
            sticky.y = box.y - 4000
          }
          if (edit.op === 'by-position' && sticky !== undefined && section !== undefined) {
            const to = section.absoluteBoundingBox!
            const at = sticky.absoluteBoundingBox!
            sticky.x += to.x + 40 - at.x
          }
          if (edit.op === 'long-text' && sticky !== undefined) {
            await loadFontOfAsync(api, sticky.text)
            sticky.text.characters = 'é'.repeat(edit.length)
          }
          if (edit.op === 'long-stage-name' && section !== undefined) section.name = 'S'.repeat(edit.length)
          if (edit.op === 'delete-stage' && section !== undefined) section.remove()
          // Nested on the board; sections around a sticky out on the page make another map, which the
          // reading names as a second board instead of sticky by sticky.
          if (edit.op === 'nest' && sticky !== undefined && sticky.parent?.type === 'SECTION') {
            let parent = sticky.parent as BaseNode & ChildrenMixin
            for (let i = 0; i < edit.levels; i += 1) {
              const inner = api.createSection()
              parent.appendChild(inner)
              parent = inner
            }
            parent.appendChild(sticky)
          }
        }

        const live = await readBoardAsync(api, 'page')
        if (!live.ok) throw new Error(JSON.stringify(live.problems))
        const snapshot = snapshotFromRestFile(emulator.toRestFile())
        if (!snapshot.ok) throw new Error(JSON.stringify(snapshot.problems))
        for (const reading of [live.value, readBoard(snapshot.value)]) {
          const checked = validateJourney(reading.journey)
          expect(checked.ok ? [] : checked.problems).toEqual([])
          // Every sticky is an item, or a warning names it: none dropped in silence.
          const named = new Set(reading.warnings.map((w) => w.nodeId))
          const unnamed = stickies().filter((s) => !named.has(s.id)).length
          expect(unnamed).toBeLessThanOrEqual(reading.journey.items.length)
        }
      }),
      propertyRuns(30)
    )
  })
})

function tryStageSection(api: PluginAPI, stageId: string): SectionNode | undefined {
  try {
    return stageSection(api, stageId)
  } catch {
    return undefined
  }
}
