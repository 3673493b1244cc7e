import { MIN_NODE_SIZE } from '../model/emulator-defaults'
import type { FrameRecord, SectionRecord } from '../model/node-records'
import { toStoredDashPattern, toStoredPaints } from '../model/paints'
import { checkNumberAtLeast } from '../support/check-arguments'
import { ContainerNodeFacade } from './container-node-facade'

type EmulatedFramedContainer = Pick<SectionNode, 'fills' | 'strokes' | 'strokeWeight' | 'dashPattern' | 'resize' | 'resizeWithoutConstraints'>

/**
 * A container with a box of its own (a section or a frame): fills, strokes and a size that only the
 * plugin changes. Children are placed from its top-left.
 */
export abstract class FramedContainerFacade<R extends SectionRecord | FrameRecord> extends ContainerNodeFacade<R> implements EmulatedFramedContainer {
  get fills(): ReadonlyArray<Paint> {
    return this.record.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.fills = toStoredPaints('fills', value)
  }

  get strokes(): ReadonlyArray<Paint> {
    return this.record.strokes
  }

  set strokes(value: ReadonlyArray<Paint>) {
    this.record.strokes = toStoredPaints('strokes', value)
  }

  get strokeWeight(): number {
    return this.record.strokeWeight
  }

  set strokeWeight(value: number) {
    this.record.strokeWeight = checkNumberAtLeast('strokeWeight', value, 0)
  }

  get dashPattern(): ReadonlyArray<number> {
    return this.record.dashPattern
  }

  set dashPattern(value: ReadonlyArray<number>) {
    this.record.dashPattern = toStoredDashPattern('dashPattern', value)
  }

  /** [T] SectionNode.resizeWithoutConstraints: both sides >= 0.01; [G] create-section: sections start small and never grow by themselves. */
  resizeWithoutConstraints(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resizeWithoutConstraints(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resizeWithoutConstraints(height)', height, MIN_NODE_SIZE)
  }

  /**
   * [T][G] create-section: sections pass no constraints to children, so both resizes are the same; a frame's children keep FigJam's default constraints
   * (left and top), which a resize does not move. So this is the same as resizeWithoutConstraints.
   */
  resize(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resize(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resize(height)', height, MIN_NODE_SIZE)
  }
}
