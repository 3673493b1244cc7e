import { MIN_NODE_SIZE, MIN_SCALE_FACTOR } from '../model/emulator-defaults'
import type { ShapeWithTextRecord } from '../model/node-records'
import { toStoredDashPattern, toStoredPaints } from '../model/paints'
import { SHAPE_TYPES } from '../model/shape-types'
import { checkNumberAtLeast, checkOneOf } from '../support/check-arguments'
import { SceneNodeFacade } from './scene-node-facade'

type EmulatedShapeWithText = Pick<
  ShapeWithTextNode,
  'type' | 'shapeType' | 'text' | 'fills' | 'strokes' | 'strokeWeight' | 'dashPattern' | 'resize' | 'rescale'
>

/** A shape with text: a fixed-size box (it never grows with its text) that the plugin resizes. */
export class ShapeWithTextNodeFacade extends SceneNodeFacade<ShapeWithTextRecord> implements EmulatedShapeWithText {
  /** [T] ShapeWithTextNode has its own `rotation` but no LayoutMixin, so no absoluteRenderBounds. */
  static readonly absentMembers: ReadonlySet<string> = new Set(['absoluteRenderBounds'])

  get type(): 'SHAPE_WITH_TEXT' {
    return 'SHAPE_WITH_TEXT'
  }

  get shapeType(): ShapeWithTextNode['shapeType'] {
    return this.record.shapeType
  }

  set shapeType(value: ShapeWithTextNode['shapeType']) {
    this.record.shapeType = checkOneOf('shapeType', value, SHAPE_TYPES)
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

  /** [T][G] create-shape-with-text: `resize` works, both sides >= 0.01; `width` and `height` are read-only. */
  resize(width: number, height: number): void {
    this.record.width = checkNumberAtLeast('resize(width)', width, MIN_NODE_SIZE)
    this.record.height = checkNumberAtLeast('resize(height)', height, MIN_NODE_SIZE)
  }

  /** [T] rescale: "The scale factor must be >= 0.01", whatever size it would give. */
  rescale(scale: number): void {
    const factor = checkNumberAtLeast('rescale(scale)', scale, MIN_SCALE_FACTOR)
    this.resize(this.record.width * factor, this.record.height * factor)
  }
}
