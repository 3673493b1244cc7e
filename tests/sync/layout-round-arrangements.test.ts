import { describe, expect, it } from 'vitest'

import { type BoardPlan, layoutJourneyRouted, linkRoomByIds, linkRoomOnGrid, noLinkRoom, planBoxes } from '../../src/layout'
import type { Journey } from '../../src/model'
import { keepCellArrangements } from '../../src/sync/keep-cell-arrangements'
import { layoutRoundArrangements } from '../../src/sync/layout-round-arrangements'
import { arrangedCellJourney } from './sync-fixtures'

/** The arranged cell, with labelled links from its two stickies across the rows below. */
const journey: Journey = arrangedCellJourney([
  { id: 'k1', from: 'a2', to: 'b', kind: 'handover', label: 'first line\nsecond line\nthird line\nfourth line' },
  { id: 'k2', from: 'a1', to: 'c', kind: 'handover', label: 'asks the desk again whether the warranty covers it' }
])

/** The stickies of a plan as a board would be read from it, with some moved by hand. */
function arrangerOf(plan: BoardPlan, moves: Readonly<Record<string, { dx: number; dy: number }>> = {}) {
  const boxes = planBoxes(plan)
  const stickies = new Map(
    journey.items.map((item) => {
      const box = boxes.get(`item:${item.id}`)!
      const move = moves[item.id] ?? { dx: 0, dy: 0 }
      return [item.id, { ...box, x: box.x + move.dx, y: box.y + move.dy }]
    })
  )
  const cells = new Map(journey.items.map((item) => [item.id, { stageId: item.stageId, laneId: item.laneId }]))
  return (laidOut: BoardPlan, only?: ReadonlySet<string>) => keepCellArrangements(laidOut, journey, { stickies, grid: plan.grid, cells }, only)
}

describe('layoutRoundArrangements', () => {
  const generated = layoutJourneyRouted(journey)

  it('should take the layout’s own routed board when nothing is arranged and no room is stored, routing nothing again', () => {
    const result = layoutRoundArrangements(journey, {}, generated, noLinkRoom(2, 3), arrangerOf(generated.laidOut))
    expect(result.plan).toBe(generated.plan)
    expect(result.blocked).toEqual([])
  })

  it('should keep a sticky people moved where they put it against its cell neighbour, make room between the rows for its links, and find the same board again from what it stored', () => {
    // The second sticky of the top cell, lowered by hand towards the middle row.
    const first = layoutRoundArrangements(journey, {}, generated, noLinkRoom(2, 3), arrangerOf(generated.laidOut, { a2: { dx: 0, dy: 150 } }))
    const boxes = planBoxes(first.plan)
    const before = planBoxes(generated.laidOut)
    expect(boxes.get('item:a2')!.y - boxes.get('item:a1')!.y).toBeCloseTo(before.get('item:a2')!.y - before.get('item:a1')!.y + 150, 6)
    expect(first.blocked).toEqual([])
    // Lowered that far, the sticky leaves the labels of its links no room above the middle row: the
    // gap before that row grows (the cell itself keeps the sticky where people put it).
    expect(Object.keys(linkRoomByIds(first.extra, first.plan.grid))).toEqual(['rows'])
    expect(linkRoomByIds(first.extra, first.plan.grid).rows?.middle).toBeGreaterThan(0)

    // The next update reads the board this one drew and the room it stored: the same board, nothing more asked.
    const stored = JSON.parse(JSON.stringify(linkRoomByIds(first.extra, first.plan.grid)))
    const again = layoutRoundArrangements(journey, {}, generated, linkRoomOnGrid(stored, generated.laidOut.grid), arrangerOf(first.plan))
    expect(again.plan).toEqual(first.plan)
    expect(linkRoomByIds(again.extra, again.plan.grid)).toEqual(stored)
  })

  it('should give back the room it made once the links that needed it are gone, keeping the sticky where people put it, and find the same board again', () => {
    const first = layoutRoundArrangements(journey, {}, generated, noLinkRoom(2, 3), arrangerOf(generated.laidOut, { a2: { dx: 0, dy: 150 } }))
    const stored = linkRoomByIds(first.extra, first.plan.grid)
    expect(stored.rows?.middle).toBeGreaterThan(0)

    // The data drops both links: nothing needs the room between the rows any more.
    const unlinked = { ...journey, links: [] }
    const plain = layoutJourneyRouted(unlinked)
    const shrunk = layoutRoundArrangements(unlinked, {}, plain, linkRoomOnGrid(stored, plain.laidOut.grid), arrangerOf(first.plan))
    expect(linkRoomByIds(shrunk.extra, shrunk.plan.grid)).toEqual({})
    const [boxes, before] = [planBoxes(shrunk.plan), planBoxes(first.plan)]
    expect(boxes.get('item:a2')!.y - boxes.get('item:a1')!.y).toBeCloseTo(before.get('item:a2')!.y - before.get('item:a1')!.y, 6)
    // The middle row moves back up by the room given back.
    expect(boxes.get('item:b')!.y).toBeCloseTo(before.get('item:b')!.y - stored.rows!.middle!, 6)

    const again = layoutRoundArrangements(unlinked, {}, plain, linkRoomOnGrid({}, plain.laidOut.grid), arrangerOf(shrunk.plan))
    expect(again.plan).toEqual(shrunk.plan)
    expect(linkRoomByIds(again.extra, again.plan.grid)).toEqual({})
  })
})
