import type { Box, PlanConnector, PlanFont, PlanNode } from './board-plan'
import { TEXT_COLOR } from '../palette/figjam-palette'
import { keepShape } from '../hidden-classes/keep-shape'
import { NodeBoxes } from './node-boxes'
import { BODY_FONT, LINK_FONT_SIZE } from './layout-metrics'
import type { PlanTag } from './plan-tag'

/** The plan key of the board section, the one node without a parent. */
export const BOARD_KEY = 'board'

/** What a connector needs beyond what every connector shares. */
export type ConnectorSpec = Pick<PlanConnector, 'key' | 'start' | 'end' | 'lineType' | 'endCap' | 'stroke' | 'strokeWeight' | 'text' | 'tag'>

/**
 * Collects plan nodes in creation order and keeps each one's board-relative box, so nodes can be
 * placed in their parent's coordinates while connectors and checks work in the board's.
 * Its checks guard the layout's own invariants: breaking one is a bug, so it throws.
 */
export class PlanBuilder {
  readonly nodes: PlanNode[] = []
  private readonly boxOf = new NodeBoxes()
  /**
   * The parent the last node named and its place: the layout adds a section's children one after
   * another, naming it by the same string, so most nodes find their parent without a look-up.
   */
  private lastParent: string | undefined = undefined
  private lastParentPlace = -1

  /** Every node's box relative to the board, by its place in `nodes`: what planNodeBoxes works out from the finished plan. */
  get boxes(): NodeBoxes {
    return this.boxOf
  }

  add<N extends PlanNode>(node: N): N {
    const boxes = this.boxOf
    const parent = node.parent === null ? -1 : this.parentPlace(node.parent)
    // 0 + x for the board, as planBoxes adds its origin: the same sums, to the last bit.
    // push tells a key given before: one map operation a node, not a look-up before it.
    if (!boxes.push(node.key, (parent < 0 ? 0 : boxes.x(parent)) + node.x, (parent < 0 ? 0 : boxes.y(parent)) + node.y, node.width, node.height)) {
      throw new Error(`layout produced the plan key "${node.key}" twice`)
    }
    this.nodes.push(node)
    return node
  }

  /** The place of a parent section: the last one's, or looked up. */
  private parentPlace(key: string): number {
    if (key !== this.lastParent) {
      this.lastParentPlace = this.placeOf(key)
      this.lastParent = key
    }
    return this.lastParentPlace
  }

  /**
   * A text node in the default text colour, wrapping at the box's width. Nodes and boxes are spelled
   * out rather than spread here and wherever the layout makes them: a literal with a spread takes
   * hidden classes that die with the plan at a full collection, and code specialised to them (the
   * routing's walk over every node) is thrown away and compiled again on the next board.
   */
  addText(key: string, box: Box, text: string, font: PlanFont, fontSize: number, tag: PlanTag, parent: string = BOARD_KEY): void {
    this.add({ kind: 'text', key, parent, name: key, x: box.x, y: box.y, width: box.width, height: box.height, fill: TEXT_COLOR, text, font, fontSize, tag: planTag(tag) })
  }

  /** A connector on the board section; its box spans the centres of the two nodes it joins. */
  addConnector(spec: ConnectorSpec): void {
    // The centres as numbers, as centreOf works them out, rather than a point made for each end of every connector.
    const boxes = this.boxOf
    const start = this.placeOf(spec.start)
    const end = this.placeOf(spec.end)
    const ax = boxes.x(start) + boxes.width(start) / 2
    const ay = boxes.y(start) + boxes.height(start) / 2
    const bx = boxes.x(end) + boxes.width(end) / 2
    const by = boxes.y(end) + boxes.height(end) / 2
    // Spelled out rather than spread: V8 gives an object spread first and grown after fresh hidden
    // classes every time (kilobytes per connector, thousands of connectors on a big board).
    this.add({
      key: spec.key,
      start: spec.start,
      end: spec.end,
      lineType: spec.lineType,
      endCap: spec.endCap,
      stroke: spec.stroke,
      strokeWeight: spec.strokeWeight,
      text: spec.text,
      tag: spec.tag,
      kind: 'connector',
      parent: BOARD_KEY,
      name: spec.key,
      x: Math.min(ax, bx),
      y: Math.min(ay, by),
      width: Math.abs(bx - ax),
      height: Math.abs(by - ay),
      startCap: 'NONE',
      font: BODY_FONT,
      fontSize: LINK_FONT_SIZE,
      // Declared unset (JSON leaves them out) so that routing's copy with the magnets chosen keeps
      // this node's hidden class: a copy that adds them takes a fresh one, about 1.8 KB per link
      // against 0.2 KB.
      startMagnet: undefined,
      endMagnet: undefined
    })
  }

  /** Sizes a node added before (the board section, once everything on it is placed), and its box with it. */
  resize(node: PlanNode, width: number, height: number): void {
    node.width = width
    node.height = height
    this.boxOf.resize(this.placeOf(node.key), width, height)
  }

  /** The place of the node with plan key `key` in `nodes`. */
  private placeOf(key: string): number {
    const place = this.boxOf.placeOf(key)
    if (place === undefined) throw new Error(`layout referred to the plan key "${key}" before adding it`)
    return place
  }

  /** Every distinct font the nodes use, sorted, so the writer loads each exactly once. */
  fonts(): PlanFont[] {
    // Nodes share a handful of font objects: each is named once, not once for every node of the board.
    const used = new Set<PlanFont>()
    for (const node of this.nodes) if (node.kind !== 'section') used.add(node.font)
    const byName = new Map<string, PlanFont>()
    for (const { family, style } of used) byName.set(`${family}\u0000${style}`, { family, style })
    // The default sort orders by UTF-16 code units, as < does.
    return [...byName.keys()].sort().map((name) => byName.get(name) as PlanFont)
  }
}

// Every layout makes a builder: one kept keeps their hidden class, and the code made for it, through full collections.
keepShape(new PlanBuilder())

/** A tag without the fields that are undefined, so the plan stays plain JSON. */
export function planTag(tag: PlanTag): PlanTag {
  const clean: Record<string, string> = {}
  // for...in, not Object.entries: no array of pairs for every node of the board.
  for (const key in tag) {
    const value = (tag as Record<string, string | undefined>)[key]
    if (value !== undefined) clean[key] = value
  }
  return clean as PlanTag
}
