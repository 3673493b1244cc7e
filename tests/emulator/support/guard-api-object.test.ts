import { describe, expect, it } from 'vitest'

import { CallLog } from '../../../src/emulator/support/call-log'
import { guardApiObject, type GuardHost } from '../../../src/emulator/support/guard-api-object'

class Counter {
  secret = 'internal'
  private value = 0

  get count(): number {
    return this.value
  }

  set count(next: number) {
    this.value = next
  }

  get label(): string {
    return `count ${this.value}`
  }

  bump(): number {
    this.value += 1
    return this.value
  }
}

function host(log: CallLog, closed = { value: false }): GuardHost {
  return {
    assertOpen: (what) => {
      if (closed.value) throw new Error(`closed: ${what()}`)
    },
    recordCall: (name) => log.record(name)
  }
}

describe('guardApiObject', () => {
  it('shows only class members and counts calls and writes with the prefix', () => {
    const log = new CallLog()
    const counter = guardApiObject(new Counter(), host(log), { prefix: 'c.', describe: () => 'the counter' })
    expect(counter.bump()).toBe(1)
    counter.count = 5
    expect(counter.label).toBe('count 5')
    // [G] figma-use gotchas.md: reading a member the object lacks throws "no such property".
    expect(() => counter.secret).toThrow("c.secret: no such property 'secret' on the counter")
    expect('secret' in counter).toBe(false)
    expect('bump' in counter).toBe(true)
    expect(Object.keys(counter)).toEqual([])
    expect(Object.fromEntries(log.calls)).toEqual({ 'c.bump': 1, 'c.count': 1 })
    expect(counter.bump).toBe(counter.bump)
  })

  it('gives each method the same function however the calls alternate, each counted by its name', () => {
    class TwoMethods {
      first(): string {
        return 'first'
      }

      second(): string {
        return 'second'
      }
    }
    const log = new CallLog()
    const both = guardApiObject(new TwoMethods(), host(log), { prefix: '', describe: () => 'both' })
    const first = both.first
    const second = both.second
    expect(both.first).toBe(first)
    expect(both.second).toBe(second)
    expect(first).not.toBe(second)
    expect([first(), second(), both.first(), both.second()]).toEqual(['first', 'second', 'first', 'second'])
    expect(Object.fromEntries(log.calls)).toEqual({ first: 2, second: 2 })
  })

  it('refuses read-only, unknown and deleted properties', () => {
    const counter = guardApiObject(new Counter(), host(new CallLog()), { prefix: '', describe: () => 'the counter' })
    expect(() => {
      ;(counter as { label: string }).label = 'x'
    }).toThrow('no setter for property "label" on the counter: it is read-only')
    expect(() => {
      ;(counter as unknown as { other: number }).other = 1
    }).toThrow(/not extensible/)
    expect(() => delete (counter as { secret?: string }).secret).toThrow(TypeError)
  })

  it('throws for a removed owner except on id, and for everything once closed', () => {
    const owner = { id: '1:9', removed: true }
    const closed = { value: false }
    const counter = guardApiObject(new Counter(), host(new CallLog(), closed), { prefix: '', describe: () => 'x', owner })
    expect(() => counter.count).toThrow('The node with id "1:9" does not exist')
    owner.removed = false
    expect(counter.count).toBe(0)
    closed.value = true
    expect(() => counter.bump()).toThrow('closed: x')
  })

  it('names the call on a removed node as Figma does: a method by its name, a read as get_<name>', () => {
    const counter = guardApiObject(new Counter(), host(new CallLog(), { value: false }), { prefix: '', describe: () => 'x', owner: { id: '1:9', removed: true } })
    expect(() => counter.bump()).toThrow(/^in bump: The node with id "1:9" does not exist$/)
    expect(() => counter.count).toThrow(/^in get_count: The node with id "1:9" does not exist$/)
  })
})
