import type { Box } from './connector-geometry-types'

/** A box moved in by `by` on every side (out, for a negative `by`), never narrower than nothing. */
export function insetBox(box: Box, by: number): Box {
  return { x: box.x + by, y: box.y + by, width: Math.max(0, box.width - 2 * by), height: Math.max(0, box.height - 2 * by) }
}
