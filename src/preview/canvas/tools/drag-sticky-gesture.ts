import { moveStickyAsync } from '../../edits/move-sticky-async'
import type { SceneEntry } from '../scene-index'
import { type Gesture, movedPastThreshold, type PointerSample } from './canvas-tool'
import type { ToolContext } from './tool-context'

/**
 * Dragging a sticky: it follows the pointer (only drawn moved until the drop), the section it would
 * land in is outlined, and the drop moves it through the Plugin API, into the section under the
 * pointer, as in FigJam.
 */
export function dragStickyGesture(ctx: ToolContext, sticky: SceneEntry, start: PointerSample): Gesture {
  let dragging = false
  const offset = (at: PointerSample) => ({ dx: at.board.x - start.board.x, dy: at.board.y - start.board.y })
  return {
    move(at) {
      if (!dragging && !movedPastThreshold(start.screen, at.screen)) return
      dragging = true
      const { dx, dy } = offset(at)
      ctx.previewMove(sticky.id, dx, dy)
      ctx.overlay.setDropTarget(ctx.scene().sectionAt(at.board, sticky.id)?.box)
    },
    end(at) {
      ctx.overlay.setDropTarget(undefined)
      if (!dragging) return
      const { dx, dy } = offset(at)
      const section = ctx.scene().sectionAt(at.board, sticky.id)
      const drop = { x: sticky.box.x + dx, y: sticky.box.y + dy, sectionId: section?.id ?? null }
      void ctx.editAsync(() => moveStickyAsync(ctx.api, sticky.id, drop)).finally(() => ctx.clearPreview(sticky.id))
    },
    cancel() {
      ctx.overlay.setDropTarget(undefined)
      ctx.clearPreview(sticky.id)
    }
  }
}
