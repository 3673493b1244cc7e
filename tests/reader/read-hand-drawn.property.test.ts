import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { STICKY_COLORS } from '../../src/layout'
import type { Journey, StickyColor } from '../../src/model'
import { type BoardSnapshot, readBoard, type SnapshotBox, type SnapshotNode } from '../../src/reader'

/**
 * The laws of reading a hand-drawn map: the journey does not depend on the order the nodes come in,
 * on a few pixels of slack in where things were put, or on stickies turned up to 10 degrees.
 */

type Layout = 'grid' | 'sections' | 'legend'

interface MapSpec {
  layout: Layout
  stages: number
  lanes: number
  /** Stickies per cell, row by row. */
  cells: number[][]
}

const COLUMN = 600
const ROW = 300
const STICKY = 240
const LANE_COLOURS: StickyColor[] = ['yellow', 'red', 'green', 'blue']
const LANE_NAMES = ['Actions', 'Thoughts', 'Pain points', 'Ideas']

const spec: fc.Arbitrary<MapSpec> = fc
  .record({ layout: fc.constantFrom<Layout>('grid', 'sections', 'legend'), stages: fc.integer({ min: 2, max: 4 }), lanes: fc.integer({ min: 2, max: 4 }) })
  .chain((base) =>
    fc
      .array(fc.array(fc.integer({ min: 0, max: 2 }), { minLength: base.stages, maxLength: base.stages }), { minLength: base.lanes, maxLength: base.lanes })
      // A map has stickies, and a legend names the colours they use: each lane's colour is on at least one sticky.
      .map((cells) => ({
        ...base,
        cells: cells.map(([first = 0, ...rest], l) => [base.layout === 'legend' || l < 2 ? Math.max(1, first) : first, ...rest])
      }))
  )

/** The map as a person lays it out: headers over columns 600 wide, rows 300 tall, up to two stickies side by side in a cell. */
function drawMap(map: MapSpec): BoardSnapshot {
  const nodes: SnapshotNode[] = []
  const text = (id: string, words: string, x: number, y: number, width = 120): void => {
    nodes.push({ id, type: 'TEXT', name: '', parentId: null, box: { x, y, width, height: 30 }, text: words, data: {} })
  }
  text('title', 'Moving house', 300, -300, 300)
  for (let s = 0; s < map.stages; s += 1) {
    const x = 300 + s * COLUMN
    if (map.layout === 'sections') {
      nodes.push({ id: `section-${s}`, type: 'SECTION', name: `Stage ${s + 1}`, parentId: null, box: { x, y: 0, width: COLUMN - 40, height: map.lanes * ROW }, data: {} })
    } else text(`header-${s}`, `Stage ${s + 1}`, x, -100)
  }
  if (map.layout !== 'legend') for (let l = 0; l < map.lanes; l += 1) text(`label-${l}`, LANE_NAMES[l] ?? `Lane ${l}`, 0, 60 + l * ROW)
  map.cells.forEach((row, l) =>
    row.forEach((count, s) => {
      for (let k = 0; k < count; k += 1) {
        nodes.push({
          id: `sticky-${s}-${l}-${k}`,
          type: 'STICKY',
          name: '',
          parentId: map.layout === 'sections' ? `section-${s}` : null,
          box: { x: 310 + s * COLUMN + k * (STICKY + 20), y: 10 + l * ROW, width: STICKY, height: STICKY },
          text: itemText(s, l, k),
          fill: STICKY_COLORS[LANE_COLOURS[l] ?? 'yellow'],
          wide: false,
          data: {}
        })
      }
    })
  )
  if (map.layout === 'legend') {
    for (let l = 0; l < map.lanes; l += 1) {
      const colour = LANE_COLOURS[l] ?? 'yellow'
      nodes.push({
        id: `legend-${l}`,
        type: 'SHAPE_WITH_TEXT',
        name: '',
        parentId: null,
        box: { x: 300 + map.stages * COLUMN + 300, y: l * 80, width: 60, height: 60 },
        text: '',
        fill: STICKY_COLORS[colour],
        data: {}
      })
      text(`legend-word-${l}`, LANE_NAMES[l] ?? colour, 300 + map.stages * COLUMN + 380, l * 80 + 15)
    }
  }
  return { nodes }
}

function itemText(stage: number, lane: number, k: number): string {
  return `Stage ${stage + 1}, ${LANE_NAMES[lane]}, #${k + 1}`
}

