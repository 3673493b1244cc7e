import { unionBoxes } from '../geometry'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { stickyAnchor } from './board-geometry'
import { boxGap } from './box-gap'
import { groupNearBoxes } from './group-near-boxes'
import type { SnapshotIndex } from './snapshot-index'

export interface BoardCandidate {
  origin: 'generated' | 'hand-made'
  /** The board section; null for stage sections laid straight on the page. */
  section: SnapshotNode | null
  box: SnapshotBox
  /** The nodes that make up the board (connectors are found separately, by what they join). */
  members: SnapshotNode[]
}

/**
 * The boards in a snapshot. Generated boards are the sections tagged as one. Without any, a hand-made
 * board is either a section that wraps the stage sections (an outermost section whose child sections
 * hold at least as many stickies as it holds itself), or the outermost sections laid straight on the
 * page, which together make one board; with no section at all, the stickies on the page make one.
 * Generated boards come first, then the rest, each group from left to right.
 */
export function findBoards(index: SnapshotIndex): BoardCandidate[] {
  const all = index.all()
  const sections = all.filter((node) => node.type === 'SECTION')
  const generated = sections.filter((section) => index.tagOf(section)?.tag.role === 'board')
  // Each board's nodes are listed once: a 5,000-item board holds some 8,000.
  const inside = generated.map((section) => index.descendantsOf(section))
  const claimed = new Set<string>()
  generated.forEach((board, i) => {
    claimed.add(board.id)
    for (const node of inside[i]!) claimed.add(node.id)
  })
  const loose = claimed.size === 0 ? all : all.filter((node) => !claimed.has(node.id))
  const isOutermost = (node: SnapshotNode): boolean => {
    for (let parent = index.parentOf(node); parent !== undefined; parent = index.parentOf(parent)) if (parent.type === 'SECTION') return false
    return true
  }
  const looseOnPage = loose.filter(isOutermost)

  const boards: BoardCandidate[] = generated.map((section, i) => ({
    origin: 'generated',
    section,
    box: section.box,
    members: [...inside[i]!, ...strays(looseOnPage, section.box)]
  }))

  const outerSections = looseOnPage.filter((node) => node.type === 'SECTION')
  const wrappers = outerSections.filter((section) => isWrapper(index, section))
  const handMade: BoardCandidate[] = wrappers.map((section) => ({
    origin: 'hand-made',
    section,
    box: section.box,
    members: [...index.descendantsOf(section), ...strays(looseOnPage, section.box)]
  }))
  const inWrappers = new Set(handMade.flatMap((board) => [board.section?.id ?? '', ...board.members.map((m) => m.id)]))
  const rest = inWrappers.size === 0 ? looseOnPage : looseOnPage.filter((node) => !inWrappers.has(node.id))
  // Beside a generated board or a wrapping section, only stage sections on the page make another map.
  const others = boards.length > 0 || handMade.length > 0
  const clusters = clusterMaps(index, rest)
  // Indexed: a page of separate stickies has a cluster per sticky, and a loop not optimised makes an iterator result per cluster.
  for (let c = 0; c < clusters.length; c += 1) {
    const cluster = clusters[c]!
    if (others && !cluster.some((n) => n.type === 'SECTION')) continue
    // A group or frame on the page is in the cluster with its own members (none has a section
    // above it), so each node is taken once.
    const inside = withInsides(index, cluster)
    const members = inside === cluster ? cluster : [...new Map(inside.map((node) => [node.id, node])).values()]
    const box = placedBoxOf(members)
    if (box !== undefined) handMade.push({ origin: 'hand-made', section: null, box, members })
  }

  const byPosition = (a: BoardCandidate, b: BoardCandidate): number => a.box.x - b.box.x || a.box.y - b.box.y
  return [...boards.sort(byPosition), ...handMade.sort(byPosition)]
}

const LABEL_TYPES: ReadonlySet<string> = new Set(['TEXT', 'SHAPE_WITH_TEXT'])
/** Things on the page further apart than this (px) belong to different maps. */
export const MAP_GAP = 600

/**
 * The nodes on the page grouped into maps: nodes closer than MAP_GAP to each other (in a chain) are
 * one group. A group is a map when it holds a section or a table, or stickies with a label or title
 * (or, when no group does, stickies at all); any other group (a title, a legend, a stray sticky)
 * joins the map nearest to it. Groups whose boxes overlap are one map: two maps are side by side,
 * never one inside the other, and a column whose first lanes are empty (its stickies further below
 * its stage name than MAP_GAP) is still under its map's header row. Connectors go with the nodes
 * they join.
 */
