import { describe, expect, it } from 'vitest'

import { boxesOverlap, elbowPath, polylineCrossesBox, sideAnchor } from '../../src/geometry'
import { layoutJourney, linkRoute, type PlanConnector, planBoxes, routeLinks } from '../../src/layout'
import type { Journey } from '../../src/model'
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
})
