import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  addedRoom,
  askGap,
  type BlockedLink,
  BODY_FONT,
  cellGrid,
  cellKey,
  gapToWiden,
  type Growth,
  LINK_CLEARANCE,
  LINK_ROOM_STEP,
  layoutJourney,
  noLinkRoom,
  planLinkRoutes,
  type PlanNode,
  type Span,
  staggerFor,
  STICKY_SIZE,
  widenForLinks
} from '../../src/layout'
import type { Journey } from '../../src/model'
import { validJourney } from '../reader/generated-board'
import { propertyRuns } from '../support/property-runs'

function sticky(key: string, x: number, y: number, width = STICKY_SIZE, height = STICKY_SIZE): PlanNode {
  return {
    kind: 'sticky',
    key,
    parent: 'stage:s',
    name: key,
    text: '',
    x,
    y,
    width,
    height,
    fill: '#FFE299',
    font: BODY_FONT,
    fontSize: 16,
    wide: false,
    tag: { role: 'item', itemId: key.slice('item:'.length), stageId: 's', laneId: 'l' }
  }
}

describe('gapToWiden', () => {
  const bands = [
    { start: 0, end: 100 },
    { start: 140, end: 240 },
    { start: 300, end: 400 }
  ]

  it('should take the gap between the two bands whose middle is nearest the point', () => {
    expect(gapToWiden(bands, 0, 2, 110)).toEqual({ index: 1, start: 100, size: 40 })
    expect(gapToWiden(bands, 2, 0, 290)).toEqual({ index: 2, start: 240, size: 60 })
  })

  it('should take the gap the room has grown most, nearest the point among equals', () => {
    expect(gapToWiden(bands, 0, 2, 110, [0, 0, 48])).toEqual({ index: 2, start: 240, size: 60 })
    expect(gapToWiden(bands, 2, 0, 290, [0, 96, 48])).toEqual({ index: 1, start: 100, size: 40 })
    expect(gapToWiden(bands, 0, 2, 110, [0, 48, 48])).toEqual({ index: 1, start: 100, size: 40 })
    expect(gapToWiden(bands, 0, 1, 290, [0, 0, 480])).toEqual({ index: 1, start: 100, size: 40 })
  })

  it('should find no gap between a band and itself', () => {
    expect(gapToWiden(bands, 1, 1, 120)).toBeUndefined()
  })
})

describe('askGap', () => {
  it('should ask a gap to hold the label at its offset from the gap’s middle, with its clearance on both sides', () => {
    const growth: Growth = new Map()
    // A 40 px gap centred at 120; a 30 px label centred 10 px off it needs 2 * 10 + 30 + 2 * clearance.
    askGap(growth, [], { index: 1, start: 100, size: 40 }, [0, 1], 130, 30)
    expect(growth.get(1)).toEqual([{ need: 2 * 10 + 30 + 2 * LINK_CLEARANCE - 40, length: Math.max(LINK_ROOM_STEP, 30 + 2 * LINK_CLEARANCE) }])
  })

  it('should leave a link for the next round when another gap growing this round lies between its ends', () => {
    const growth: Growth = new Map()
    const spans: Span[] = [{ gap: 2, from: 1, to: 2 }]
    askGap(growth, spans, { index: 1, start: 100, size: 40 }, [0, 2], 120, 30)
    expect(growth.size).toBe(0)
    expect(spans).toHaveLength(1)
  })

  it('should ask the least growth that carries the label into the gap, however far from it the label sits', () => {
    // Bands along one axis; a link between two of them whose label sits anywhere between its ends,
    // the gap to grow chosen as widenForLinks does. Growing that gap by W moves every band after it
    // by W and the label, halfway along the line, by W/2.
    const bandsArbitrary = fc.array(fc.record({ gap: fc.integer({ min: 0, max: 200 }), size: fc.integer({ min: 20, max: 400 }) }), { minLength: 2, maxLength: 6 })
    fc.assert(
      fc.property(bandsArbitrary, fc.nat(), fc.nat(), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 300 }), fc.array(fc.nat({ max: 200 }), { maxLength: 6 }), (sizes, i, j, along, length, room) => {
        let end = 0
        const bands = sizes.map(({ gap, size }) => ({ start: end + gap, end: (end += gap + size) }))
        const [a, b] = [i % bands.length, j % bands.length]
        fc.pre(a !== b)
        const [first, last] = [bands[Math.min(a, b)]!, bands[Math.max(a, b)]!]
        const at = first.start + along * (last.end - first.start)
        const gap = gapToWiden(bands, a, b, at, room)!
        const growth: Growth = new Map()
        askGap(growth, [], gap, [a, b], at, length)
        const need = growth.get(gap.index)![0]!.need
        const fits = (grow: number): boolean => {
          const label = at + grow / 2
          return label - length / 2 - LINK_CLEARANCE >= gap.start - 1e-9 && label + length / 2 + LINK_CLEARANCE <= gap.start + gap.size + grow + 1e-9
        }
        if (need <= 0) {
          expect(fits(0)).toBe(true)
        } else {
          expect(fits(need)).toBe(true)
          // One pixel less leaves the label reaching out of the gap: no wider than needed.
          expect(fits(need - 1)).toBe(false)
        }
      }),
      propertyRuns(200)
    )
  })

  it('should let several links ask the same gap', () => {
    const growth: Growth = new Map()
    const spans: Span[] = []
    askGap(growth, spans, { index: 1, start: 100, size: 40 }, [0, 1], 120, 30)
    askGap(growth, spans, { index: 1, start: 100, size: 40 }, [0, 1], 120, 50)
    expect(growth.get(1)).toHaveLength(2)
  })
})

