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
  const loose = all.filter((node) => !claimed.has(node.id))
  const isOutermost = (node: SnapshotNode): boolean => !index.ancestorsOf(node).some((a) => a.type === 'SECTION')
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
  const rest = looseOnPage.filter((node) => !inWrappers.has(node.id))
  // Beside a generated board or a wrapping section, only stage sections on the page make another map.
  const others = boards.length > 0 || handMade.length > 0
  for (const cluster of clusterMaps(index, rest)) {
    if (others && !cluster.some((n) => n.type === 'SECTION')) continue
    // A group or frame on the page is in the cluster with its own members (none has a section
    // above it), so each node is taken once.
    const members = [...new Map(cluster.flatMap((node) => [node, ...index.descendantsOf(node)]).map((node) => [node.id, node])).values()]
    const box = unionBoxes(members.filter((n) => n.type !== 'CONNECTOR').map((n) => n.box))
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
  const groups = new Map<number, SnapshotNode[]>()
  placed.forEach((node, i) => {
    const root = groupOf[i]!
    const group = groups.get(root)
    if (group === undefined) groups.set(root, [node])
    else group.push(node)
  })
  const kinds = (group: readonly SnapshotNode[]): Set<string> => new Set(group.flatMap((n) => [n, ...index.descendantsOf(n)]).map((n) => n.type))
  const isMap = (group: readonly SnapshotNode[]): boolean => {
    const types = kinds(group)
    const stickies = group.flatMap((n) => [n, ...index.descendantsOf(n)]).filter((n) => n.type === 'STICKY').length
    return types.has('SECTION') || types.has('TABLE') || (stickies >= 2 && [...LABEL_TYPES].some((t) => types.has(t)))
  }
  const anyMap = [...groups.values()].some(isMap)
  const holdsMap = anyMap ? isMap : (group: readonly SnapshotNode[]): boolean => kinds(group).has('STICKY')
  const maps = [...groups.values()].filter(holdsMap)
  const boxes = maps.map((group) => unionBoxes(group.map((n) => n.box)) as SnapshotBox)
  const nearestMap = (box: SnapshotBox): SnapshotNode[] | undefined => {
    let best: number | undefined
    boxes.forEach((b, i) => {
      if (best === undefined || boxGap(b, box) < boxGap(boxes[best] as SnapshotBox, box)) best = i
    })
    return best === undefined ? undefined : maps[best]
  }
  for (const group of groups.values()) {
    if (holdsMap(group)) continue
    const box = unionBoxes(group.map((n) => n.box))
    if (box !== undefined) nearestMap(box)?.push(...group)
  }
  // Connectors go with the map holding one of their ends, else the nearest.
  const mapOf = new Map<string, SnapshotNode[]>()
  for (const group of maps) for (const node of group) for (const inner of [node, ...index.descendantsOf(node)]) mapOf.set(inner.id, group)
  for (const connector of nodes.filter((n) => n.type === 'CONNECTOR')) {
    const ends = [connector.start, connector.end].flatMap((end) => (end !== undefined && 'nodeId' in end ? [end.nodeId] : []))
    const group = ends.map((id) => mapOf.get(id)).find((g) => g !== undefined) ?? nearestMap(connector.box)
    group?.push(connector)
  }
  return maps
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
