import { describe, expect, it } from 'vitest'

import { BOARD_KEY, BODY_FONT, PlanBuilder, planNodeBoxes } from '../../src/layout'

const board = { kind: 'section', key: BOARD_KEY, parent: null, name: 'Board', x: 0, y: 0, width: 100, height: 100, fill: '#FFFFFF', tag: { role: 'board' } } as const

function stage(key: string, x: number): Parameters<PlanBuilder['add']>[0] {
  return { kind: 'section', key, parent: BOARD_KEY, name: key, x, y: 10.25, width: 50, height: 50, fill: '#FFFFFF', tag: { role: 'stage' } }
}

function text(key: string, parent: string, x: number): Parameters<PlanBuilder['add']>[0] {
  return { kind: 'text', key, parent, name: key, x, y: 1.5, width: 10, height: 10, fill: '#1E1E1E', text: key, font: BODY_FONT, fontSize: 12, tag: { role: 'header' } }
}

describe('PlanBuilder', () => {
  it('should keep each node\'s box on the board as planNodeBoxes works it out from the plan, its parents looked up in any order', () => {
    const plan = new PlanBuilder()
    plan.add(board)
    plan.add(stage('stage:a', 20.5))
    plan.add(stage('stage:b', 70))
    // Children of one section, of another, then of the first again, and of the board.
    plan.add(text('a1', 'stage:a', 1))
    plan.add(text('b1', 'stage:b', 2))
    plan.add(text('a2', 'stage:a', 3))
    plan.add(text('top', BOARD_KEY, 4))
    plan.addConnector({ key: 'line', start: 'a1', end: 'b1', lineType: 'STRAIGHT', endCap: 'NONE', stroke: '#1E1E1E', strokeWeight: 1, text: '', tag: { role: 'link' } })
    plan.resize(plan.nodes[0]!, 300, 200)
    const fromPlan = planNodeBoxes({ layoutVersion: 1, journeyId: 'j', width: 300, height: 200, nodes: plan.nodes, fonts: plan.fonts(), grid: { columns: [], rows: [] } })
    expect(plan.boxes.count).toBe(plan.nodes.length)
    plan.nodes.forEach((node, place) => expect(plan.boxes.box(place)).toEqual(fromPlan.box(place)))
    expect(plan.boxes.box(5)).toEqual({ x: 23.5, y: 11.75, width: 10, height: 10 })
    expect(plan.boxes.box(0)).toEqual({ x: 0, y: 0, width: 300, height: 200 })
    // The connector spans the two texts' centres: (26.5, 16.75) and (77, 16.75).
    expect(plan.nodes[7]).toMatchObject({ x: 26.5, y: 16.75, width: 50.5, height: 0 })
  })

  it('should refuse a plan key given twice, however many nodes apart, and a parent not added yet', () => {
    const plan = new PlanBuilder()
    plan.add(board)
    plan.add(stage('stage:a', 0))
    for (let i = 0; i < 5000; i++) plan.add(text(`item:i${i}`, 'stage:a', i))
    expect(() => plan.add(text('item:i3', 'stage:a', 0))).toThrow('layout produced the plan key "item:i3" twice')
    expect(() => plan.add(text('stage:a', BOARD_KEY, 0))).toThrow('layout produced the plan key "stage:a" twice')
    expect(() => plan.add(text('new', 'stage:z', 0))).toThrow('layout referred to the plan key "stage:z" before adding it')
    expect(() => plan.addConnector({ key: 'line', start: 'item:i1', end: 'nowhere', lineType: 'STRAIGHT', endCap: 'NONE', stroke: '#1E1E1E', strokeWeight: 1, text: '', tag: { role: 'link' } })).toThrow(
      'layout referred to the plan key "nowhere" before adding it'
    )
  })
})