describe('addedRoom', () => {
  it('should grow a gap by the most one link needs, and by at least a step', () => {
    expect(addedRoom([0, 10], new Map([[1, [{ need: 200, length: 60 }]]]))).toEqual([0, 210])
    expect(addedRoom([0, 0], new Map([[0, [{ need: 5, length: 60 }]]]))).toEqual([LINK_ROOM_STEP, 0])
  })

  it('should grow a gap several links ask for by their labels side by side when that is more', () => {
    expect(
      addedRoom(
        [0],
        new Map([
          [
            0,
            [
              { need: 60, length: 100 },
              { need: 70, length: 120 }
            ]
          ]
        ])
      )
    ).toEqual([220])
  })
})

describe('cellGrid', () => {
  it('should tell the sticky rows and columns packCell laid out, and where each sticky sits', () => {
    const grid = cellGrid([sticky('item:a', 0, 0, 160, 160), sticky('item:b', 200, 0, 160, 240), sticky('item:c', 0, 300, 160, 160)])
    expect(grid.columns).toEqual([
      { start: 0, end: 160 },
      { start: 200, end: 360 }
    ])
    expect(grid.rows).toEqual([
      { start: 0, end: 240 },
      { start: 300, end: 460 }
    ])
    expect(grid.place.get('item:c')).toEqual({ row: 1, column: 0 })
  })
})

describe('staggerFor', () => {
  const ends = (start: PlanNode, end: PlanNode, [r0, c0]: [number, number], [r1, c1]: [number, number]) => ({
    start,
    end,
    r0,
    r1,
    c0,
    c1,
    startKey: cellKey(`s${c0}`, `l${r0}`),
    endKey: cellKey(`s${c1}`, `l${r1}`)
  })
  const noGrid = () => cellGrid([])

  it('should lower the later cell of two level stickies side by side in one row', () => {
    expect(staggerFor(ends(sticky('item:a', 0, 0), sticky('item:b', 400, 0), [0, 1], [0, 0]), noGrid)).toEqual({ cell: cellKey('s1', 'l0'), axis: 'rows', index: 0, level: true })
  })

  it('should move the lower cell of two stickies one above the other right, and say when they are apart', () => {
    expect(staggerFor(ends(sticky('item:a', 0, 0), sticky('item:b', 50, 400), [0, 0], [1, 0]), noGrid)).toEqual({ cell: cellKey('s0', 'l1'), axis: 'columns', index: 0, level: false })
  })

  it('should move the other cell when the one it would move keeps people’s arrangement, and keep to that one (which then asks nothing) when both do', () => {
    const pair = ends(sticky('item:a', 0, 0), sticky('item:b', 50, 400), [0, 0], [1, 0])
    expect(staggerFor(pair, noGrid, new Set([cellKey('s0', 'l1')]))).toEqual({ cell: cellKey('s0', 'l0'), axis: 'columns', index: 0, level: false })
    const side = ends(sticky('item:a', 0, 0), sticky('item:b', 400, 0), [0, 1], [0, 0])
    expect(staggerFor(side, noGrid, new Set([cellKey('s1', 'l0')]))).toEqual({ cell: cellKey('s0', 'l0'), axis: 'rows', index: 0, level: true })
    expect(staggerFor(side, noGrid, new Set([cellKey('s0', 'l0'), cellKey('s1', 'l0')]))?.cell).toBe(cellKey('s1', 'l0'))
  })

  it('should need no stagger for stickies in different rows and columns', () => {
    expect(staggerFor(ends(sticky('item:a', 0, 0), sticky('item:b', 400, 400), [0, 0], [1, 1]), noGrid)).toBeUndefined()
  })

  it('should lower the later sticky column of one cell', () => {
    const a = sticky('item:a', 0, 0)
    const b = sticky('item:b', 200, 0)
    expect(staggerFor(ends(a, b, [0, 0], [0, 0]), () => cellGrid([a, b]))).toEqual({ cell: cellKey('s0', 'l0'), axis: 'drops', index: 1, level: true })
  })
})

