import type { Item, Journey, JourneyInput, Link } from '../../src/model'
import { validJourney } from '../reader/generated-board'

/** A small journey to change in tests: three stages, three lanes, six items, one link. */
export function smallJourney(): Journey {
  const input: JourneyInput = {
    id: 'rental',
    title: 'Renting a car',
    scenario: 'A family rents a car for the holiday',
    personas: [{ id: 'ann', name: 'Ann' }],
    stages: [
      { id: 'plan', name: 'Plan' },
      { id: 'book', name: 'Book' },
      { id: 'drive', name: 'Drive' }
    ],
    lanes: [
      { id: 'actions', name: 'Actions', kind: 'actions' },
      { id: 'feel', name: 'Feeling', kind: 'emotion' },
      { id: 'pains', name: 'Pains', kind: 'pains' }
    ],
    items: [
      { id: 'a1', stageId: 'plan', laneId: 'actions', text: 'Looks for cars' },
      { id: 'a2', stageId: 'book', laneId: 'actions', text: 'Books online' },
      { id: 'a3', stageId: 'drive', laneId: 'actions', text: 'Picks up the car' },
      { id: 'f1', stageId: 'plan', laneId: 'feel', text: 'Excited', score: 1 },
      { id: 'p1', stageId: 'book', laneId: 'pains', text: 'Hidden fees', flag: 'red' },
      { id: 'p2', stageId: 'drive', laneId: 'pains', text: 'Long queue' }
    ],
    links: [{ id: 'l1', from: 'a1', to: 'a2', kind: 'sequence' }]
  }
  return validJourney(input)
}

/** The journey with one item changed, or removed with its links when `change` returns undefined. */
export function changeItem(journey: Journey, id: string, change: (item: Item) => Item | undefined): Journey {
  const item = journey.items.find((i) => i.id === id)
  if (item === undefined) throw new Error(`no item "${id}"`)
  const next = change(item)
  if (next !== undefined) return { ...journey, items: journey.items.map((i) => (i.id === id ? next : i)) }
  return {
    ...journey,
    items: journey.items.filter((i) => i.id !== id),
    links: journey.links.filter((link) => link.from !== id && link.to !== id)
  }
}

/**
 * Two stickies side by side in the first cell, whose row the next stage's four stickies make two
 * stickies tall (room to lower one by hand), and a sticky in each row below: where an update keeps
 * a sticky people lowered in its cell and routes links round it.
 */
export function arrangedCellJourney(links: Link[] = []): Journey {
  return validJourney({
    id: 'arranged',
    title: 'Arranged',
    personas: [{ id: 'p', name: 'Customer' }],
    stages: [
      { id: 's1', name: 'First' },
      { id: 's2', name: 'Second' }
    ],
    lanes: [
      { id: 'top', name: 'Top', kind: 'actions' },
      { id: 'middle', name: 'Middle', kind: 'actions' },
      { id: 'bottom', name: 'Bottom', kind: 'actions' }
    ],
    items: [
      { id: 'a1', stageId: 's1', laneId: 'top', text: 'Looks for the receipt' },
      { id: 'a2', stageId: 's1', laneId: 'top', text: 'Finds it in the car' },
      ...['d1', 'd2', 'd3', 'd4'].map((id) => ({ id, stageId: 's2', laneId: 'top', text: `Waits ${id}` })),
      { id: 'b', stageId: 's1', laneId: 'middle', text: 'Desk checks the warranty' },
      { id: 'c', stageId: 's1', laneId: 'bottom', text: 'Store calls back' }
    ],
    links
  })
}
