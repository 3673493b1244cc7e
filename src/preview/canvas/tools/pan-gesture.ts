import { panBy } from '../view-transform'
import type { Gesture, PointerSample } from './canvas-tool'
import type { ToolContext } from './tool-context'

/** Dragging the empty canvas moves the view with the pointer. */
export function panGesture(ctx: ToolContext, start: PointerSample): Gesture {
  let last = start.screen
  return {
    move(at) {
      ctx.setView(panBy(ctx.view(), at.screen.x - last.x, at.screen.y - last.y))
      last = at.screen
    },
    end() {},
    cancel() {}
  }
}
