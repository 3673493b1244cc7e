import { absoluteBox, containerOrigin, relativePosition, translation } from '../model/node-geometry'
import type { SceneRecord } from '../model/node-records'
import { removeSceneNode } from '../model/node-tree'
import { checkBoolean, checkNumber } from '../support/check-arguments'
import { BaseNodeFacade } from './base-node-facade'

type EmulatedSceneNode = Pick<
  OpaqueNodeMixin,
  | 'x'
  | 'y'
  | 'width'
  | 'height'
  | 'absoluteTransform'
  | 'relativeTransform'
  | 'absoluteBoundingBox'
  | 'visible'
  | 'locked'
  | 'attachedConnectors'
>

/** The kinds of node a person can turn in FigJam. */
const ROTATABLE: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT', 'TEXT'])

/** Position, size, visibility and attached connectors: what every node on the canvas has. */
export abstract class SceneNodeFacade<R extends SceneRecord> extends BaseNodeFacade<R> implements EmulatedSceneNode {
  get parent(): (BaseNode & ChildrenMixin) | null {
    const parent = this.record.parent
    return parent === null ? null : (this.ctx.nodeHandle(parent) as BaseNode & ChildrenMixin)
  }

  remove(): void {
    removeSceneNode(this.ctx.registry, this.record)
  }

  get x(): number {
    return relativePosition(this.record, this.ctx.registry.scene).x
  }

  set x(value: number) {
    this.record.x = checkNumber('x', value)
  }

  get y(): number {
    return relativePosition(this.record, this.ctx.registry.scene).y
  }

  set y(value: number) {
    this.record.y = checkNumber('y', value)
  }

  /** A turned node keeps its own width and height; only its bounding box grows. */
  get width(): number {
    return this.record.kind === 'CONNECTOR' ? this.box().width : this.record.width
  }

  get height(): number {
    return this.record.kind === 'CONNECTOR' ? this.box().height : this.record.height
  }

  get rotation(): number {
    return this.record.rotation ?? 0
  }

  /**
   * Turns the node around its top-left [T]. FigJam lets people turn stickies, shapes and texts; what
   * it does with a turned section or connector is not documented, so the emulator refuses those.
   */
  set rotation(value: number) {
    if (!ROTATABLE.has(this.record.kind)) throw new Error(`in set rotation: the emulator does not turn ${this.record.kind} nodes (FigJam's behaviour is not documented)`)
    const degrees = checkNumber('rotation', value)
    // The API reports -180..180 [T].
    const normal = ((((degrees + 180) % 360) + 360) % 360) - 180
    this.record.rotation = normal
  }

  get relativeTransform(): Transform {
    return translation(this.x, this.y, this.rotation)
  }

  /**
   * Moves the node like setting x and y, in one write. Figma keeps the axes unit length (typings:
   * "the transform always has unit axes"); rotation is not emulated, so anything but a pure
   * translation is refused rather than ignored.
   */
  set relativeTransform(value: Transform) {
    const [first, second] = Array.isArray(value) ? value : []
    const [a, c, x] = Array.isArray(first) ? first : []
    const [b, d, y] = Array.isArray(second) ? second : []
    if (a !== 1 || b !== 0 || c !== 0 || d !== 1) {
      throw new TypeError('relativeTransform: the emulator places nodes by translation only ([[1, 0, x], [0, 1, y]]); rotation is not emulated')
    }
    this.x = checkNumber('relativeTransform x', x)
    this.y = checkNumber('relativeTransform y', y)
  }

  get absoluteTransform(): Transform {
    if (this.rotation === 0) {
      const box = this.box()
      return translation(box.x, box.y)
    }
    const origin = containerOrigin(this.record.parent, this.ctx.registry.scene)
    return translation(origin.x + this.record.x, origin.y + this.record.y, this.rotation)
  }

  get absoluteBoundingBox(): Rect {
    return this.box()
  }

  get absoluteRenderBounds(): Rect {
    return this.box()
  }

  get visible(): boolean {
    return this.record.visible
  }

  set visible(value: boolean) {
    this.record.visible = checkBoolean('visible', value)
  }

  get locked(): boolean {
    return this.record.locked
  }

  set locked(value: boolean) {
    this.record.locked = checkBoolean('locked', value)
  }

  get attachedConnectors(): ConnectorNode[] {
    const id = this.record.id
    return this.ctx.registry
      .connectors()
      .filter((c) => ('endpointNodeId' in c.start && c.start.endpointNodeId === id) || ('endpointNodeId' in c.end && c.end.endpointNodeId === id))
      .map((c) => this.ctx.sceneHandle(c) as ConnectorNode)
  }

  protected box(): Rect {
    return absoluteBox(this.record, this.ctx.registry.scene)
  }
}
