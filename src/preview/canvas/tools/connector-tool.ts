import { centreOf } from '../../../geometry'
import { connectNodesAsync } from '../../edits/connect-nodes-async'
import type { SceneEntry } from '../scene-index'
import type { CanvasTool, PointerSample } from './canvas-tool'
import { panGesture } from './pan-gesture'

/** What a connector can join in the preview. */
export const CONNECTABLE_TYPES: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT'])

/** FigJam's connector tool: drag from one sticky to another to join them with an arrow. */
export const connectorTool: CanvasTool = {
  name: 'connector',
  label: 'Connector',
  shortcut: 'X',
  cursor: 'crosshair',
  begin(ctx, start) {
    const from = ctx.scene().topmostAt(start.board, CONNECTABLE_TYPES)
    if (from === undefined) return panGesture(ctx, start)
    const centre = centreOf(from.box)
    const targetAt = (at: PointerSample): SceneEntry | undefined => {
      const hit = ctx.scene().topmostAt(at.board, CONNECTABLE_TYPES)
      return hit?.id === from.id ? undefined : hit
    }
    return {
      move(at) {
        ctx.overlay.setLink(centre, at.board, targetAt(at)?.box)
      },
      end(at) {
        ctx.overlay.clearLink()
        const to = targetAt(at)
        if (to === undefined) return
        ctx.setTool('select')
        void ctx.editAsync(() => connectNodesAsync(ctx.api, from.id, to.id)).then((id) => {
          if (id !== undefined) ctx.select([id])
        })
      },
      cancel() {
        ctx.overlay.clearLink()
      }
    }
  }
}
