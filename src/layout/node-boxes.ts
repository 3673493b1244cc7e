import type { Box } from '../geometry'
import { keepShape } from '../hidden-classes/keep-shape'

/** Numbers kept for each node: x, y, width, height. */
const FIELDS = 4
/** Nodes the first buffer holds; it doubles when full. */
const FIRST_CAPACITY = 256
/**
 * The most keys one map holds; the next key starts another. One map of every key of a 5,000-item
 * board (about 7,800) outgrows 4,096 entries, and past that V8 gives its table (over 128 KB) a space
 * where each key then put in costs several times as much: filling one map with 7,800 keys took 190
 * ns a key against 35 ns in maps of 4,096, each key also looked for in the maps before (1.2 ms a
 * layout of that board). Spreading the keys over maps by their last character cost about as little
 * but allocated 370 KB more (maps a fraction full, and a key made of pieces copied whole to read it).
 */
const KEYS_PER_MAP = 4096

/**
 * Plan nodes' boxes relative to the board section, by each node's place in the plan's nodes, and
 * each node's place by its plan key. The boxes are numbers in one typed array, not an object each:
 * a big board has thousands of nodes, and a box for every one (its fractional coordinates each a
 * heap number of its own) was a fifth of what a layout allocated and lived as long as the plan
 * being built, which every young collection during the layout then copied.
 */
export class NodeBoxes {
  private coordinates = new Float64Array(FIELDS * FIRST_CAPACITY)
  private readonly places: Map<string, number>[] = [new Map()]
  /** How many boxes it holds: the places taken are 0 up to this. */
  count = 0

  /**
   * Adds the box of the node at the next place, found by `key` from now on (a later one of the same
   * key wins); false when a box was given that key before.
   */
  push(key: string, x: number, y: number, width: number, height: number): boolean {
    const place = this.count
    if (FIELDS * (place + 1) > this.coordinates.length) {
      const grown = new Float64Array(2 * this.coordinates.length)
      grown.set(this.coordinates)
      this.coordinates = grown
    }
    const at = FIELDS * place
    const coordinates = this.coordinates
    coordinates[at] = x
    coordinates[at + 1] = y
    coordinates[at + 2] = width
    coordinates[at + 3] = height
    const places = this.places
    let last = places[places.length - 1] as Map<string, number>
    if (last.size >= KEYS_PER_MAP) {
      last = new Map()
      places.push(last)
    }
    let given = false
    for (let map = 0; map < places.length - 1; map++) if ((places[map] as Map<string, number>).has(key)) given = true
    const keys = last.size
    last.set(key, place)
    this.count = place + 1
    return !given && last.size > keys
  }

  /** The place of the node with plan key `key`, if it has one. */
  placeOf(key: string): number | undefined {
    const places = this.places
    for (let map = places.length - 1; map >= 0; map--) {
      const place = (places[map] as Map<string, number>).get(key)
      if (place !== undefined) return place
    }
    return undefined
  }

  x(place: number): number {
    return this.coordinates[FIELDS * place] as number
  }

  y(place: number): number {
    return this.coordinates[FIELDS * place + 1] as number
  }

  width(place: number): number {
    return this.coordinates[FIELDS * place + 2] as number
  }

  height(place: number): number {
    return this.coordinates[FIELDS * place + 3] as number
  }

  /** The box at `place` as an object, for the few boxes kept a while (a link's ends, an obstacle). */
  box(place: number): Box {
    return { x: this.x(place), y: this.y(place), width: this.width(place), height: this.height(place) }
  }

  /** Gives the box at `place` a new size; its corner stays. */
  resize(place: number, width: number, height: number): void {
    this.coordinates[FIELDS * place + 2] = width
    this.coordinates[FIELDS * place + 3] = height
  }
}

// Every layout makes one (see keepShape).
keepShape(new NodeBoxes())
