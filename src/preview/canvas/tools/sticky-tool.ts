import { addStickyAsync } from '../../edits/add-sticky-async'
import type { CanvasTool } from './canvas-tool'

/** FigJam's sticky tool: a click places an empty sticky in the section under it and starts typing into it. */
export const stickyTool: CanvasTool = {
  name: 'sticky',
  label: 'Sticky note',
  shortcut: 'S',
  cursor: 'crosshair',
  begin(ctx) {
    return {
      move() {},
      end(at) {
        const section = ctx.scene().sectionAt(at.board)
        ctx.setTool('select')
        void ctx.editAsync(() => addStickyAsync(ctx.api, at.board, section?.id ?? null)).then((id) => {
          if (id === undefined) return
          ctx.select([id])
          ctx.editText(id)
        })
      },
      cancel() {}
    }
  }
}
