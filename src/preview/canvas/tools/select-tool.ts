import type { CanvasTool, Gesture } from './canvas-tool'
import { dragNodesGesture } from './drag-nodes-gesture'
import { panGesture } from './pan-gesture'

/** What the select tool picks up and drags (stickies, and shapes such as emotion points); everything else is background to it. */
export const MOVABLE_TYPES: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT'])

/** A press that does nothing more once it has done its work (a shift-click). */
const STILL: Gesture = { move: () => undefined, end: () => undefined, cancel: () => undefined }

/**
 * FigJam's move tool: press a sticky or shape to select and drag it (pressing one of several
 * selected drags them all), shift-click to add it to the selection or take it out, press anywhere
 * else to pan.
 */
export const selectTool: CanvasTool = {
  name: 'select',
  label: 'Move',
  shortcut: 'V',
  cursor: 'default',
  begin(ctx, at) {
    const hit = ctx.scene().topmostAt(at.board, MOVABLE_TYPES)
    if (hit === undefined) {
      if (at.shift !== true) ctx.select([])
      return panGesture(ctx, at)
    }
    if (at.shift === true) {
      const selected = ctx.selection()
      ctx.select(selected.includes(hit.id) ? selected.filter((id) => id !== hit.id) : [...selected, hit.id])
      return STILL
    }
    const selected = ctx.selection()
    if (selected.length > 1 && selected.includes(hit.id)) {
      const group = selected.flatMap((id) => {
        const entry = ctx.scene().get(id)
        return entry !== undefined && MOVABLE_TYPES.has(entry.type) ? [entry] : []
      })
      return dragNodesGesture(ctx, hit, group, at)
    }
    ctx.select([hit.id])
    return dragNodesGesture(ctx, hit, [], at)
  }
}
