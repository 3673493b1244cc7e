import { describe, expect, it } from 'vitest'

import type { Journey } from '../../src/model'
import { ChangeSetSchema, diffJourneys, formatChangeSet, mergeJourneys, type Resolutions } from '../../src/sync'
import { changeItem, smallJourney } from './sync-fixtures'

const base = smallJourney()
const retext = (journey: Journey, id: string, text: string): Journey => changeItem(journey, id, (item) => ({ ...item, text }))

describe('diffJourneys', () => {
  it('finds nothing between a board and the data it was drawn from', () => {
    const changeSet = diffJourneys(base, base, base)
    expect(changeSet).toEqual({
      version: 1,
      boardJourneyId: 'rental',
      dataJourneyId: 'rental',
      threeWay: true,
      changes: [],
      boardEdits: [],
      conflicts: [],
      keptRemovals: [],
      names: {
        stage: { plan: 'Plan', book: 'Book', drive: 'Drive' },
        lane: { actions: 'Actions', feel: 'Feeling', pains: 'Pains' },
        phase: {},
        activity: {},
        persona: { ann: 'Ann' }
      }
    })
  })

  it('applies a change only the data made, and says what the board shows before and after', () => {
    const data = retext(base, 'a2', 'Books by phone')
    const { journey, changeSet } = mergeJourneys(base, data, base)
    expect(journey).toEqual(data)
    expect(changeSet.changes).toEqual([
      {
        id: 'item:a2',
        subject: 'item',
        targetId: 'a2',
        kind: 'changed',
        source: 'data',
        label: 'Books by phone',
        place: 'Book / Actions',
        fields: [{ field: 'text', before: 'Books online', after: 'Books by phone' }]
      }
    ])
    expect(changeSet.conflicts).toEqual([])
  })

  it('keeps an edit only the board made, listed as a board edit', () => {
    const board = retext(base, 'a2', 'Books on the app')
    const { journey, changeSet } = mergeJourneys(board, base, base)
    expect(journey).toEqual(board)
    expect(changeSet.changes).toEqual([])
    expect(changeSet.boardEdits).toMatchObject([
      { id: 'item:a2', kind: 'changed', source: 'board', fields: [{ field: 'text', before: 'Books online', after: 'Books on the app' }] }
    ])
  })

  it('merges different fields changed on each side without a conflict', () => {
    const board = changeItem(base, 'p1', (item) => ({ ...item, stageId: 'drive' }))
    const data = changeItem(base, 'p1', (item) => ({ ...item, text: 'Hidden fees at the desk' }))
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey.items.find((i) => i.id === 'p1')).toEqual({ ...base.items.find((i) => i.id === 'p1'), stageId: 'drive', text: 'Hidden fees at the desk' })
    expect(changeSet.conflicts).toEqual([])
    expect(changeSet.boardEdits).toMatchObject([{ id: 'item:p1', kind: 'moved', fields: [{ field: 'stageId', before: 'book', after: 'drive' }] }])
  })

  it('makes a conflict of a text both sides changed, with both texts, and keeps the board text until resolved', () => {
    const board = retext(base, 'a2', 'Books on the app')
    const data = retext(base, 'a2', 'Books by phone')
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(changeSet.conflicts).toEqual([
      {
        id: 'item:a2',
        subject: 'item',
        targetId: 'a2',
        kind: 'both-changed',
        label: 'Books on the app',
        place: 'Book / Actions',
        fields: [{ field: 'text', base: 'Books online', board: 'Books on the app', data: 'Books by phone' }],
        choices: ['board', 'data', 'keep-both']
      }
    ])
    expect(journey).toEqual(board)
    expect(changeSet.changes).toEqual([])
    expect(changeSet.boardEdits).toEqual([])
  })

  it('settles a text conflict each way', () => {
    const board = retext(base, 'a2', 'Books on the app')
    const data = retext(base, 'a2', 'Books by phone')
    const resolve = (choice: 'board' | 'data' | 'keep-both') => mergeJourneys(board, data, base, { resolutions: { 'item:a2': choice } })

    expect(resolve('board').journey).toEqual(board)
    expect(resolve('board').changeSet.conflicts[0]?.resolution).toBe('board')

    const byData = resolve('data')
    expect(byData.journey).toEqual(data)
    expect(byData.changeSet.changes).toMatchObject([{ id: 'item:a2', source: 'resolution', conflictId: 'item:a2' }])

    const both = resolve('keep-both')
    const original = board.items.find((i) => i.id === 'a2')!
    expect(both.journey.items.map((i) => i.id)).toEqual(['a1', 'a2', 'a2-data', 'a3', 'f1', 'p1', 'p2'])
    expect(both.journey.items.find((i) => i.id === 'a2')).toEqual(original)
    expect(both.journey.items.find((i) => i.id === 'a2-data')).toEqual({ ...original, id: 'a2-data', text: 'Books by phone' })
    expect(both.changeSet.changes).toMatchObject([{ id: 'item:a2-data', kind: 'added', source: 'resolution', conflictId: 'item:a2' }])
  })

  it('keeps an item the data removed when people edited it, and marks it', () => {
    const board = retext(base, 'p2', 'Long queue at the desk')
    const data = changeItem(base, 'p2', () => undefined)
    const { journey, changeSet, marked } = mergeJourneys(board, data, base)
    expect(journey).toEqual(board)
    expect(marked).toEqual(['p2'])
    expect(changeSet.keptRemovals).toEqual([
      { id: 'item:p2', subject: 'item', targetId: 'p2', label: 'Long queue at the desk', place: 'Drive / Pains', reasons: ['edited-on-board'], marked: true }
    ])
    expect(changeSet.changes).toEqual([])

    const removed = mergeJourneys(board, data, base, { resolutions: { 'item:p2': 'data' } })
    expect(removed.journey).toEqual(data)
    expect(removed.marked).toEqual([])
    expect(removed.changeSet.changes).toMatchObject([{ id: 'item:p2', kind: 'removed', source: 'resolution' }])
  })

  it('keeps an untouched item the data removed when a connector drawn by hand is attached to it', () => {
    const data = changeItem(base, 'p2', () => undefined)
    expect(mergeJourneys(base, data, base).journey).toEqual(data)
    const kept = mergeJourneys(base, data, base, { attachedByHand: ['p2'] })
    expect(kept.journey).toEqual(base)
    expect(kept.changeSet.keptRemovals[0]?.reasons).toEqual(['attached-on-board'])
  })

  it('keeps an item the data removed when a link drawn on the board joins it', () => {
    const board: Journey = { ...base, links: [...base.links, { id: 'drawn', from: 'p2', to: 'a3', kind: 'interaction', label: '' }] }
    const data = changeItem(base, 'p2', () => undefined)
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey.items.map((i) => i.id)).toContain('p2')
    expect(journey.links.map((l) => l.id)).toEqual(['l1', 'drawn'])
    expect(changeSet.keptRemovals[0]?.reasons).toEqual(['linked-on-board'])
  })

  it('removes an untouched item the data removed, with its links', () => {
    const data = changeItem(base, 'a1', () => undefined)
    const { journey, changeSet } = mergeJourneys(base, data, base)
    expect(journey).toEqual(data)
    expect(changeSet.changes.map((c) => [c.id, c.kind, c.source])).toEqual([
      ['item:a1', 'removed', 'data'],
      ['link:l1', 'removed', 'data']
    ])
  })

  it('keeps a sticky deleted on the board deleted, unless the data changed it (a conflict)', () => {
    const board = changeItem(base, 'a3', () => undefined)
    expect(mergeJourneys(board, base, base).journey).toEqual(board)
    const data = retext(base, 'a3', 'Picks up the car at the airport')
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey).toEqual(board)
    expect(changeSet.conflicts).toMatchObject([
      { id: 'item:a3', kind: 'removed-on-board', fields: [{ field: 'text', base: 'Picks up the car', board: null, data: 'Picks up the car at the airport' }], choices: ['board', 'data'] }
    ])
    const restored = mergeJourneys(board, data, base, { resolutions: { 'item:a3': 'data' } })
    expect(restored.journey).toEqual(data)
  })

  it('brings back the links of a deleted sticky when the data brings the item back', () => {
    const board = changeItem(base, 'a2', () => undefined)
    const data = retext(base, 'a2', 'Books by phone')
    const restored = mergeJourneys(board, data, base, { resolutions: { 'item:a2': 'data' } })
    expect(restored.journey.links).toEqual(base.links)
    const gone = mergeJourneys(board, data, base, { resolutions: { 'item:a2': 'board' } })
    expect(gone.journey.links).toEqual([])
  })

  it('adds what the data added and keeps what the board added', () => {
    const board: Journey = { ...base, items: [...base.items, { id: 'item-1-99', stageId: 'plan', laneId: 'pains', text: 'Too many choices', momentOfTruth: false }] }
    const data: Journey = {
      ...base,
      stages: [...base.stages, { id: 'return', name: 'Return', description: '' }],
      items: [...base.items, { id: 'r1', stageId: 'return', laneId: 'actions', text: 'Drops the keys', momentOfTruth: false }]
    }
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey.stages.map((s) => s.id)).toEqual(['plan', 'book', 'drive', 'return'])
    expect(journey.items.map((i) => i.id)).toEqual(['a1', 'a2', 'a3', 'f1', 'p1', 'p2', 'item-1-99', 'r1'])
    expect(changeSet.changes.map((c) => [c.id, c.kind])).toEqual([
      ['stage:return', 'added'],
      ['item:r1', 'added']
    ])
    expect(changeSet.boardEdits.map((c) => [c.id, c.kind])).toEqual([['item:item-1-99', 'added']])
  })

  it('keeps a stage the data removed while items kept on the board sit in it', () => {
    const board: Journey = { ...base, items: [...base.items, { id: 'item-1-99', stageId: 'drive', laneId: 'pains', text: 'Fuel is pricey', momentOfTruth: false }] }
    const data: Journey = {
      ...base,
      stages: base.stages.filter((s) => s.id !== 'drive'),
      items: base.items.filter((i) => i.stageId !== 'drive')
    }
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey.stages.map((s) => s.id)).toEqual(['plan', 'book', 'drive'])
    expect(journey.items.map((i) => i.id)).toEqual(['a1', 'a2', 'f1', 'p1', 'item-1-99'])
    expect(changeSet.keptRemovals).toMatchObject([{ id: 'stage:drive', reasons: ['holds-board-items'], marked: false }])
    expect(changeSet.changes.map((c) => c.id)).toEqual(['item:a3', 'item:p2'])
  })

  it('keeps a stage the data removed while a section people drew sits in it, whatever choice is sent for it, and its own items go', () => {
    const data: Journey = { ...base, stages: base.stages.filter((s) => s.id !== 'drive'), items: base.items.filter((i) => i.stageId !== 'drive') }
    const choices: Resolutions[] = [{}, { 'stage:drive': 'data' }]
    for (const resolutions of choices) {
      const { journey, changeSet } = mergeJourneys(base, data, base, { sectionsByHand: ['drive'], resolutions })
      expect(journey.stages.map((s) => s.id)).toEqual(['plan', 'book', 'drive'])
      expect(journey.items.map((i) => i.id)).toEqual(['a1', 'a2', 'f1', 'p1'])
      expect(changeSet.keptRemovals).toEqual([{ id: 'stage:drive', subject: 'stage', targetId: 'drive', label: 'Drive', place: '', reasons: ['holds-board-sections'], marked: false }])
      expect(changeSet.changes.map((c) => c.id)).toEqual(['item:a3', 'item:p2'])
    }
    // A stage the data keeps stays as the data says, with nothing kept.
    expect(mergeJourneys(base, base, base, { sectionsByHand: ['drive'] }).changeSet.keptRemovals).toEqual([])
  })

  it('takes the data’s stage order unless people reordered them; both reordering differently is a conflict', () => {
    const reorder = (journey: Journey, ids: string[]): Journey => ({ ...journey, stages: ids.map((id) => journey.stages.find((s) => s.id === id)!) })
    const data = reorder(base, ['book', 'plan', 'drive'])
    expect(mergeJourneys(base, data, base).journey.stages.map((s) => s.id)).toEqual(['book', 'plan', 'drive'])
    const board = reorder(base, ['plan', 'drive', 'book'])
    expect(mergeJourneys(board, base, base).journey.stages.map((s) => s.id)).toEqual(['plan', 'drive', 'book'])
    const both = mergeJourneys(board, data, base)
    expect(both.changeSet.conflicts).toMatchObject([
      { id: 'order:stages', kind: 'order', fields: [{ field: 'order', board: ['plan', 'drive', 'book'], data: ['book', 'plan', 'drive'] }] }
    ])
    expect(mergeJourneys(board, data, base, { resolutions: { 'order:stages': 'data' } }).journey.stages.map((s) => s.id)).toEqual(['book', 'plan', 'drive'])
  })

  it('renames stages and lanes, and conflicts on a title both sides changed', () => {
    const data: Journey = { ...base, title: 'Renting a car in Spain', lanes: base.lanes.map((l) => (l.id === 'pains' ? { ...l, name: 'Pain points' } : l)) }
    const board: Journey = { ...base, title: 'Car rental', stages: base.stages.map((s) => (s.id === 'plan' ? { ...s, name: 'Planning' } : s)) }
    const { journey, changeSet } = mergeJourneys(board, data, base)
    expect(journey.lanes.find((l) => l.id === 'pains')?.name).toBe('Pain points')
    expect(journey.stages.find((s) => s.id === 'plan')?.name).toBe('Planning')
    expect(changeSet.changes).toMatchObject([{ id: 'lane:pains', kind: 'renamed' }])
    expect(changeSet.conflicts).toMatchObject([{ id: 'journey:title', fields: [{ board: 'Car rental', data: 'Renting a car in Spain' }] }])
  })

  it('without a base, takes the data everywhere', () => {
    const board = retext(base, 'a2', 'Books on the app')
    const data = retext(base, 'a2', 'Books by phone')
    const { journey, changeSet } = mergeJourneys(board, data, undefined)
    expect(journey).toEqual(data)
    expect(changeSet.threeWay).toBe(false)
    expect(changeSet.conflicts).toEqual([])
  })

  it('gives a change set that survives JSON and its schema unchanged', () => {
    const board = retext(changeItem(base, 'a3', () => undefined), 'a2', 'Books on the app')
    const data = retext(changeItem(base, 'p2', () => undefined), 'a2', 'Books by phone')
    const changeSet = diffJourneys(retext(board, 'p2', 'Long queue!'), { ...data, title: 'New title' }, base)
    const json = JSON.parse(JSON.stringify(changeSet))
    expect(ChangeSetSchema.parse(json)).toEqual(changeSet)
    expect(json).toEqual(changeSet)
  })

  it('prints stages, lanes and orders by name, the data’s name where they differ', () => {
    const data: Journey = {
      ...changeItem(base, 'a2', (item) => ({ ...item, stageId: 'drive' })),
      stages: [base.stages[2]!, base.stages[0]!, { ...base.stages[1]!, name: 'Booking' }]
    }
    const text = formatChangeSet(diffJourneys(base, data, base))
    expect(text).toContain('stage "Booking" renamed from "Book"\n')
    expect(text).toContain('item "Books online" (Drive / Actions) moved: stage "Booking" → "Drive"')
    expect(text).toContain('stages reordered: order Plan, Booking, Drive → Drive, Plan, Booking')
  })

  it('names ids that are also names of built-in object properties, and prefers the name the board will show', () => {
    const odd: Journey = { ...base, stages: base.stages.map((stage) => (stage.id === 'book' ? { ...stage, id: 'constructor' } : stage)), items: base.items.map((item) => (item.stageId === 'book' ? { ...item, stageId: 'constructor' } : item)) }
    const board: Journey = { ...odd, stages: odd.stages.map((stage) => (stage.id === 'constructor' ? { ...stage, name: 'Reserve' } : stage)) }
    const data = changeItem(odd, 'a1', (item) => ({ ...item, stageId: 'constructor' }))
    const text = formatChangeSet(diffJourneys(board, data, odd))
    expect(text).toContain('moved: stage "Plan" → "Reserve"')
    const unknown = formatChangeSet(diffJourneys(odd, { ...odd, items: odd.items.map((item) => (item.id === 'a1' ? { ...item, text: 'toString' } : item)) }, odd))
    expect(unknown).toContain('text "Looks for cars" → "toString"')
  })
})