/** What a person reads off the map they drew: stage and lane names, and each item in its cell, in order. */
function expectedReading(map: MapSpec): { stages: string[]; lanes: string[]; items: string[] } {
  const items: string[] = []
  for (let s = 0; s < map.stages; s += 1) {
    for (let l = 0; l < map.lanes; l += 1) {
      for (let k = 0; k < (map.cells[l]?.[s] ?? 0); k += 1) items.push(`${itemText(s, l, k)} -> Stage ${s + 1} / ${LANE_NAMES[l]}`)
    }
  }
  return {
    stages: Array.from({ length: map.stages }, (_, s) => `Stage ${s + 1}`),
    lanes: Array.from({ length: map.lanes }, (_, l) => LANE_NAMES[l] ?? ''),
    items
  }
}

function summary(journey: Journey): { stages: string[]; lanes: string[]; items: string[] } {
  const stage = new Map(journey.stages.map((s) => [s.id, s.name]))
  const lane = new Map(journey.lanes.map((l) => [l.id, l.name]))
  return {
    stages: journey.stages.map((s) => s.name),
    lanes: journey.lanes.map((l) => l.name),
    items: journey.items.map((i) => `${i.text} -> ${stage.get(i.stageId)} / ${lane.get(i.laneId)}`)
  }
}

/** The bounds of a box turned `degrees` counter-clockwise around its top-left, as FigJam reports a turned sticky. */
function turnedBox(box: SnapshotBox, degrees: number): SnapshotBox {
  const r = (degrees * Math.PI) / 180
  const [cos, sin] = [Math.cos(r), Math.sin(r)]
  const corners = [
    [0, 0],
    [box.width, 0],
    [0, box.height],
    [box.width, box.height]
  ].map(([u = 0, v = 0]) => ({ x: box.x + cos * u + sin * v, y: box.y - sin * u + cos * v }))
  const xs = corners.map((p) => p.x)
  const ys = corners.map((p) => p.y)
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) }
}

interface Disturbance {
  order: number[]
  jitter: [number, number][]
  turns: number[]
}

function disturbance(size: number): fc.Arbitrary<Disturbance> {
  return fc.record({
    order: fc.shuffledSubarray([...Array(size).keys()], { minLength: size, maxLength: size }),
    jitter: fc.array(fc.tuple(fc.integer({ min: -5, max: 5 }), fc.integer({ min: -5, max: 5 })), { minLength: size, maxLength: size }),
    turns: fc.array(fc.double({ min: -10, max: 10, noNaN: true }), { minLength: size, maxLength: size })
  })
}

/** The same map with its nodes shuffled (parents still before children), nudged a few pixels and its stickies turned. */
function disturb(snapshot: BoardSnapshot, d: Disturbance): BoardSnapshot {
  const moved = snapshot.nodes.map((node, i) => {
    const [dx, dy] = d.jitter[i] ?? [0, 0]
    const nudged = { ...node.box, x: node.box.x + dx, y: node.box.y + dy }
    return { ...node, box: node.type === 'STICKY' ? turnedBox(nudged, d.turns[i] ?? 0) : nudged }
  })
  const shuffled = d.order.map((i) => moved[i] as SnapshotNode)
  const depth = (node: SnapshotNode): number => (node.parentId === null ? 0 : 1)
  return { nodes: [...shuffled].sort((a, b) => depth(a) - depth(b)) }
}

describe('reading hand-drawn maps, whatever the order, slack and turn', () => {
  it('reads the journey a person reads off a grid, a row of sections or a colour legend', () => {
    fc.assert(
      fc.property(spec, (map) => {
        expect(summary(readBoard(drawMap(map)).journey)).toEqual(expectedReading(map))
      }),
      { numRuns: 60 }
    )
  })

  it('reads the same journey with the nodes shuffled, nudged by up to 5 px and stickies turned by up to 10°', () => {
    const withDisturbance = spec.chain((map) => {
      const snapshot = drawMap(map)
      return disturbance(snapshot.nodes.length).map((d) => ({ map, snapshot, d }))
    })
    fc.assert(
      fc.property(withDisturbance, ({ map, snapshot, d }) => {
        const calm = readBoard(snapshot)
        const shaken = readBoard(disturb(snapshot, d))
        expect(summary(shaken.journey)).toEqual(expectedReading(map))
        // Every placement keeps how it was made; only how sure it is may move with the slack.
        const how = (j: Journey) => j.items.map((i) => [i.id, i.provenance?.stage, i.provenance?.lane])
        expect(how(shaken.journey)).toEqual(how(calm.journey))
      }),
      { numRuns: 150 }
    )
  })
})
