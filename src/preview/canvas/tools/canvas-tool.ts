import type { Point } from '../../../render'
import type { ToolContext, ToolName } from './tool-context'

/** One pointer position, in canvas-element pixels and in page coordinates. */
export interface PointerSample {
  screen: Point
  board: Point
  /** Shift held: a click adds to the selection or takes away from it, as in FigJam. */
  shift?: boolean
}

/** What one press of the pointer does until it is released. */
export interface Gesture {
  move(at: PointerSample): void
  end(at: PointerSample): void
  /** The press was interrupted (pointercancel, Escape): undo anything only previewed. */
  cancel(): void
}

export type { ToolName }

export interface CanvasTool {
  name: ToolName
  /** What the toolbar calls it. */
  label: string
  /** The key that picks it, as in FigJam. */
  shortcut: string
  /** CSS cursor over the canvas while the tool is active. */
  cursor: string
  begin(ctx: ToolContext, at: PointerSample): Gesture
}

/** A press that moved less than this many screen pixels is a click, not a drag. */
export const DRAG_THRESHOLD_PX = 3

export function movedPastThreshold(from: Point, to: Point): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) >= DRAG_THRESHOLD_PX
}
