import { STICKY_SIZE } from '../layout'
import type { SnapshotBox, SnapshotNode, SnapshotPoint } from './board-snapshot'

/** Geometry the reader needs on page coordinates. */

/**
 * Where a sticky counts as sitting: the centre of its top square. Stickies grow downwards as their
 * text grows, so a long one hangs into the row below while a person still sees it (and put it) in
 * the row its top is in.
 */
export function stickyAnchor(node: SnapshotNode): SnapshotPoint {
  const { x, y, width, height } = node.box
  return { x: x + width / 2, y: y + Math.min(height, STICKY_SIZE) / 2 }
}

/** How far a coordinate is from the span [start, start + length]; 0 inside it (edges included). */
export function spanDistance(at: number, start: number, length: number): number {
  if (at < start) return start - at
  if (at > start + length) return at - (start + length)
  return 0
}

export interface Span<T> {
  value: T
  start: number
  length: number
}

/**
 * The span holding a coordinate, else the nearest one no further away than `tolerance` (the first
 * of equals); undefined when there is none that close.
 */
export function nearestSpan<T>(spans: readonly Span<T>[], at: number, tolerance: number): T | undefined {
  let best: Span<T> | undefined
  let bestDistance = Infinity
  for (const span of spans) {
    const d = spanDistance(at, span.start, span.length)
    if (d === 0) return span.value
    if (d < bestDistance) {
      best = span
      bestDistance = d
    }
  }
  return best !== undefined && bestDistance <= tolerance ? best.value : undefined
}

/** How much of the shorter box's height the two boxes share, 0..1. */
export function verticalOverlap(a: SnapshotBox, b: SnapshotBox): number {
  const shared = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  const shorter = Math.min(a.height, b.height)
  if (shorter <= 0) return shared >= 0 ? 1 : 0
  return Math.max(0, shared) / shorter
}

/** Reading order for boards: left to right, then top to bottom. */
export function compareByPosition(a: SnapshotBox, b: SnapshotBox): number {
  return a.x - b.x || a.y - b.y
}

/** How much of the narrower box's width the two boxes share, 0..1. */
export function horizontalOverlap(a: SnapshotBox, b: SnapshotBox): number {
  const shared = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const narrower = Math.min(a.width, b.width)
  if (narrower <= 0) return shared >= 0 ? 1 : 0
  return Math.max(0, shared) / narrower
}

/** Nodes grouped into lines (rows or columns): each joins the first line one of whose nodes it lines up with. */
export function linesOf(nodes: readonly SnapshotNode[], together: (a: SnapshotNode, b: SnapshotNode) => boolean): SnapshotNode[][] {
  const found: SnapshotNode[][] = []
  for (const node of nodes) {
    const line = found.find((l) => l.some((other) => together(node, other)))
    if (line === undefined) found.push([node])
    else line.push(node)
  }
  return found
}
