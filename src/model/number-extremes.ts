/**
 * The least and greatest of many numbers, for every layer. `Math.min(...values)` passes each value
 * as an argument and overflows the stack past about 100,000 of them (a hostile board or file);
 * these loop. Both give what Math.min and Math.max give for no values: Infinity and -Infinity.
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity
  for (const value of values) least = Math.min(least, value)
  return least
}

export function maxOf(values: Iterable<number>): number {
  let greatest = -Infinity
  for (const value of values) greatest = Math.max(greatest, value)
  return greatest
}
