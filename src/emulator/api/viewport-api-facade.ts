import type { EmulatorContext } from '../emulator-context'
import {
  VIEWPORT_FIT_MARGIN,
  VIEWPORT_MAX_ZOOM,
  VIEWPORT_MIN_ZOOM,
  VIEWPORT_SCREEN_HEIGHT,
  VIEWPORT_SCREEN_WIDTH
} from '../model/emulator-defaults'
import { absoluteBox } from '../model/node-geometry'
import type { SceneRecord } from '../model/node-records'
import { descendantsOf } from '../model/node-tree'
import { checkNumber, checkNumberAtLeast, checkObject } from '../support/check-arguments'

/**
 * `figma.viewport` over a fixed-size screen (emulator-defaults.ts). `scrollAndZoomIntoView` centres
 * and fits the nodes, and records their ids for tests.
 */
export class ViewportApiFacade implements Pick<ViewportAPI, 'center' | 'zoom' | 'bounds' | 'scrollAndZoomIntoView'> {
  constructor(private readonly ctx: EmulatorContext) {}

  get center(): Vector {
    return { ...this.ctx.viewport.center }
  }

  set center(value: Vector) {
    const fields = checkObject('viewport.center', value)
    this.ctx.viewport.center = { x: checkNumber('viewport.center.x', fields.x), y: checkNumber('viewport.center.y', fields.y) }
  }

  get zoom(): number {
    return this.ctx.viewport.zoom
  }

  set zoom(value: number) {
    this.ctx.viewport.zoom = checkNumberAtLeast('viewport.zoom', value, VIEWPORT_MIN_ZOOM)
  }

  get bounds(): Rect {
    const { center, zoom } = this.ctx.viewport
    const width = VIEWPORT_SCREEN_WIDTH / zoom
    const height = VIEWPORT_SCREEN_HEIGHT / zoom
    return { x: center.x - width / 2, y: center.y - height / 2, width, height }
  }

  scrollAndZoomIntoView(nodes: ReadonlyArray<BaseNode>): void {
    if (!Array.isArray(nodes)) throw new TypeError('viewport.scrollAndZoomIntoView(nodes): expected an array of nodes')
    const records = nodes.flatMap((node, index) => this.#sceneRecords(`viewport.scrollAndZoomIntoView(nodes[${index}])`, node))
    this.ctx.viewportScrolls.push(records.map((record) => record.id))
    if (records.length === 0) return
    const boxes = records.map((record) => absoluteBox(record, this.ctx.registry.scene))
    const left = Math.min(...boxes.map((b) => b.x))
    const top = Math.min(...boxes.map((b) => b.y))
    const right = Math.max(...boxes.map((b) => b.x + b.width))
    const bottom = Math.max(...boxes.map((b) => b.y + b.height))
    const fit = Math.min(VIEWPORT_SCREEN_WIDTH / Math.max(right - left, 1), VIEWPORT_SCREEN_HEIGHT / Math.max(bottom - top, 1))
    this.ctx.viewport.center = { x: (left + right) / 2, y: (top + bottom) / 2 }
    this.ctx.viewport.zoom = Math.min(VIEWPORT_MAX_ZOOM, Math.max(VIEWPORT_MIN_ZOOM, fit * VIEWPORT_FIT_MARGIN))
  }

  /** A page stands for everything on it. */
  #sceneRecords(where: string, node: unknown): SceneRecord[] {
    const record = this.ctx.recordOf(node)
    if (record?.kind === 'PAGE') return descendantsOf(record)
    return [this.ctx.sceneArgument(where, node)]
  }
}
