import type { CanvasTool } from './canvas-tool'
import { dragStickyGesture } from './drag-sticky-gesture'
import { panGesture } from './pan-gesture'

/** What the select tool picks up and drags (stickies, and shapes such as emotion points); everything else is background to it. */
export const MOVABLE_TYPES: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT'])

/** FigJam's move tool: press a sticky or shape to select and drag it, press anywhere else to pan. */
export const selectTool: CanvasTool = {
  name: 'select',
  label: 'Move',
  shortcut: 'V',
  cursor: 'default',
  begin(ctx, at) {
    const hit = ctx.scene().topmostAt(at.board, MOVABLE_TYPES)
    if (hit === undefined) {
      ctx.select([])
      return panGesture(ctx, at)
    }
    ctx.select([hit.id])
    return dragStickyGesture(ctx, hit, at)
  }
}
