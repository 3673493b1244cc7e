import { describe, expect, it } from 'vitest'

import { boxesOverlap, elbowPath, polylineCrossesBox, sideAnchor } from '../../src/geometry'
import { type BoardPlan, layoutJourney, layoutWithLinkRoom, linkRoute, noLinkRoom, type PlanConnector, planBoxes, planLinkRoutes, routeLinks } from '../../src/layout'
import type { Journey } from '../../src/model'
import { diagonalPair } from '../fixtures/link-journeys'
import { validJourney } from '../reader/generated-board'

/** One stage, three lanes, a sticky in each: the top and bottom ones linked across the middle one. */
function acrossTheMiddle(label: string): Journey {
  return validJourney({
    id: 'across',
    title: 'Across',
    personas: [{ id: 'p', name: 'P' }],
    stages: [{ id: 's', name: 'Stage' }],
    lanes: [
      { id: 'top', name: 'Top', kind: 'actions' },
      { id: 'middle', name: 'Middle', kind: 'actions' },
      { id: 'bottom', name: 'Bottom', kind: 'actions' }
    ],
    items: [
      { id: 'a', stageId: 's', laneId: 'top', text: 'Calls' },
      { id: 'b', stageId: 's', laneId: 'middle', text: 'Waits' },
      { id: 'c', stageId: 's', laneId: 'bottom', text: 'Answers' }
    ],
    links: [{ id: 'call', from: 'a', to: 'c', kind: 'handover', label }]
  })
}

/**
 * A wide sticky fills the middle lane under the linked sticky: every way down from it crosses a
 * sticky but the ways down the stage's left edge, whose labels cover a lane label.
 */
function wideMiddleLane(): Journey {
  const url = 'https://example.com/a/very/long/path/that/never/breaks'
  return validJourney({
    id: 'wide',
    title: 'Wide',
    personas: [{ id: 'p', name: 'P' }],
    stages: [{ id: 's', name: 'Stage' }],
    lanes: ['top', 'middle', 'empty', 'bottom'].map((id) => ({ id, name: id, kind: 'actions' as const })),
    items: [
      { id: 'a', stageId: 's', laneId: 'top', text: 'Calls' },
      { id: 'b', stageId: 's', laneId: 'top', text: 'Writes' },
      { id: 'wide', stageId: 's', laneId: 'middle', text: `Reads ${url} and ${url}` },
      { id: 'next', stageId: 's', laneId: 'middle', text: 'Waits' },
      { id: 'c', stageId: 's', laneId: 'bottom', text: 'Answers' }
    ],
    links: [
      { id: 'first', from: 'c', to: 'a', kind: 'handover', label: 'calls back' },
      { id: 'second', from: 'b', to: 'c', kind: 'handover', label: 'calls back' }
    ]
  })
}

