import { addSectionAsync } from '../../edits/add-section-async'
import type { CanvasTool, PointerSample } from './canvas-tool'

function boxBetween(a: PointerSample, b: PointerSample) {
  return { x: Math.min(a.board.x, b.board.x), y: Math.min(a.board.y, b.board.y), width: Math.abs(a.board.x - b.board.x), height: Math.abs(a.board.y - b.board.y) }
}

/** FigJam's section tool: drag out a section (a click draws one of the default size), then back to Move. */
export const sectionTool: CanvasTool = {
  name: 'section',
  label: 'Section',
  shortcut: 'Shift+S',
  cursor: 'crosshair',
  begin(ctx, start) {
    return {
      move(at) {
        ctx.overlay.setDropTarget(boxBetween(start, at))
      },
      end(at) {
        ctx.overlay.setDropTarget(undefined)
        ctx.setTool('select')
        const parent = ctx.scene().sectionAt(start.board)
        void ctx.editAsync(() => addSectionAsync(ctx.api, boxBetween(start, at), parent?.id ?? null)).then((id) => {
          if (id !== undefined) ctx.select([id])
        })
      },
      cancel() {
        ctx.overlay.setDropTarget(undefined)
      }
    }
  }
}
