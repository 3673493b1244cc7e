import type { SnapshotBox } from './board-snapshot'

/** The distance between two boxes: 0 when they touch or overlap. */
export function boxGap(a: SnapshotBox, b: SnapshotBox): number {
  const dx = Math.max(0, Math.max(a.x, b.x) - Math.min(a.x + a.width, b.x + b.width))
  const dy = Math.max(0, Math.max(a.y, b.y) - Math.min(a.y + a.height, b.y + b.height))
  return Math.hypot(dx, dy)
}
