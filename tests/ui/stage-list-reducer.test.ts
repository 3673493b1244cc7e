import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ADDED_STAGE_PREFIX, chosenStages, stageListReducer, type StageRow } from '../../ui/state/stage-list-reducer'

const STAGES = [
  { id: 'plan', name: 'Plan' },
  { id: 'book', name: 'Book' },
  { id: 'pickup', name: 'Pick up' },
  { id: 'return', name: 'Return' }
]

function fresh(): StageRow[] {
  return stageListReducer([], { type: 'reset', stages: STAGES })
}

const ids = (rows: readonly StageRow[]): string[] => rows.map((row) => row.id)

describe('stageListReducer', () => {
  it('starts with every template stage included, in the template order', () => {
    const rows = fresh()
    expect(ids(rows)).toEqual(['plan', 'book', 'pickup', 'return'])
    expect(rows.every((row) => row.included && !row.added)).toBe(true)
    expect(chosenStages(rows).map((s) => s.name)).toEqual(['Plan', 'Book', 'Pick up', 'Return'])
  })

  it('excludes and re-includes a stage', () => {
    const excluded = stageListReducer(fresh(), { type: 'set-included', id: 'book', included: false })
    expect(chosenStages(excluded).map((s) => s.id)).toEqual(['plan', 'pickup', 'return'])
    const back = stageListReducer(excluded, { type: 'set-included', id: 'book', included: true })
    expect(chosenStages(back).map((s) => s.id)).toEqual(['plan', 'book', 'pickup', 'return'])
  })

  it('renames a stage, and falls back to the template name when the name is cleared', () => {
    const renamed = stageListReducer(fresh(), { type: 'rename', id: 'pickup', name: '  Collect the car ' })
    expect(chosenStages(renamed)[2]).toEqual({ id: 'pickup', name: 'Collect the car', added: false })
    const cleared = stageListReducer(renamed, { type: 'rename', id: 'pickup', name: '   ' })
    expect(chosenStages(cleared)[2]?.name).toBe('Pick up')
  })

  it('moves a stage up and down by one, stopping at the ends', () => {
    const up = stageListReducer(fresh(), { type: 'move', id: 'pickup', by: -1 })
    expect(ids(up)).toEqual(['plan', 'pickup', 'book', 'return'])
    const down = stageListReducer(fresh(), { type: 'move', id: 'plan', by: 1 })
    expect(ids(down)).toEqual(['book', 'plan', 'pickup', 'return'])
    expect(ids(stageListReducer(fresh(), { type: 'move', id: 'plan', by: -1 }))).toEqual(ids(fresh()))
    expect(ids(stageListReducer(fresh(), { type: 'move', id: 'return', by: 1 }))).toEqual(ids(fresh()))
  })

  it('moves a stage to any index (drag and drop), clamping out-of-range targets', () => {
    expect(ids(stageListReducer(fresh(), { type: 'move-to', id: 'return', index: 0 }))).toEqual(['return', 'plan', 'book', 'pickup'])
    expect(ids(stageListReducer(fresh(), { type: 'move-to', id: 'plan', index: 99 }))).toEqual(['book', 'pickup', 'return', 'plan'])
    expect(ids(stageListReducer(fresh(), { type: 'move-to', id: 'unknown', index: 0 }))).toEqual(ids(fresh()))
  })

  it('adds new stages at the end with ids that never collide, ignoring blank names', () => {
    let rows = stageListReducer(fresh(), { type: 'add', name: ' Insurance claim ' })
    rows = stageListReducer(rows, { type: 'add', name: 'Insurance claim' })
    rows = stageListReducer(rows, { type: 'add', name: '   ' })
    expect(rows).toHaveLength(6)
    const added = rows.filter((row) => row.added)
    expect(added.map((row) => row.name)).toEqual(['Insurance claim', 'Insurance claim'])
    expect(new Set(ids(rows)).size).toBe(6)
    expect(added.every((row) => row.id.startsWith(ADDED_STAGE_PREFIX) && row.included)).toBe(true)
    expect(chosenStages(rows).at(-1)).toEqual({ id: added[1]?.id, name: 'Insurance claim', added: true })
  })

  it('removes only stages the user added', () => {
    const rows = stageListReducer(fresh(), { type: 'add', name: 'Extra' })
    const extra = rows.find((row) => row.added)!
    expect(ids(stageListReducer(rows, { type: 'remove', id: extra.id }))).toEqual(ids(fresh()))
    expect(ids(stageListReducer(rows, { type: 'remove', id: 'plan' }))).toEqual(ids(rows))
  })

  it('keeps every stage exactly once whatever the sequence of actions', () => {
    const action = fc.oneof(
      fc.record({ type: fc.constant('move' as const), id: fc.constantFrom(...STAGES.map((s) => s.id)), by: fc.integer({ min: -5, max: 5 }) }),
      fc.record({ type: fc.constant('move-to' as const), id: fc.constantFrom(...STAGES.map((s) => s.id)), index: fc.integer({ min: -2, max: 8 }) }),
      fc.record({ type: fc.constant('set-included' as const), id: fc.constantFrom(...STAGES.map((s) => s.id)), included: fc.boolean() }),
      fc.record({ type: fc.constant('rename' as const), id: fc.constantFrom(...STAGES.map((s) => s.id)), name: fc.string() })
    )
    fc.assert(
      fc.property(fc.array(action, { maxLength: 30 }), (actions) => {
        const rows = actions.reduce(stageListReducer, fresh())
        expect([...ids(rows)].sort()).toEqual([...ids(fresh())].sort())
      })
    )
  })
})
