import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { MAX_CELLS_PER_BOX, groupNearBoxes } from '../../src/reader/group-near-boxes'
import { readBoard, type SnapshotBox, type SnapshotNode } from '../../src/reader'
import { propertyRuns } from '../support/property-runs'

/**
 * Grouping the things on a page into maps with a grid gives the groups the plain way gives: every
 * box against every other (joined when no more than the gap apart), then every group's bounding box
 * against every other (joined when they overlap or touch) until none do.
 */

const GAP = 600
const STICKY = 240

/** The plain way, kept as the reference: all pairs, then all pairs of groups, round after round. */
function groupsAllPairs(boxes: readonly SnapshotBox[], gap: number): number[] {
  const parent = boxes.map((_, i) => i)
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)))
  const join = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)]
    parent[Math.max(ra, rb)] = Math.min(ra, rb)
  }
  for (let i = 0; i < boxes.length; i += 1) for (let j = i + 1; j < boxes.length; j += 1) if (distance(boxes[i]!, boxes[j]!) <= gap) join(i, j)
  for (let joined = true; joined; ) {
    joined = false
    const union = new Map<number, SnapshotBox>()
    boxes.forEach((box, i) => {
      const had = union.get(find(i))
      union.set(find(i), had === undefined ? box : around(had, box))
    })
    const roots = [...union.keys()]
    for (const a of roots) {
      for (const b of roots) {
        if (a < b && find(a) !== find(b) && distance(union.get(a)!, union.get(b)!) === 0) {
          join(a, b)
          joined = true
        }
      }
    }
  }
  return boxes.map((_, i) => find(i))
}

function distance(a: SnapshotBox, b: SnapshotBox): number {
  const dx = Math.max(0, a.x - (b.x + b.width), b.x - (a.x + a.width))
  const dy = Math.max(0, a.y - (b.y + b.height), b.y - (a.y + a.height))
  return Math.hypot(dx, dy)
}

function around(a: SnapshotBox, b: SnapshotBox): SnapshotBox {
  const x = Math.min(a.x, b.x)
  const y = Math.min(a.y, b.y)
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y }
}

/** What people put on a page: stickies, wide stickies, texts, shapes, sections, lines with no width, and now and then a huge section. */
const size = fc.oneof(
  { weight: 6, arbitrary: fc.constant({ width: STICKY, height: STICKY }) },
  { weight: 2, arbitrary: fc.constant({ width: 416, height: STICKY }) },
  { weight: 2, arbitrary: fc.record({ width: fc.integer({ min: 10, max: 400 }), height: fc.integer({ min: 10, max: 60 }) }) },
  { weight: 1, arbitrary: fc.record({ width: fc.integer({ min: 0, max: 3000 }), height: fc.constantFrom(0, 1) }) },
  { weight: 2, arbitrary: fc.record({ width: fc.integer({ min: 600, max: 6000 }), height: fc.integer({ min: 600, max: 4000 }) }) },
  // More cells than one box is put into: compared with every other box instead.
  { weight: 1, arbitrary: fc.constant({ width: 200_000, height: 20 * GAP * Math.ceil(MAX_CELLS_PER_BOX / 400) }) }
)

/** Coordinates on a coarse lattice meet the gap and the grid's cells exactly; fine ones fall between. */
const coordinate = (span: number): fc.Arbitrary<number> =>
  fc.oneof(
    fc.integer({ min: -span, max: span }),
    fc.integer({ min: -Math.floor(span / 120), max: Math.floor(span / 120) }).map((k) => k * 120),
    fc.double({ min: -span, max: span, noNaN: true, noDefaultInfinity: true })
  )

const scattered = fc.array(
  fc.record({ x: coordinate(12_000), y: coordinate(12_000), size }).map(({ x, y, size: s }) => ({ x, y, ...s })),
  { maxLength: 60 }
)

/** One column of stickies at one x, each a step below the one before: steps around the gap, by a pixel or exactly. */
const column = fc
  .record({
    x: fc.integer({ min: -2000, max: 2000 }),
    steps: fc.array(fc.oneof(fc.integer({ min: 0, max: 2 * GAP + STICKY }), fc.constantFrom(GAP + STICKY, GAP + STICKY + 1, GAP + STICKY - 1)), { maxLength: 60 })
  })
  .map(({ x, steps }) => {
    let y = 0
    return steps.map((step) => ({ x, y: (y += step), width: STICKY, height: STICKY }))
  })

