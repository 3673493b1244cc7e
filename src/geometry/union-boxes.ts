import type { Box } from './connector-geometry-types'

/** The smallest box holding every box given, or `undefined` for none. */
export function unionBoxes(boxes: Iterable<Box>): Box | undefined {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (const box of boxes) {
    minX = Math.min(minX, box.x)
    minY = Math.min(minY, box.y)
    maxX = Math.max(maxX, box.x + box.width)
    maxY = Math.max(maxY, box.y + box.height)
  }
  if (minX > maxX) return undefined
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}