function clusterMaps(index: SnapshotIndex, nodes: readonly SnapshotNode[]): SnapshotNode[][] {
  const placed = nodes.filter((n) => n.type !== 'CONNECTOR')
  const groupOf = groupNearBoxes(placed.map((n) => n.box), MAP_GAP)
  // A group's number is its first box, so each group starts at its own number: groups in the order of their first node.
  const groups: SnapshotNode[][] = []
  const groupAt: number[] = []
  placed.forEach((node, i) => {
    const root = groupOf[i]!
    if (root === i) {
      groupAt[i] = groups.length
      groups.push([node])
    } else groups[groupAt[root]!]!.push(node)
  })
  // What each group holds, counted once: a group takes in nodes only once it is a map, which it stays.
  // Kept as two flags by group, not an object per group: a page of separate stickies has a group per sticky.
  const isMap = new Uint8Array(groups.length)
  const hasStickies = new Uint8Array(groups.length)
  let anyMap = false
  for (let g = 0; g < groups.length; g += 1) {
    const k = kindsIn(index, groups[g]!)
    if (k & HOLDS_SECTION || k & HOLDS_TABLE || (k & HOLDS_LABEL && k >= 2 * 2 ** STICKY_COUNT_SHIFT)) {
      isMap[g] = 1
      anyMap = true
    }
    if (k >= 2 ** STICKY_COUNT_SHIFT) hasStickies[g] = 1
  }
  const holdsMap = anyMap ? isMap : hasStickies
  const maps = groups.filter((_, g) => holdsMap[g] === 1)
  // The maps' boxes as they were before anything joined them, made when first asked for: a page of lone stickies never asks.
  let mapBoxes: SnapshotBox[] | undefined
  const nearestMap = (box: SnapshotBox): SnapshotNode[] | undefined => {
    const boxes = (mapBoxes ??= maps.map((group) => unionBoxes(group.map((n) => n.box)) as SnapshotBox))
    let best: number | undefined
    boxes.forEach((b, i) => {
      if (best === undefined || boxGap(b, box) < boxGap(boxes[best] as SnapshotBox, box)) best = i
    })
    return best === undefined ? undefined : maps[best]
  }
  groups.forEach((group, g) => {
    if (holdsMap[g] === 1) return
    const box = unionBoxes(group.map((n) => n.box))
    if (box !== undefined) nearestMap(box)?.push(...group)
  })
  // Connectors go with the map holding one of their ends, else the nearest.
  const connectors = nodes.filter((n) => n.type === 'CONNECTOR')
  if (connectors.length === 0) return maps
  const mapOf = new Map<string, SnapshotNode[]>()
  for (const group of maps) for (const node of group) for (const inner of [node, ...index.descendantsOf(node)]) mapOf.set(inner.id, group)
  for (const connector of connectors) {
    const ends = [connector.start, connector.end].flatMap((end) => (end !== undefined && 'nodeId' in end ? [end.nodeId] : []))
    const group = ends.map((id) => mapOf.get(id)).find((g) => g !== undefined) ?? nearestMap(connector.box)
    group?.push(connector)
  }
  return maps
}

/** The box around the nodes other than connectors (as unionBoxes makes it, without a list of boxes per map). */
function placedBoxOf(nodes: readonly SnapshotNode[]): SnapshotBox | undefined {
  let minX = Infinity
  let minY = Infinity
  let maxX = -Infinity
  let maxY = -Infinity
  for (let i = 0; i < nodes.length; i += 1) {
    const { type, box } = nodes[i]!
    if (type === 'CONNECTOR') continue
    minX = Math.min(minX, box.x)
    minY = Math.min(minY, box.y)
    maxX = Math.max(maxX, box.x + box.width)
    maxY = Math.max(maxY, box.y + box.height)
  }
  if (minX > maxX) return undefined
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY }
}

/** Bits of what kindsIn finds; the number of stickies is kept above them. */
const HOLDS_SECTION = 1
const HOLDS_TABLE = 2
const HOLDS_LABEL = 4
const STICKY_COUNT_SHIFT = 3

/**
 * What a group of nodes and everything inside them holds, as far as telling a map from the rest
 * goes: HOLDS_ bits, and the number of stickies above STICKY_COUNT_SHIFT bits. One number, not an
 * object, since a page of separate stickies asks once per sticky.
 */
function kindsIn(index: SnapshotIndex, group: readonly SnapshotNode[]): number {
  let bits = 0
  let stickies = 0
  const nodes = withInsides(index, group)
  for (let i = 0; i < nodes.length; i += 1) {
    const type = nodes[i]!.type
    if (type === 'SECTION') bits |= HOLDS_SECTION
    else if (type === 'TABLE') bits |= HOLDS_TABLE
    else if (type === 'STICKY') stickies += 1
    else if (LABEL_TYPES.has(type)) bits |= HOLDS_LABEL
  }
  return bits + stickies * 2 ** STICKY_COUNT_SHIFT
}

/** The nodes, each followed by everything inside it; the list itself when none holds anything. */
function withInsides(index: SnapshotIndex, nodes: readonly SnapshotNode[]): readonly SnapshotNode[] {
  // A loop, not `some` with a closure made per call: a page of separate stickies asks once per sticky.
  for (let i = 0; i < nodes.length; i += 1) {
    if (index.childrenOf(nodes[i]!).length > 0) return nodes.flatMap((node) => [node, ...index.descendantsOf(node)])
  }
  return nodes
}

/**
 * Stickies left on the page over a board section (FigJam parents a dropped sticky to the section
 * under it, but a sticky created by a plugin or pasted may stay on the page).
 */
function strays(onPage: readonly SnapshotNode[], box: SnapshotBox): SnapshotNode[] {
  return onPage.filter((node) => {
    if (node.type !== 'STICKY') return false
    const at = stickyAnchor(node)
    return at.x >= box.x && at.x <= box.x + box.width && at.y >= box.y && at.y <= box.y + box.height
  })
}

/**
 * A wrapping board section rather than a stage: it holds sections, and they hold at least as many
 * stickies as it holds itself. A single inner section must hold all of them, so a stage with one
 * section nested in it stays a stage.
 */
function isWrapper(index: SnapshotIndex, section: SnapshotNode): boolean {
  const inner = index.descendantsOf(section).filter((node) => node.type === 'SECTION' && nearestSection(index, node)?.id === section.id)
  if (inner.length === 0) return false
  const stickies = index.descendantsOf(section).filter((node) => node.type === 'STICKY')
  const direct = stickies.filter((node) => nearestSection(index, node)?.id === section.id).length
  const nested = stickies.length - direct
  return inner.length === 1 ? direct === 0 : nested >= direct
}

function nearestSection(index: SnapshotIndex, node: SnapshotNode): SnapshotNode | undefined {
  return index.ancestorsOf(node).find((a) => a.type === 'SECTION')
}
