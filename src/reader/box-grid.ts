import { keepShape } from '../hidden-classes/keep-shape'

/** Columns and rows nearer 0 than this make a key that is a small integer (no text to make, hash or keep). */
const SMALL_CELL = 2 ** 14

/**
 * Most cells one table holds. V8 keeps a Map of more than 4,096 entries as a large object, mapped
 * and faulted in afresh for every grid; the cells are spread over tables of about half that instead.
 */
const CELLS_PER_TABLE = 2048

/** Fibonacci hashing's multiplier (2^32 / φ): consecutive keys, and keys a row or column apart, land in different tables. */
const SPREAD = 0x9e3779b1

/**
 * A square grid's cells, each with its column, row and the numbers put into it in order. A cell is
 * a number and its contents a chain through lists of numbers, not an object and a list per cell: a
 * page of separate stickies fills one cell per sticky.
 */
export class BoxGrid {
  /** Cells by small-integer key, spread over tables by the key's hash. */
  private readonly tables: Map<number, number>[] = []
  /** The number of tables less one (a power of two less one), and how far the hash shifts right to pick one. */
  private readonly shift: number
  /** Cells far from the origin, by "column,row". */
  private readonly farCells = new Map<string, number>()
  // Lists made once at their size, grown by doubling when boxes span several cells: lists grown
  // entry by entry would leave a copy behind at every step.
  /** Each cell's column and row (any safe integer). */
  private columns: Float64Array
  private rows: Float64Array
  /** Each cell's first and last entry. */
  private heads: Int32Array
  private tails: Int32Array
  /** Each entry's number and the next entry in its cell (-1 for none). */
  private values: Int32Array
  private nexts: Int32Array
  private cells = 0
  private entries = 0

  /** @param expected about how many numbers the grid will hold, to size its tables and lists. */
  constructor(expected: number) {
    let bits = 0
    while (bits < 16 && 2 ** bits * CELLS_PER_TABLE < expected) bits += 1
    this.shift = 32 - bits
    for (let t = 0; t < 2 ** bits; t += 1) this.tables.push(new Map())
    const size = Math.max(1, expected)
    this.columns = new Float64Array(size)
    this.rows = new Float64Array(size)
    this.heads = new Int32Array(size)
    this.tails = new Int32Array(size)
    this.values = new Int32Array(size)
    this.nexts = new Int32Array(size)
  }

  /** How many cells hold something; cells are numbered from 0 in the order they were first filled. */
  get cellCount(): number {
    return this.cells
  }

  columnOf(cell: number): number {
    return this.columns[cell]!
  }

  rowOf(cell: number): number {
    return this.rows[cell]!
  }

  /** The cell's first entry (every cell has one). */
  firstEntry(cell: number): number {
    return this.heads[cell]!
  }

  /** The entry after this one in its cell, or -1. */
  nextEntry(entry: number): number {
    return this.nexts[entry]!
  }

  valueOf(entry: number): number {
    return this.values[entry]!
  }

  /** The cell at the column and row, or -1 when nothing was put there. */
  cellAt(x: number, y: number): number {
    if (Math.abs(x) < SMALL_CELL && Math.abs(y) < SMALL_CELL) {
      const key = x * 2 * SMALL_CELL + y
      return this.tables[this.tableOf(key)]!.get(key) ?? -1
    }
    return this.farCells.get(`${x},${y}`) ?? -1
  }

  /** Puts the number into the cell at the column and row, after what is there. */
  add(x: number, y: number, value: number): void {
    if (this.entries === this.values.length) {
      this.values = grown(this.values)
      this.nexts = grown(this.nexts)
    }
    const entry = this.entries
    this.entries += 1
    this.values[entry] = value
    this.nexts[entry] = -1
    const cell = this.cellAt(x, y)
    if (cell >= 0) {
      this.nexts[this.tails[cell]!] = entry
      this.tails[cell] = entry
      return
    }
    if (this.cells === this.columns.length) {
      this.columns = grown(this.columns)
      this.rows = grown(this.rows)
      this.heads = grown(this.heads)
      this.tails = grown(this.tails)
    }
    const created = this.cells
    this.cells += 1
    this.columns[created] = x
    this.rows[created] = y
    this.heads[created] = entry
    this.tails[created] = entry
    if (Math.abs(x) < SMALL_CELL && Math.abs(y) < SMALL_CELL) {
      const key = x * 2 * SMALL_CELL + y
      this.tables[this.tableOf(key)]!.set(key, created)
    } else this.farCells.set(`${x},${y}`, created)
  }

  private tableOf(key: number): number {
    // `>>> 32` would shift by nothing: one table is table 0.
    return this.shift === 32 ? 0 : Math.imul(key, SPREAD) >>> this.shift
  }
}

/** A list twice as long, starting with the list's numbers. */
function grown<T extends Int32Array | Float64Array>(list: T): T {
  const longer = new (list.constructor as new (length: number) => T)(list.length * 2)
  longer.set(list)
  return longer
}

// Every reading of a page makes one (see keepShape).
keepShape(new BoxGrid(0))
