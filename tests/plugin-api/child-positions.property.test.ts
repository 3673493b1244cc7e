import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { ChildPositions, type Departure } from '../../src/plugin-api/child-positions'
import type { LiveNode } from '../../src/plugin-api/live-board'
import { propertyRuns } from '../support/property-runs'

/** The count as it is defined: one step back for each node that left the same parent from a lower read index. */
class NaivePositions {
  private readonly gone = new Map<string, number[]>()

  constructor(private readonly reading: ReadonlyMap<string, Pick<LiveNode, 'handle' | 'raw'>>) {}

  leave(node: SceneNode, parentId: string | null): Departure | undefined {
    const parent = parentId === null ? undefined : this.reading.get(parentId)
    const children = parent?.raw.children
    if (children === undefined) return undefined
    const read = children.indexOf(node)
    if (read === -1) return undefined
    const gone = this.gone.get(parentId!) ?? []
    this.gone.set(parentId!, gone)
    const index = read - gone.filter((left) => left < read).length
    gone.push(read)
    return { parent: parent!.handle as BaseNode & ChildrenMixin, index }
  }
}

/** Parents with some children each (a parent with none read, and a node in none, too), and the nodes leaving in some order. */
const movesArbitrary = fc
  .array(fc.integer({ min: 0, max: 40 }), { minLength: 1, maxLength: 4 })
  .chain((sizes) =>
    fc.record({
      sizes: fc.constant(sizes),
      // A parent index past the last is one the reading did not read; a child index past the last a node not among its children.
      leaves: fc.array(fc.record({ parent: fc.integer({ min: 0, max: sizes.length }), child: fc.integer({ min: 0, max: 41 }) }), { maxLength: 120 })
    })
  )

describe('ChildPositions', () => {
  it('says where each leaving node sits now exactly as counting every node that left before it does', () => {
    fc.assert(
      fc.property(movesArbitrary, ({ sizes, leaves }) => {
        const reading = new Map<string, Pick<LiveNode, 'handle' | 'raw'>>()
        const childrenOf = sizes.map((size, p) => Array.from({ length: size }, (_, c) => ({ id: `${p}:${c}` }) as unknown as SceneNode))
        childrenOf.forEach((children, p) => reading.set(`p${p}`, { handle: { id: `p${p}` } as unknown as SceneNode, raw: { children } }))
        const outsider = { id: 'outside' } as unknown as SceneNode
        const fast = new ChildPositions(reading)
        const naive = new NaivePositions(reading)
        for (const { parent, child } of leaves) {
          const node = childrenOf[parent]?.[child] ?? outsider
          const parentId = parent === sizes.length ? null : `p${parent}`
          expect(fast.leave(node, parentId)).toEqual(naive.leave(node, parentId))
        }
      }),
      propertyRuns(200)
    )
  })
})