/** One stage, one lane, two stickies side by side in the cell, linked with a label too long for the gap between them. */
function sideBySide(): Journey {
  return validJourney({
    id: 'side',
    title: 'Side by side',
    personas: [{ id: 'p', name: 'P' }],
    stages: [{ id: 's', name: 'Stage' }],
    lanes: [{ id: 'l', name: 'Lane', kind: 'actions' }],
    items: [
      { id: 'a', stageId: 's', laneId: 'l', text: 'Calls' },
      { id: 'b', stageId: 's', laneId: 'l', text: 'Waits' },
      { id: 'c', stageId: 's', laneId: 'l', text: 'Answers' },
      { id: 'd', stageId: 's', laneId: 'l', text: 'Leaves' }
    ],
    links: [{ id: 'k', from: 'a', to: 'b', kind: 'handover', label: 'asks the desk again whether it is covered' }]
  })
}

describe('widenForLinks', () => {
  function blockedOf(journey: Journey): { plan: ReturnType<typeof layoutJourney>; blocked: BlockedLink[] } {
    // The plan as it would be without any room: the layout's own widening is what is under test.
    const plan = layoutJourney({ ...journey, links: [] })
    const withLinks = layoutJourney(journey)
    const linked = { ...plan, nodes: [...plan.nodes, ...withLinks.nodes.filter((node) => node.kind === 'connector' && node.tag.role === 'link')] }
    return { plan: linked, blocked: planLinkRoutes(linked).blocked }
  }

  it('should grow the gap between two stickies of one cell for a link whose label does not fit there', () => {
    const { plan, blocked } = blockedOf(sideBySide())
    expect(blocked).toHaveLength(1)
    const room = widenForLinks(plan, blocked, noLinkRoom(1, 1))
    const cell = room.cells.get(cellKey('s', 'l'))
    expect(cell).toBeDefined()
    // a and b are the first sticky row's two columns: the gap before the second column grows.
    expect(cell!.columns[1]).toBeGreaterThanOrEqual(LINK_ROOM_STEP)
    expect(room.columns).toEqual([0])
  })

  it('should ask nothing inside a cell whose stickies stay where people put them', () => {
    const { plan, blocked } = blockedOf(sideBySide())
    const before = noLinkRoom(1, 1)
    // The same room: widening cannot help this link, which the caller is told by getting it back.
    expect(widenForLinks(plan, blocked, before, new Set([cellKey('s', 'l')]))).toBe(before)
  })

  it('should ask nothing, not even the ways over the top, for several links between two stickies of a first-row cell people arranged', () => {
    const journey = validJourney({ ...sideBySide(), links: [...sideBySide().links, { id: 'k2', from: 'b', to: 'a', kind: 'handover', label: 'calls back' }] })
    const plan = layoutJourney(journey)
    const label = { x: plan.grid.columns[0]!.x, y: plan.grid.rows[0]!.y, width: 100, height: 60 }
    const before = noLinkRoom(1, 1)
    expect(widenForLinks(plan, [{ key: 'link:k2', start: 'item:b', end: 'item:a', path: [], label }], before, new Set([cellKey('s', 'l')]))).toBe(before)
  })

  it('should move the rows below the headings for several links between two stickies of the first row, opening the ways over their tops', () => {
    const journey = validJourney({
      id: 'pair',
      title: 'Pair',
      personas: [{ id: 'p', name: 'P' }],
      stages: [
        { id: 's1', name: 'First' },
        { id: 's2', name: 'Second' }
      ],
      lanes: [
        { id: 'l1', name: 'Lane', kind: 'actions' },
        { id: 'l2', name: 'Other', kind: 'actions' }
      ],
      items: [
        { id: 'a', stageId: 's1', laneId: 'l1', text: 'Calls' },
        { id: 'b', stageId: 's2', laneId: 'l2', text: 'Answers' },
        { id: 'c', stageId: 's1', laneId: 'l2', text: 'Waits' }
      ],
      links: [
        { id: 'k1', from: 'a', to: 'b', kind: 'handover', label: 'calls' },
        { id: 'k2', from: 'b', to: 'a', kind: 'handover', label: 'calls back' },
        { id: 'k3', from: 'c', to: 'b', kind: 'handover', label: 'asks' }
      ]
    })
    const plan = layoutJourney(journey)
    // A label well inside the grid, where no row gap or heading is asked for it.
    const label = { x: plan.grid.columns[1]!.x, y: plan.grid.rows[1]!.y, width: 100, height: 60 }
    const blocked = (key: string, start: string, end: string): BlockedLink => ({ key, start, end, path: [], label })
    // Two links between a (first row) and b: the rows move down by a label and its clearance.
    expect(widenForLinks(plan, [blocked('link:k2', 'item:b', 'item:a')], noLinkRoom(2, 2)).rows[0]).toBeGreaterThanOrEqual(60 + 2 * LINK_CLEARANCE)
    // One link between two stickies below the first row asks nothing of the headings.
    expect(widenForLinks(plan, [blocked('link:k3', 'item:c', 'item:b')], noLinkRoom(2, 2)).rows[0]).toBe(0)
  })

  it('should give a generated board room enough that nothing stays blocked', () => {
    const plan = layoutJourney(sideBySide())
    expect(planLinkRoutes(plan).blocked).toEqual([])
  })
})