/** Boxes whose corners are exactly the gap apart on a slant (a 3-4-5 triangle), or a hair more. */
const diagonal = fc.array(
  fc.record({ i: fc.integer({ min: 0, max: 6 }), j: fc.integer({ min: 0, max: 6 }), hair: fc.constantFrom(0, 0.001, 1) }).map(({ i, j, hair }) => ({
    x: i * (STICKY + 360) + hair,
    y: j * (STICKY + 480),
    width: STICKY,
    height: STICKY
  })),
  { maxLength: 30 }
)

/** Points (boxes with no size) close together: pairs a little under and a little over the gap apart, in every direction. */
const dots = fc.array(fc.record({ x: fc.integer({ min: -900, max: 900 }), y: fc.integer({ min: -900, max: 900 }) }).map(({ x, y }) => ({ x, y, width: 0, height: 0 })), { maxLength: 12 })

/**
 * Boxes of hand-made nodes no grid cell can hold: sizes or places that are not numbers or are
 * infinite, and places so far out that the grid's cell numbers there are no longer whole steps apart.
 */
const odd = fc.array(
  fc
    .record({
      x: fc.oneof(coordinate(12_000), fc.constantFrom(NaN, Infinity, -Infinity, 1e20, -1e20, 4e18)),
      y: fc.oneof(coordinate(12_000), fc.constantFrom(NaN, Infinity, -Infinity, 1e20)),
      size
    })
    .chain(({ x, y, size: s }) =>
      fc.constantFrom({ x, y, ...s }, { x, y, width: Infinity, height: s.height }, { x, y, width: s.width, height: NaN })
    ),
  { maxLength: 30 }
)

describe('groupNearBoxes (the things on a page grouped into maps)', () => {
  it('should give the groups that comparing every box and every group with every other gives', () => {
    fc.assert(
      fc.property(fc.oneof(scattered, column, diagonal, dots, fc.tuple(column, scattered).map(([a, b]) => [...a, ...b]), fc.tuple(odd, scattered).map(([a, b]) => [...a, ...b])), (boxes) => {
        expect(groupNearBoxes(boxes, GAP)).toEqual(groupsAllPairs(boxes, GAP))
      }),
      propertyRuns(300)
    )
  })

  it('should keep two stickies exactly the gap apart together, and a pixel further apart apart', () => {
    const at = (x: number, y: number): SnapshotBox => ({ x, y, width: STICKY, height: STICKY })
    expect(groupNearBoxes([at(0, 0), at(0, STICKY + GAP)], GAP)).toEqual([0, 0])
    expect(groupNearBoxes([at(0, 0), at(0, STICKY + GAP + 1)], GAP)).toEqual([0, 1])
    expect(groupNearBoxes([at(0, 0), at(STICKY + 360, STICKY + 480)], GAP)).toEqual([0, 0])
    expect(groupNearBoxes([at(0, 0), at(STICKY + 361, STICKY + 480)], GAP)).toEqual([0, 1])
  })

  it('should group boxes at Infinity, at NaN or far out on the page, as comparing every box with every other does', () => {
    const sticky = { x: 0, y: 0, width: STICKY, height: STICKY }
    for (const box of [
      { x: -Infinity, y: 0, width: STICKY, height: STICKY },
      { x: 1e20, y: 0, width: STICKY, height: STICKY },
      { x: 0, y: -1e20, width: STICKY, height: 2e20 },
      { x: 0, y: 0, width: Infinity, height: STICKY },
      { x: 0, y: 0, width: NaN, height: STICKY }
    ]) {
      expect(groupNearBoxes([sticky, box, { ...box }], GAP)).toEqual(groupsAllPairs([sticky, box, { ...box }], GAP))
    }
  })

  it('should keep two points a little over the gap apart on a slant apart, wherever on the page they are', () => {
    const dot = (x: number, y: number): SnapshotBox => ({ x, y, width: 0, height: 0 })
    const step = 430 // 608 px on the diagonal
    for (let at = -1000; at <= 1000; at += 7) expect(groupNearBoxes([dot(at, at), dot(at + step, at + step)], GAP)).toEqual([0, 1])
  })
})

describe('readBoard on a page of separate stickies in one column', () => {
  it('should find each sticky a map of its own, and say how many there are', () => {
    const count = 2000
    const nodes: SnapshotNode[] = Array.from({ length: count }, (_, i) => ({
      id: `note-${i}`,
      type: 'STICKY',
      name: '',
      parentId: null,
      box: { x: 0, y: i * (STICKY + GAP + 1), width: STICKY, height: STICKY },
      text: `Note ${i + 1}`,
      wide: false,
      data: {}
    }))
    const reading = readBoard({ nodes })
    expect(reading.warnings.find((w) => w.code === 'several-boards')?.params.count).toBe(count)
    expect(reading.journey.items.map((item) => item.text)).toEqual(['Note 1'])
  })
})
