import { keepShape } from '../hidden-classes/keep-shape'

/**
 * Most ids one of the table's Maps is meant to hold. V8 keeps a Map of more than 4,096 entries as
 * a large object, mapped and faulted in afresh for every reading of a page; the ids are spread
 * over Maps of about half that instead.
 */
const IDS_PER_MAP = 2048

/** Fibonacci hashing's multiplier (2^32 / φ), so ids that differ by one character land in different Maps. */
const SPREAD = 0x9e3779b1

/** Weights of an id's last three characters in the number that picks its Map. */
const SECOND_WEIGHT = 31
const THIRD_WEIGHT = 31 * 31

/**
 * Values by node id, as a Map holds them, spread over several Maps when many ids are expected (a
 * page of 5,000 separate stickies). An id's last characters pick its Map: they are what differs
 * between neighbouring ids ("1:234", "1:235"). Only get, has and set: nothing reading a board
 * walks the table.
 */
export class IdTable<V> {
  private readonly maps: Map<string, V>[] = []
  /** How far the spread number shifts right to pick a Map; 32 for one Map. */
  private readonly shift: number

  /** @param expected about how many ids the table will hold. */
  constructor(expected: number) {
    let bits = 0
    while (bits < 16 && 2 ** bits * IDS_PER_MAP < expected) bits += 1
    this.shift = 32 - bits
    for (let m = 0; m < 2 ** bits; m += 1) this.maps.push(new Map())
  }

  get(id: string): V | undefined {
    return this.mapOf(id).get(id)
  }

  has(id: string): boolean {
    return this.mapOf(id).has(id)
  }

  set(id: string, value: V): void {
    this.mapOf(id).set(id, value)
  }

  private mapOf(id: string): Map<string, V> {
    // `>>> 32` would shift by nothing: one Map is Map 0.
    if (this.shift === 32) return this.maps[0]!
    const n = id.length
    const last = n > 0 ? id.charCodeAt(n - 1) : 0
    const second = n > 1 ? id.charCodeAt(n - 2) : 0
    const third = n > 2 ? id.charCodeAt(n - 3) : 0
    return this.maps[Math.imul(last + SECOND_WEIGHT * second + THIRD_WEIGHT * third, SPREAD) >>> this.shift]!
  }
}

// Every reading makes some (see keepShape).
keepShape(new IdTable(0))
