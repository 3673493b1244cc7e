import type { RestFile, RestSceneNode, RestSectionNode } from '../../emulator'
import type { Box, Point } from '../../render'
import { pickSolidFill } from '../../render/color/pick-solid-fill'
import { unionBoxes } from '../../geometry'

/** One node on the page as the canvas sees it: enough to hit-test it and to name it in the DOM. */
export interface SceneEntry {
  id: string
  type: string
  /** Page coordinates. */
  box: Box
  /** The section it sits in, or null on the page. */
  parentId: string | null
  /** Paint order: a higher number is drawn later, on top. */
  order: number
  /** The text of a sticky, shape or connector. */
  characters?: string
  /** The solid fill it shows, `#RRGGBB`, if any. */
  fill?: string
}

function isSection(node: RestSceneNode): node is RestSectionNode {
  return node.type === 'SECTION'
}

function contains(box: Box, point: Point): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
}

/**
 * The visible nodes of a board's first page, in the order the renderer paints them (parents before
 * their children, connectors last), for hit-testing the canvas. Rebuilt from the REST file on
 * every redraw, so it never disagrees with what is drawn.
 */
export class SceneIndex {
  private readonly byId = new Map<string, SceneEntry>()
  private readonly painted: SceneEntry[] = []

  /** The first page of a REST file. */
  static fromRestFile(file: RestFile): SceneIndex {
    return new SceneIndex(file.document.children[0]?.children ?? [])
  }

  constructor(pageChildren: readonly RestSceneNode[]) {
    const connectors: SceneEntry[] = []
    const visit = (node: RestSceneNode, parentId: string | null): void => {
      if (node.visible === false) return
      const box = node.absoluteBoundingBox
      if (box !== null && box !== undefined) {
        const entry: SceneEntry = { id: node.id, type: node.type, box: { x: box.x, y: box.y, width: box.width, height: box.height }, parentId, order: 0 }
        if ('characters' in node && typeof node.characters === 'string') entry.characters = node.characters
        const fill = 'fills' in node && Array.isArray(node.fills) ? pickSolidFill(node.fills) : undefined
        if (fill !== undefined) entry.fill = fill.color
        this.byId.set(entry.id, entry)
        if (node.type === 'CONNECTOR') connectors.push(entry)
        else this.painted.push(entry)
      }
      if (isSection(node) && node.sectionContentsHidden !== true) for (const child of node.children) visit(child, node.id)
    }
    for (const node of pageChildren) visit(node, null)
    this.painted.push(...connectors)
    this.painted.forEach((entry, order) => (entry.order = order))
  }

  get(id: string): SceneEntry | undefined {
    return this.byId.get(id)
  }

  /** Every entry in paint order. */
  entries(): readonly SceneEntry[] {
    return this.painted
  }

  count(type: string): number {
    return this.painted.filter((entry) => entry.type === type).length
  }

  /** The node of one of `types` drawn on top at `point`, if any. */
  topmostAt(point: Point, types: ReadonlySet<string>): SceneEntry | undefined {
    for (let i = this.painted.length - 1; i >= 0; i -= 1) {
      const entry = this.painted[i]
      if (entry !== undefined && types.has(entry.type) && contains(entry.box, point)) return entry
    }
    return undefined
  }

  /**
   * The innermost section at `point`, where FigJam would drop a node: the one painted last, since a
   * nested section is painted after the section around it. `excludeId` leaves out the dragged node.
   */
  sectionAt(point: Point, excludeId?: string): SceneEntry | undefined {
    for (let i = this.painted.length - 1; i >= 0; i -= 1) {
      const entry = this.painted[i]
      if (entry !== undefined && entry.type === 'SECTION' && entry.id !== excludeId && contains(entry.box, point)) return entry
    }
    return undefined
  }

  /** The union of every node's box, or undefined on an empty page. */
  bounds(): Box | undefined {
    return unionBoxes(this.painted.map((entry) => entry.box))
  }

  /** The union of the boxes of `ids` that are on the page. */
  boundsOf(ids: readonly string[]): Box | undefined {
    return unionBoxes(ids.flatMap((id) => this.byId.get(id)?.box ?? []))
  }
}
