import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { mergeOrder, mergeSequence } from '../../src/sync'
import { propertyRuns } from '../support/property-runs'

const keep = (...ids: string[]): Set<string> => new Set(ids)

describe('mergeOrder', () => {
  it('takes the data’s order when the board kept the base’s, and the board’s when the data did', () => {
    expect(mergeOrder({ board: ['a', 'b', 'c'], data: ['c', 'a', 'b'], base: ['a', 'b', 'c'], keep: keep('a', 'b', 'c') })).toEqual({ order: ['c', 'a', 'b'], boardWins: false })
    expect(mergeOrder({ board: ['b', 'a', 'c'], data: ['a', 'b', 'c'], base: ['a', 'b', 'c'], keep: keep('a', 'b', 'c') })).toEqual({ order: ['b', 'a', 'c'], boardWins: true })
  })

  it('reports a conflict with the whole order each side gives when both reordered differently', () => {
    expect(mergeOrder({ board: ['b', 'a', 'c'], data: ['a', 'c', 'b'], base: ['a', 'b', 'c'], keep: keep('a', 'b', 'c', 'd') })).toEqual({
      order: ['b', 'a', 'c'],
      conflict: { board: ['b', 'a', 'c'], data: ['a', 'c', 'b'] },
      boardWins: true
    })
  })

  it('puts ids only one side holds after their nearest predecessor on that side', () => {
    const merged = mergeOrder({ board: ['a', 'x', 'b', 'c'], data: ['n', 'a', 'b', 'm', 'c'], base: ['a', 'b', 'c'], keep: keep('a', 'b', 'c', 'x', 'n', 'm') })
    expect(merged.order).toEqual(['n', 'a', 'x', 'b', 'm', 'c'])
  })

  it('holds exactly the kept ids, each once, whatever the inputs', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'), { maxLength: 6 })
    fc.assert(
      fc.property(ids, ids, ids, (board, data, base) => {
        const kept = new Set([...board, ...data])
        const { order, conflict } = mergeOrder({ board, data, base, keep: kept })
        expect([...order].sort()).toEqual([...kept].sort())
        if (conflict !== undefined) expect([...conflict.data].sort()).toEqual([...kept].sort())
      })
    )
  })
})

describe('mergeSequence', () => {
  it('follows the primary order and slots the secondary’s own ids beside their neighbours', () => {
    expect(mergeSequence(['a', 'b', 'c'], ['x', 'a', 'b', 'y', 'c'], keep('a', 'b', 'c', 'x', 'y'))).toEqual(['x', 'a', 'b', 'y', 'c'])
    expect(mergeSequence(['a', 'b'], ['b', 'a'], keep('a'))).toEqual(['a'])
  })

  it('places each secondary id right after its nearest kept predecessor there, as inserting them one by one would', () => {
    // The obvious one-at-a-time insertion, quadratic but plainly right, as the reference.
    const reference = (primary: readonly string[], secondary: readonly string[], kept: ReadonlySet<string>): string[] => {
      const order = primary.filter((id) => kept.has(id))
      secondary.forEach((id, index) => {
        if (!kept.has(id) || order.includes(id)) return
        let at = 0
        for (let before = index - 1; before >= 0; before -= 1) {
          const found = order.indexOf(secondary[before] ?? '')
          if (found >= 0) {
            at = found + 1
            break
          }
        }
        order.splice(at, 0, id)
      })
      return order
    }
    // Repeated ids too, though a valid journey has none: the fast version must not drop anything.
    const ids = fc.array(fc.constantFrom(...'abcdefghijklmnop'), { maxLength: 20 })
    fc.assert(
      fc.property(ids, ids, fc.subarray([...'abcdefghijklmnop']), (primary, secondary, kept) => {
        const keepSet = new Set(kept)
        expect(mergeSequence(primary, secondary, keepSet)).toEqual(reference(primary, secondary, keepSet))
      }),
      propertyRuns(1000)
    )
  })
})
