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
  return { point: { x: magnetX(box, side), y: magnetY(box, side) }, direction: SIDE_DIRECTIONS[side] }
}

/** The x of a side magnet (see sideAnchor), for a caller that asks for many and keeps none. */
export function magnetX(box: Box, side: Side): number {
  return side === 'LEFT' ? box.x : side === 'RIGHT' ? box.x + box.width : box.x + box.width / 2
}

/** The y of a side magnet (see sideAnchor). */
export function magnetY(box: Box, side: Side): number {
  return side === 'TOP' ? box.y : side === 'BOTTOM' ? box.y + box.height : box.y + box.height / 2
}
