import { describe, expect, it } from 'vitest'

import { cloneStructured } from '../../../src/emulator/support/clone-structured'

describe('cloneStructured', () => {
  it('copies plain data, dates, maps, sets and byte arrays deeply', () => {
    const original = { list: [1, { a: 'x' }], when: new Date(5), map: new Map([['k', { v: 1 }]]), set: new Set([1]), bytes: new Uint8Array([1, 2]) }
    const copy = cloneStructured(original)
    expect(copy).toEqual(original)
    expect(copy.list[1]).not.toBe(original.list[1])
    expect(copy.map.get('k')).not.toBe(original.map.get('k'))
    expect(copy.bytes).not.toBe(original.bytes)
  })

  it('keeps cycles and drops prototypes', () => {
    class Point {
      constructor(readonly x: number) {}
      norm(): number {
        return this.x
      }
    }
    const node: { self?: unknown; point: Point } = { point: new Point(3) }
    node.self = node
    const copy = cloneStructured(node)
    expect(copy.self).toBe(copy)
    expect(copy.point).toEqual({ x: 3 })
    expect(Object.getPrototypeOf(copy.point)).toBe(Object.prototype)
  })

  it('throws on functions and symbols, naming where', () => {
    expect(() => cloneStructured({ a: [{ f: () => 1 }] })).toThrow('DataCloneError: "a[0].f" is a function')
    expect(() => cloneStructured(Symbol('s'))).toThrow(/the value is a symbol/)
  })
})
