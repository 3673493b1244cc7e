import { absoluteBox, relativePosition, translation } from '../model/node-geometry'
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

  get width(): number {
    return this.box().width
  }

  get height(): number {
    return this.box().height
  }

  get rotation(): number {
    return 0
  }

  get relativeTransform(): Transform {
    return translation(this.x, this.y)
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
    const box = this.box()
    return translation(box.x, box.y)
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
