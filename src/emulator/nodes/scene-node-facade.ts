import { translation } from '../../geometry/transform'
import { absoluteBox, containerOrigin, relativePosition } from '../model/node-geometry'
import type { SceneRecord } from '../model/node-records'
import { removeSceneNode } from '../model/node-tree'
import { exportRestNode } from '../rest/export-rest-file'
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

/** How far from exact a transform's axes may be: they come from sines and cosines. */
const UNIT_TOLERANCE = 1e-6

/** A `[[a, b, x], [c, d, y]]` of finite numbers. */
function checkTransform(where: string, value: unknown): Transform {
  const rows = Array.isArray(value) && value.length === 2 ? value : undefined
  const ok = rows?.every((row: unknown) => Array.isArray(row) && row.length === 3 && row.every((n: unknown) => typeof n === 'number' && Number.isFinite(n)))
  if (ok !== true) throw new TypeError(`in ${where}: expected [[a, b, x], [c, d, y]] of numbers`)
  return value as Transform
}

/** The kinds of node a person can turn in FigJam. */
const ROTATABLE: ReadonlySet<string> = new Set(['STICKY', 'SHAPE_WITH_TEXT', 'TEXT'])

/**
 * Turns a node around its top-left [T]. FigJam lets people turn stickies, shapes and texts; what it
 * does with a turned section, connector, frame or group is not documented, so the emulator refuses
 * those. Only the node types whose typings have `rotation` show it as a property (shapes, texts,
 * connectors, frames, groups: LayoutMixin or their own; the others list it in `absentMembers`); a
 * sticky turns only through `relativeTransform` [T: StickyNode has no `rotation`].
 */
function turn(record: SceneRecord, degrees: unknown): void {
  if (!ROTATABLE.has(record.kind)) throw new Error(`in set rotation: the emulator does not turn ${record.kind} nodes (FigJam's behaviour is not documented)`)
  const value = checkNumber('rotation', degrees)
  // The API reports -180..180 [T].
  record.rotation = ((((value + 180) % 360) + 360) % 360) - 180
}

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

  /** A turned node keeps its own width and height; only its bounding box grows. Connectors and groups measure their box. */
  get width(): number {
    return this.record.kind === 'CONNECTOR' || this.record.kind === 'GROUP' ? this.#box().width : this.record.width
  }

  get height(): number {
    return this.record.kind === 'CONNECTOR' || this.record.kind === 'GROUP' ? this.#box().height : this.record.height
  }

  /** [T] `rotation`, -180 to 180 around the top-left; see `turn` for which nodes may be turned. */
  get rotation(): number {
    return this.record.rotation ?? 0
  }

  set rotation(value: number) {
    turn(this.record, value)
  }

  /** [T] LayoutMixin: the emulator draws no shadows or thick strokes, so the bounds are the box. */
  get absoluteRenderBounds(): Rect {
    return this.#box()
  }

  get relativeTransform(): Transform {
    return translation(this.x, this.y, this.record.rotation ?? 0)
  }

  /**
   * Moves and turns the node in one write [T: relativeTransform; StickyNode has no `rotation`, so a
   * sticky turns only this way]. The axes must be unit length at right angles [T: "the transform
   * always has unit axes"]: a scaling or skewing transform throws rather than being ignored.
   */
  set relativeTransform(value: Transform) {
    const [[a, b, x], [c, d, y]] = checkTransform('relativeTransform', value)
    if (Math.abs(Math.hypot(a, c) - 1) > UNIT_TOLERANCE || Math.abs(Math.hypot(b, d) - 1) > UNIT_TOLERANCE || Math.abs(a * b + c * d) > UNIT_TOLERANCE) {
      throw new TypeError('relativeTransform: the transform must only move and turn (unit axes at right angles); resize the node to size it')
    }
    const degrees = (Math.atan2(-c, a) * 180) / Math.PI
    if (Math.abs(degrees) > UNIT_TOLERANCE) turn(this.record, degrees)
    else delete this.record.rotation
    this.x = checkNumber('relativeTransform x', x)
    this.y = checkNumber('relativeTransform y', y)
  }

  get absoluteTransform(): Transform {
    const rotation = this.record.rotation ?? 0
    if (rotation === 0) {
      const box = this.#box()
      return translation(box.x, box.y)
    }
    const origin = containerOrigin(this.record.parent)
    return translation(origin.x + this.record.x, origin.y + this.record.y, rotation)
  }

  get absoluteBoundingBox(): Rect {
    return this.#box()
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

  /**
   * [T] ExportMixin.exportAsync with `{ format: 'JSON_REST_V1' }`: the node and everything inside it
   * as the REST API's nodes endpoint gives them, in one call. Each node carries the id the Plugin
   * API gives it, and a container lists its children in the order of its `children` (back to front:
   * appended nodes in the order they were added): undocumented; checked by the self-check's export
   * step. The image, PDF, SVG and video formats are not emulated, so they are refused rather than
   * answered with something FigJam would not give.
   */
  async exportAsync(settings?: { format?: string }): Promise<object> {
    if (settings?.format !== 'JSON_REST_V1') {
      throw new Error(`exportAsync: only { format: 'JSON_REST_V1' } is emulated, got ${JSON.stringify(settings ?? {})}`)
    }
    return { document: exportRestNode(this.ctx.registry, this.record, this.ctx.pluginId), components: {}, componentSets: {}, schemaVersion: 0, styles: {} }
  }

  #box(): Rect {
    return absoluteBox(this.record, this.ctx.registry.scene)
  }
}
