import type { Box, PathEnd, Point, Side } from './connector-geometry-types'

export const SIDES: readonly Side[] = ['TOP', 'RIGHT', 'BOTTOM', 'LEFT']

/** The unit vector pointing out of each side. */
export const SIDE_DIRECTIONS: Readonly<Record<Side, Point>> = {
  TOP: { x: 0, y: -1 },
  BOTTOM: { x: 0, y: 1 },
  LEFT: { x: -1, y: 0 },
  RIGHT: { x: 1, y: 0 }
}

/**
 * Where a side magnet sits: the middle of that side, the line leaving straight out of it. FigJam's
 * TOP, BOTTOM, LEFT and RIGHT magnets are the middles of a node's sides (the handles it shows).
 */
export function sideAnchor(box: Box, side: Side): PathEnd {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const point =
    side === 'TOP' ? { x: cx, y: box.y } : side === 'BOTTOM' ? { x: cx, y: box.y + box.height } : side === 'LEFT' ? { x: box.x, y: cy } : { x: box.x + box.width, y: cy }
  return { point, direction: SIDE_DIRECTIONS[side] }
}
