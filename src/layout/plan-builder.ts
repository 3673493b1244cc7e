import { centreOf } from '../geometry'
import type { Box, PlanConnector, PlanFont, PlanNode } from './board-plan'
import { TEXT_COLOR } from '../palette/figjam-palette'
import { keepShape } from './keep-shape'
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
  private readonly boxOf = new Map<string, Box>()

  /** Every node's box relative to the board, by plan key: what planBoxes works out from the finished plan. */
  get boxes(): ReadonlyMap<string, Box> {
    return this.boxOf
  }

  add<N extends PlanNode>(node: N): N {
    if (this.boxOf.has(node.key)) throw new Error(`layout produced the plan key "${node.key}" twice`)
    const origin = node.parent === null ? { x: 0, y: 0 } : this.boardBox(node.parent)
    this.boxOf.set(node.key, { x: origin.x + node.x, y: origin.y + node.y, width: node.width, height: node.height })
    this.nodes.push(node)
    return node
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
    const a = centreOf(this.boardBox(spec.start))
    const b = centreOf(this.boardBox(spec.end))
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
      x: Math.min(a.x, b.x),
      y: Math.min(a.y, b.y),
      width: Math.abs(b.x - a.x),
      height: Math.abs(b.y - a.y),
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
    const box = this.boardBox(node.key)
    this.boxOf.set(node.key, { x: box.x, y: box.y, width, height })
  }

  /** A node's box relative to the board section's top-left corner. */
  boardBox(key: string): Box {
    const box = this.boxOf.get(key)
    if (box === undefined) throw new Error(`layout referred to the plan key "${key}" before adding it`)
    return box
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
