import type { FrameRecord } from '../model/node-records'
import { checkBoolean } from '../support/check-arguments'
import { FramedContainerFacade } from './framed-container-facade'

type EmulatedFrame = Pick<FrameNode, 'type' | 'clipsContent'>

/**
 * A frame, as `figma.createFrame()` makes it [T: white, 100 x 100, on the current page]. The
 * typings mark no frame API as unavailable in FigJam (unlike createComponent, "only available in
 * Figma Design"), and boards copied from design files hold frames. Only what a board needs is
 * emulated: children placed from its top-left, fills, strokes, resize and clipping.
 */
export class FrameNodeFacade extends FramedContainerFacade<FrameRecord> implements EmulatedFrame {
  get type(): 'FRAME' {
    return 'FRAME'
  }

  get clipsContent(): boolean {
    return this.record.clipsContent
  }

  set clipsContent(value: boolean) {
    this.record.clipsContent = checkBoolean('clipsContent', value)
  }
}
