import type { StickyRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'
import { refreshStickySize } from '../model/refresh-auto-size'
import { checkBoolean, checkString } from '../support/check-arguments'
import { SceneNodeFacade } from './scene-node-facade'

type EmulatedSticky = Pick<StickyNode, 'type' | 'text' | 'fills' | 'authorVisible' | 'authorName' | 'isWideWidth'>

/**
 * A sticky. It deliberately has no `resize`: width is 240, or 416 with `isWideWidth`, and height
 * follows the text (refresh-auto-size.ts), so width and height are read-only as in FigJam.
 */
export class StickyNodeFacade extends SceneNodeFacade<StickyRecord> implements EmulatedSticky {
  /** [T] StickyNode has neither (OpaqueNodeMixin, no LayoutMixin): it turns only through relativeTransform. */
  static readonly absentMembers: ReadonlySet<string> = new Set(['rotation', 'absoluteRenderBounds'])

  get type(): 'STICKY' {
    return 'STICKY'
  }

  get text(): TextSublayerNode {
    return (this.textSublayer ??= this.ctx.textHandle(this.record))
  }

  get fills(): ReadonlyArray<Paint> {
    return this.record.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.fills = toStoredPaints('fills', value)
  }

  get authorVisible(): boolean {
    return this.record.authorVisible
  }

  set authorVisible(value: boolean) {
    this.record.authorVisible = checkBoolean('authorVisible', value)
  }

  get authorName(): string {
    return this.record.authorName
  }

  set authorName(value: string) {
    this.record.authorName = checkString('authorName', value)
  }

  get isWideWidth(): boolean {
    return this.record.isWideWidth
  }

  set isWideWidth(value: boolean) {
    this.record.isWideWidth = checkBoolean('isWideWidth', value)
    refreshStickySize(this.record, this.ctx.metrics)
  }
}
