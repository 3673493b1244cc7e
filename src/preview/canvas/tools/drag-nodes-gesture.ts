import { centreOf } from '../../../geometry'
import { moveStickyAsync } from '../../edits/move-sticky-async'
import type { SceneEntry } from '../scene-index'
import { type Gesture, movedPastThreshold, type PointerSample } from './canvas-tool'
import type { ToolContext } from './tool-context'

/** The middle of a box moved by (dx, dy). */
const movedCentre = (box: SceneEntry['box'], dx: number, dy: number) => {
  const centre = centreOf(box)
  return { x: centre.x + dx, y: centre.y + dy }
}

/**
 * Dragging the sticky pressed, and with it every other sticky or shape selected, as in FigJam: they
 * follow the pointer together (only drawn moved until the drop), the section the pressed one would
 * land in is outlined, and the drop moves them all through the Plugin API as one edit (one undo
 * step). The pressed one goes into the section under the pointer; each other one into the section
 * under its own middle, so a group dragged across stages keeps each where it lands.
 */
export function dragNodesGesture(ctx: ToolContext, pressed: SceneEntry, others: readonly SceneEntry[], start: PointerSample): Gesture {
  let dragging = false
  const nodes = [pressed, ...others.filter((entry) => entry.id !== pressed.id)]
  const offset = (at: PointerSample) => ({ dx: at.board.x - start.board.x, dy: at.board.y - start.board.y })
  const clear = (): void => {
    ctx.overlay.setDropTarget(undefined)
    for (const node of nodes) ctx.clearPreview(node.id)
  }
  return {
    move(at) {
      if (!dragging && !movedPastThreshold(start.screen, at.screen)) return
      dragging = true
      const { dx, dy } = offset(at)
      for (const node of nodes) ctx.previewMove(node.id, dx, dy)
      ctx.overlay.setDropTarget(ctx.scene().sectionAt(at.board, pressed.id)?.box)
    },
    end(at) {
      ctx.overlay.setDropTarget(undefined)
      if (!dragging) return
      const { dx, dy } = offset(at)
      const drops = nodes.map((node) => {
        const section = ctx.scene().sectionAt(node === pressed ? at.board : movedCentre(node.box, dx, dy), node.id)
        return { id: node.id, drop: { x: node.box.x + dx, y: node.box.y + dy, sectionId: section?.id ?? null } }
      })
      void ctx
        .editAsync(async () => {
          for (const { id, drop } of drops) await moveStickyAsync(ctx.api, id, drop)
        })
        .finally(clear)
    },
    cancel: clear
  }
}
