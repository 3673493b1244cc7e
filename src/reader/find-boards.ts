import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { stickyAnchor, unionBox } from './board-geometry'
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
  const claimed = new Set<string>()
  for (const board of generated) {
    claimed.add(board.id)
    for (const node of index.descendantsOf(board)) claimed.add(node.id)
  }
  const loose = all.filter((node) => !claimed.has(node.id))
  const isOutermost = (node: SnapshotNode): boolean => !index.ancestorsOf(node).some((a) => a.type === 'SECTION')
  const looseOnPage = loose.filter(isOutermost)

  const boards: BoardCandidate[] = generated.map((section) => ({
    origin: 'generated',
    section,
    box: section.box,
    members: [...index.descendantsOf(section), ...strays(looseOnPage, section.box)]
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
  const pageStages = outerSections.filter((section) => !wrappers.includes(section))
  const rest = loose.filter((node) => !inWrappers.has(node.id))
  const pageBoardBox = unionBox(pageStages.map((s) => s.box))
  if (pageBoardBox !== undefined) handMade.push({ origin: 'hand-made', section: null, box: pageBoardBox, members: rest })
  else if (boards.length === 0 && handMade.length === 0) {
    // A wall of stickies with no section at all still reads, as one stage.
    const box = unionBox(rest.filter((node) => node.type === 'STICKY').map((node) => node.box))
    if (box !== undefined) handMade.push({ origin: 'hand-made', section: null, box, members: rest })
  }

  const byPosition = (a: BoardCandidate, b: BoardCandidate): number => a.box.x - b.box.x || a.box.y - b.box.y
  return [...boards.sort(byPosition), ...handMade.sort(byPosition)]
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