describe('routeLinks', () => {
  it('should route a link round the sticky between its ends, not through it', () => {
    const plan = layoutJourney(acrossTheMiddle('calls'))
    const link = plan.nodes.find((node): node is PlanConnector => node.key === 'link:call')!
    const boxes = planBoxes(plan)
    expect(link.startMagnet).toBeDefined()
    expect(link.endMagnet).toBeDefined()
    const { path, label } = linkRoute(boxes.get('item:a')!, link.startMagnet!, boxes.get('item:c')!, link.endMagnet!, link.text)
    expect(polylineCrossesBox(path, boxes.get('item:b')!)).toBe(false)
    for (const key of ['item:a', 'item:b', 'item:c']) expect(boxesOverlap(label!, boxes.get(key)!)).toBe(false)
    // The straight way down, which FigJam's AUTO would likely take, runs right through it.
    expect(polylineCrossesBox(elbowPath(sideAnchor(boxes.get('item:a')!, 'BOTTOM'), sideAnchor(boxes.get('item:c')!, 'TOP')), boxes.get('item:b')!)).toBe(true)
  })

  it('should route again round stickies that moved, keeping everything else', () => {
    const plan = layoutJourney(acrossTheMiddle('calls'))
    const moved = { ...plan, nodes: plan.nodes.map((node) => (node.key === 'item:b' ? { ...node, x: node.x - 200 } : node)) }
    const routed = routeLinks(moved)
    expect(routed.nodes.filter((node) => node.kind !== 'connector')).toEqual(moved.nodes.filter((node) => node.kind !== 'connector'))
    const boxes = planBoxes(routed)
    const link = routed.nodes.find((node): node is PlanConnector => node.key === 'link:call')!
    const { path } = linkRoute(boxes.get('item:a')!, link.startMagnet!, boxes.get('item:c')!, link.endMagnet!, link.text)
    expect(polylineCrossesBox(path, boxes.get('item:b')!)).toBe(false)
  })

  it('should put linked items first in their cell, where the gaps around it are', () => {
    const journey = acrossTheMiddle('calls')
    const crowded = { ...journey, items: [{ ...journey.items[0]!, id: 'z' }, ...journey.items] }
    const boxes = planBoxes(layoutJourney(crowded))
    expect(boxes.get('item:a')!.x).toBeLessThan(boxes.get('item:z')!.x)
  })

  it('should widen the gap a long label needs rather than lay it over a sticky between its ends in one row', () => {
    const label = 'asks the store whether the warranty covers the handle that broke on the second day of the holiday'
    const journey = validJourney({
      id: 'row',
      title: 'Row',
      personas: [{ id: 'p', name: 'P' }],
      stages: ['one', 'two', 'three'].map((id) => ({ id, name: id })),
      lanes: [{ id: 'lane', name: 'Lane', kind: 'actions' }],
      items: [
        { id: 'a', stageId: 'one', laneId: 'lane', text: 'Calls' },
        { id: 'b', stageId: 'two', laneId: 'lane', text: 'Waits' },
        { id: 'c', stageId: 'three', laneId: 'lane', text: 'Answers' }
      ],
      links: [{ id: 'call', from: 'a', to: 'c', kind: 'handover', label }]
    })
    expect(labelProblems(layoutJourney(journey))).toEqual([])
  })

  it('should set two stickies joined by many labelled links apart, so no label covers a sticky or another label', () => {
    const labels = ['calls', 'case by email', 'sends the photos of the broken handle and the receipt', 'first line\nsecond line\nthird', 'asks again', 'https://example.com/a/very/long/path/that/never/breaks']
    const journey = validJourney({
      id: 'bundle',
      title: 'Bundle',
      personas: [{ id: 'p', name: 'P' }],
      stages: [{ id: 's', name: 'Stage' }],
      lanes: [{ id: 'lane', name: 'Lane', kind: 'actions' }],
      items: [
        { id: 'a', stageId: 's', laneId: 'lane', text: 'Customer' },
        { id: 'b', stageId: 's', laneId: 'lane', text: 'Store' }
      ],
      links: labels.map((label, i) => ({ id: `l${i}`, from: i % 2 === 0 ? 'a' : 'b', to: i % 2 === 0 ? 'b' : 'a', kind: 'interaction', label }))
    })
    const plan = layoutJourney(journey)
    expect(labelProblems(plan)).toEqual([])
    const boxes = planBoxes(plan)
    // Side by side in their cell, but not level.
    expect(boxes.get('item:a')!.y).not.toBe(boxes.get('item:b')!.y)
  })

  it('should not count a label on a blueprint bar as blocked, a bar showing no text and lying where no room takes a label off it', () => {
    const journey = validJourney({
      id: 'bar',
      title: 'Bar',
      personas: [{ id: 'p', name: 'P' }],
      stages: [{ id: 's', name: 'Stage' }],
      lanes: [
        { id: 'top', name: 'Top', kind: 'actions' },
        { id: 'bottom', name: 'Bottom', kind: 'actions' }
      ],
      items: [
        { id: 'a', stageId: 's', laneId: 'top', text: 'Calls' },
        { id: 'b', stageId: 's', laneId: 'bottom', text: 'Answers' }
      ],
      links: [{ id: 'call', from: 'a', to: 'b', kind: 'handover', label: 'calls' }],
      blueprintLines: [{ kind: 'interaction', afterLaneId: 'top' }]
    })
    const plan = layoutJourney(journey)
    // The bar stretched over the whole board, so every route's label lies on it.
    const everywhere = { ...plan, nodes: plan.nodes.map((node) => (node.key === 'blueprint:0:line' ? { ...node, y: -10_000, height: 20_000 } : node)) }
    expect(planLinkRoutes(everywhere).blocked).toEqual([])
  })

  it('should name, of a link no route keeps clear, a route whose line keeps off the stickies, where room at its label can help', () => {
    const journey = wideMiddleLane()
    const laidOut = layoutWithLinkRoom(journey, {}, noLinkRoom(1, 4))
    const boxes = planBoxes(laidOut)
    const { blocked } = planLinkRoutes(laidOut)
    expect(blocked.map((link) => link.key)).toEqual(['link:second'])
    for (const key of ['item:a', 'item:wide', 'item:next']) expect(polylineCrossesBox(blocked[0]!.path, boxes.get(key)!)).toBe(false)

    const plan = layoutJourney(journey)
    expect(labelProblems(plan)).toEqual([])
    const routed = planBoxes(plan)
    const link = plan.nodes.find((node): node is PlanConnector => node.key === 'link:second')!
    const { path } = linkRoute(routed.get('item:b')!, link.startMagnet!, routed.get('item:c')!, link.endMagnet!, link.text)
    for (const key of ['item:a', 'item:wide', 'item:next']) expect(polylineCrossesBox(path, routed.get(key)!)).toBe(false)
  })

  // Seven labelled links between two stickies in different stages and lanes, on a board with no room
  // made for links: in plan order and blocked first, the fifth link's label fits only where an earlier
  // link's lies. Moving one or two earlier links in turn onto other clear ways leaves it blocked (so it
  // does with FREED_LINKS at 2); the last pass moves three, and every label is clear.
  it('should clear a blocked label in its last pass by moving three earlier links in turn', () => {
    const there = (label: string): { from: string; to: string; label: string } => ({ from: 'i1', to: 'i2', label })
    const back = (label: string): { from: string; to: string; label: string } => ({ from: 'i2', to: 'i1', label })
    const journey = diagonalPair([
      back('kunde kunde kunde'),
      back('kunde'),
      there('WWWWWWWW kunde WWWWWWWW'),
      there('Überraschung kunde kunde'),
      back('kunde kunde kunde kunde'),
      there('https://example.com/a/very/long/path/that/never/breaks kunde'),
      there('first line\nsecond line\nthird')
    ])
    const { plan, blocked } = planLinkRoutes(layoutWithLinkRoom(journey, {}, noLinkRoom(2, 2)))
    expect(blocked).toEqual([])
    expect(labelProblems(plan)).toEqual([])
  })

  it('should state the route it chose through linkRoute, so the self-check records what the router did', () => {
    const laidOut = layoutWithLinkRoom(wideMiddleLane(), {}, noLinkRoom(1, 4))
    const boxes = planBoxes(laidOut)
    const { plan, blocked } = planLinkRoutes(laidOut)
    const link = plan.nodes.find((node): node is PlanConnector => node.key === 'link:second')!
    expect(blocked[0]!.key).toBe('link:second')
    expect(blocked[0]!.label).toBeDefined()
    expect(linkRoute(boxes.get(link.start)!, link.startMagnet!, boxes.get(link.end)!, link.endMagnet!, link.text)).toEqual({ path: blocked[0]!.path, label: blocked[0]!.label })
  })
})

/** Every link label that covers a sticky, a text or another label, as our model places them. */
function labelProblems(plan: BoardPlan): string[] {
  const boxes = planBoxes(plan)
  const texts = plan.nodes.filter((node) => node.kind === 'sticky' || node.kind === 'text' || (node.kind === 'shape' && node.text.trim() !== ''))
  const labels = plan.nodes.flatMap((node) => {
    if (node.kind !== 'connector' || node.tag.role !== 'link') return []
    const { label } = linkRoute(boxes.get(node.start)!, node.startMagnet!, boxes.get(node.end)!, node.endMagnet!, node.text)
    return label === undefined ? [] : [{ key: node.key, label }]
  })
  return labels.flatMap(({ key, label }, i) => [
    ...texts.filter((text) => boxesOverlap(label, boxes.get(text.key)!)).map((text) => `${key} covers ${text.key}`),
    ...labels.slice(i + 1).filter((other) => boxesOverlap(label, other.label)).map((other) => `${key} covers ${other.key}`)
  ])
}
