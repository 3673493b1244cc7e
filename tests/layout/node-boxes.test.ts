import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { layoutJourney, NodeBoxes, planBoxes, planNodeBoxes } from '../../src/layout'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/** Keys as plan keys end: digits, letters, punctuation, and the empty key; few enough that they repeat. */
const key = fc.oneof(fc.constantFrom('', 'board', 'item:a', 'item:b1', 'marker:a:red-flag', 'é', '👩'), fc.string({ maxLength: 4 }))
/** Coordinates with fractions, negatives, -0 and what is not a number. */
const coordinate = fc.oneof(fc.double(), fc.integer({ min: -5000, max: 5000 }), fc.constantFrom(-0, 0.5, Number.NaN))

describe('NodeBoxes', () => {
  it('should find each key at the place it was last given and read back every number as given', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, coordinate, coordinate, coordinate, coordinate), { maxLength: 300 }), (pushes) => {
        const boxes = new NodeBoxes()
        const places = new Map<string, number>()
        pushes.forEach(([k, x, y, width, height], place) => {
          expect(boxes.push(k, x, y, width, height)).toBe(!places.has(k))
          places.set(k, place)
        })
        expect(boxes.count).toBe(pushes.length)
        for (const [k, place] of places) expect(boxes.placeOf(k)).toBe(place)
        expect(boxes.placeOf('never given\u0000')).toBeUndefined()
        pushes.forEach(([, x, y, width, height], place) => {
          expect([boxes.x(place), boxes.y(place), boxes.width(place), boxes.height(place)]).toEqual([x, y, width, height])
          expect(Object.is(boxes.box(place).x, x)).toBe(true)
        })
      }),
      propertyRuns(200)
    )
  })

  it('should keep every key of a board far bigger than its first buffer and any one of its maps', () => {
    const boxes = new NodeBoxes()
    const count = 20_000
    for (let place = 0; place < count; place++) expect(boxes.push(`item:i${place}`, place, place / 3, 240, 240 + place)).toBe(true)
    expect(boxes.push('item:i7', 1, 2, 3, 4)).toBe(false)
    for (let place = 0; place < count; place++) {
      expect(boxes.placeOf(`item:i${place}`)).toBe(place === 7 ? count : place)
      expect(boxes.box(place)).toEqual({ x: place, y: place / 3, width: 240, height: 240 + place })
    }
  })

  it('should give every node of a laid-out plan the box planBoxes gives it, to the last bit', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 30, maxLinks: 10 }), (journey) => {
        const plan = layoutJourney(journey)
        const expected = planBoxes(plan)
        const boxes = planNodeBoxes(plan)
        expect(boxes.count).toBe(plan.nodes.length)
        plan.nodes.forEach((node, place) => {
          expect(boxes.placeOf(node.key)).toBe(place)
          const box = expected.get(node.key)
          for (const field of ['x', 'y', 'width', 'height'] as const) expect(Object.is(boxes.box(place)[field], box?.[field])).toBe(true)
        })
      }),
      propertyRuns(50)
    )
  })
})
