import { centreOf } from '../geometry'
import type { BoardGrid, BoardPlan, Box, PlanNodeKind } from '../layout/board-plan'
import { layoutJourneyRouted, type LayoutOptions } from '../layout/layout-journey'
import { linkRoomByIds, linkRoomOnGrid, type StoredLinkRoom } from '../layout/stored-link-room'
import type { CellLocation } from '../layout/locate-cell'
import type { PlanTag } from '../layout/plan-tag'
import type { Journey } from '../model'
import type { ReadWarning, SnapshotNode } from '../reader'
import { IdTable } from '../reader/id-table'
import { readWarning } from '../reader/warning-log'
import { fillReadsAs } from './fill-reads-as'
import { keepCellArrangements } from './keep-cell-arrangements'
import { keepEmotionLines } from './keep-emotion-lines'
import { type ArrangedLayout, type DrawnLine, layoutRoundArrangements } from './layout-round-arrangements'
import type { MergeResult } from './merge-journeys'
import { planBoxes } from '../layout/plan-boxes'
import { recolouredByPeople } from './recoloured-by-people'
import type { SyncState } from './read-sync-state'
import { addRemovedMarkers } from './removed-marker'
import { sameValue } from './same-value'

/** A node made by hand that moves: into `parent` (a plan key) at x/y relative to it. */
export interface HandMove {
  nodeId: string
  parent: string
  x: number
  y: number
}

/** How a kept link connector is updated: people's line style stays unless the link's kind changed. */
export interface LinkUpdate {
  restyle: boolean
  relabel: boolean
}

/**
 * Everything a sync does to the board, as plain data: the layout of the merged journey, which
 * existing node each plan key keeps (so stickies keep their ids, their connectors and whatever is
 * attached), what is created, what is removed, and how the nodes people made move along.
 */
export interface BoardSyncPlan {
  boardId: string
  /** The merged journey laid out, with cells people arranged kept as they were and the "Removed from data" labels. */
  plan: BoardPlan
  /** Plan key → the node drawn for it now, updated in place. */
  existing: Record<string, string>
  /** Node ids among `existing` that were made by hand and are now part of the map (they get its tags and type size). */
  adopted: string[]
  /** The plan's nodes that have no node on the board yet, in plan order. */
  created: BoardPlan['nodes']
  /** Nodes the plugin drew that the merged board no longer has, with what each stood for; removed last. */
  removed: { nodeId: string; key: string; tag: PlanTag | undefined }[]
  /** Nodes made by hand that follow the cell or sticky they sit on. */
  moved: HandMove[]
  /** Plan keys of kept stickies whose colour people chose (and that still read right): their fill stays. */
  keepFill: string[]
  /** Kept link connectors by plan key. */
  links: Record<string, LinkUpdate>
  /**
   * What the board section stores afterwards: the journey it shows, the data when that differs, and
   * the room links were given beyond the layout's own for people's arrangements (see layoutRoundArrangements).
   */
  stored: { journey: Journey; dataBase: Journey | undefined; sourceBases: Record<string, Journey>; linkRoom: StoredLinkRoom }
  /** A warning for each link whose line still crosses a sticky or whose label covers text (see layoutRoundArrangements). */
  warnings: ReadWarning[]
}

const NODE_TYPES: Readonly<Record<PlanNodeKind, string>> = {
  section: 'SECTION',
  sticky: 'STICKY',
  shape: 'SHAPE_WITH_TEXT',
  text: 'TEXT',
  connector: 'CONNECTOR'
}

/**
 * Plans a sync: lays the merged journey out afresh (columns and rows reflow, so nothing overlaps),
 * keeps people's arrangements inside cells where they still fit, and maps the plan onto the nodes
 * on the board by plan key. Nodes the plan no longer has are removed only when the plugin drew them;
 * nodes made by hand are never removed, and move with the sticky they sit on, else with their cell.
 * Pure. The same as `bindBoardSync` on `layoutBoardSync`'s layout, which an update measuring its
 * texts in FigJam calls apart: the layout once per measuring pass, the binding once, on the last.
 * @param data the new data, stored as the next base when the board shows something else
 * @param source where the data comes from (see BoardStore.sourceBases); the data becomes its base
 */
export function planBoardSync(state: SyncState, merge: MergeResult, data: Journey, layout: LayoutOptions = {}, source?: string): BoardSyncPlan {
  const current = currentArrangement(state)
  return bindBoardSync(state, merge, data, current, layoutBoardSync(state, merge, current, layout), source)
}

/** Where the board has its stickies, cells and grid now, board-relative: what every layout pass and the binding start from. */
export interface CurrentArrangement {
  /** The items that have a sticky, in the board's reading order. */
  itemIds: readonly string[]
  /** The item stickies' boxes by item id (spread over Maps of a few thousand ids: see IdTable). */
  stickies: IdTable<Box>
  /** The cell each of those items is in, by item id. */
  cells: IdTable<CellLocation>
  grid: BoardGrid
  relative: (node: SnapshotNode) => Box
}

export function currentArrangement(state: SyncState): CurrentArrangement {
  const origin = state.boardBox
  const relative = (node: SnapshotNode): Box => ({ ...node.box, x: node.box.x - origin.x, y: node.box.y - origin.y })
  const items = state.reading.journey.items
  const itemIds: string[] = []
  const stickies = new IdTable<Box>(items.length)
  const cells = new IdTable<CellLocation>(items.length)
  for (const item of items) {
    const node = state.nodeOfKey.get(`item:${item.id}`)
    if (node?.type !== 'STICKY') continue
    if (!stickies.has(item.id)) itemIds.push(item.id)
    stickies.set(item.id, relative(node))
    cells.set(item.id, { stageId: item.stageId, laneId: item.laneId })
  }
  return { itemIds, stickies, cells, grid: currentGrid(state, relative), relative }
}

/**
 * The merged journey laid out for a sync, people's arrangements kept (planBoardSync's layout):
 * links are routed round the stickies where people's arrangements put them, with room made where
 * they need it.
 */
export function layoutBoardSync(state: SyncState, merge: MergeResult, current: CurrentArrangement, layout: LayoutOptions = {}): ArrangedLayout {
  const journey = merge.journey
  const { stickies, grid, cells } = current
  const generated = layoutJourneyRouted(journey, layout)
  return layoutRoundArrangements(
    journey,
    layout,
    generated,
    linkRoomOnGrid(state.linkRoom, generated.laidOut.grid),
    (laidOut, only) => keepCellArrangements(addRemovedMarkers(laidOut, merge.marked, journey.locale), journey, { stickies, grid, cells }, only),
    drawnLines(state, journey)
  )
}

/** planBoardSync's binding of a sync's layout (layoutBoardSync's) to the nodes on the board. */
export function bindBoardSync(state: SyncState, merge: MergeResult, data: Journey, current: CurrentArrangement, arranged: ArrangedLayout, source?: string): BoardSyncPlan {
  const journey = merge.journey
  const board = state.reading.journey
  const plan = arranged.plan

  const existing: Record<string, string> = {}
  const unbound: BoardPlan['nodes'] = []
  // The ids of the nodes kept, spread over Maps of a few thousand (see IdTable): a board holds thousands.
  const kept = new IdTable<true>(plan.nodes.length)
  for (const node of plan.nodes) {
    const now = state.nodeOfKey.get(node.key)
    if (now !== undefined && now.type === NODE_TYPES[node.kind]) {
      existing[node.key] = now.id
      kept.set(now.id, true)
    } else unbound.push(node)
  }
  // An emotion curve's segments are keyed by both their points: one whose point changed is kept and its end rewritten.
  for (const [key, id] of keepEmotionLines(unbound, state, kept)) {
    existing[key] = id
    kept.set(id, true)
  }
  const created = unbound.filter((node) => existing[node.key] === undefined)
  const removed: BoardSyncPlan['removed'] = []
  for (const [key, node] of state.nodeOfKey) if (!kept.has(node.id) && !state.adopted.has(node.id)) removed.push({ nodeId: node.id, key, tag: state.tagOf(node) })

  const itemOfKey = itemsByKey(journey.items)
  const boardItemOfKey = itemsByKey(board.items)
  const keepFill = plan.nodes.flatMap((node) => {
    if (node.kind !== 'sticky' || existing[node.key] === undefined) return []
    const now = state.nodeOfKey.get(node.key)
    const item = itemOfKey.get(node.key)
    if (now?.fill === undefined || now.fill === node.fill || item === undefined) return []
    return recolouredByPeople(now.fill, boardItemOfKey.get(node.key), board) && fillReadsAs(now.fill, item, journey) ? [node.key] : []
  })

  const links: Record<string, LinkUpdate> = {}
  const boardLinks = new Map(board.links.map((link) => [link.id, link]))
  for (const link of journey.links) {
    const key = `link:${link.id}`
    if (existing[key] === undefined) continue
    const before = boardLinks.get(link.id)
    links[key] = { restyle: before?.kind !== link.kind, relabel: before?.label !== link.label }
  }

  return {
    boardId: state.boardId,
    plan,
    existing,
    adopted: [...state.adopted].filter((id) => kept.has(id)),
    created,
    removed,
    moved: handMoves(state, plan, current),
    keepFill,
    links,
    // The data becomes its source's base; the other sources keep theirs.
    stored: {
      journey,
      dataBase: sameValue(journey, data) ? undefined : data,
      sourceBases: source === undefined ? state.sourceBases : { ...state.sourceBases, [source]: data },
      linkRoom: linkRoomByIds(arranged.extra, plan.grid)
    },
    warnings: arranged.blocked.map((link) => {
      const linkId = link.key.slice('link:'.length)
      const code = link.kept === undefined ? 'link-over-text' : link.kept === 'centres' ? 'drawn-line-over-text' : 'drawn-line-near-text'
      return readWarning(state.nodeOfKey.get(link.key)?.id ?? null, code, { node: { kind: 'link-connector', text: linkId } })
    })
  }
}

/** Items by their plan key (`item:<id>`), spread as IdTable spreads ids. */
function itemsByKey(items: readonly Journey['items'][number][]): IdTable<Journey['items'][number]> {
  const table = new IdTable<Journey['items'][number]>(items.length)
  for (const item of items) table.set(`item:${item.id}`, item)
  return table
}

/**
 * The link lines people drew straight or curved that the update keeps as drawn, by plan key: the
 * writer keeps a kept link's line type and ends unless the data changed its kind (LinkUpdate.restyle).
 * A straight line with both ends on CENTER magnets runs between the two centres; FigJam documents
 * no other straight ends and no curve.
 */
function drawnLines(state: SyncState, journey: Journey): Map<string, DrawnLine> {
  const boardKinds = new Map(state.reading.journey.links.map((link) => [link.id, link.kind]))
  const drawn = new Map<string, DrawnLine>()
  for (const link of journey.links) {
    const key = `link:${link.id}`
    const node = state.nodeOfKey.get(key)
    if (node?.type !== 'CONNECTOR' || boardKinds.get(link.id) !== link.kind) continue
    const lineType = node.lineType
    if (lineType !== 'STRAIGHT' && lineType !== 'CURVED') continue
    const centres = lineType === 'STRAIGHT' && [node.start, node.end].every((end) => end !== undefined && 'nodeId' in end && end.magnet === 'CENTER')
    drawn.set(key, { lineType, kept: centres ? 'centres' : 'unmodelled' })
  }
  return drawn
}

/** The stage columns and lane rows as the board draws them now, board-relative. */
function currentGrid(state: SyncState, relative: (node: SnapshotNode) => Box): BoardGrid {
  const columns: BoardGrid['columns'] = []
  const rows: BoardGrid['rows'] = []
  for (const [key, node] of state.nodeOfKey) {
    const box = relative(node)
    if (key.startsWith('stage:') && node.type === 'SECTION') columns.push({ stageId: key.slice('stage:'.length), x: box.x, width: box.width })
    if (key.startsWith('lane:')) rows.push({ laneId: key.slice('lane:'.length), y: box.y, height: box.height })
  }
  return { columns, rows }
}

/**
 * Where each node made by hand goes: with the sticky its centre lies on, else with the cell it is
 * in, else with the stage section it is in; on the board it stays where it is. One whose stage
 * section goes is put on the board where it stands, so removing the section does not take it along
 * (never a section, nor a group or frame holding one: the merge keeps a stage whose section holds
 * one, see MergeOptions.sectionsByHand).
 */
function handMoves(state: SyncState, plan: BoardPlan, current: CurrentArrangement): HandMove[] {
  const { grid, relative } = current
  // The tables below hold every node of the plan and the board: none is made for a board without hand-made nodes.
  if (state.handMade.length === 0) return []
  const boxes = planBoxes(plan)
  const parentOf = new Map(plan.nodes.map((node) => [node.key, node.parent]))
  const keyOfNode = new Map([...state.nodeOfKey].map(([key, node]) => [node.id, key]))
  // The stickies that stay, gathered once: a board may carry thousands of stamps and votes.
  const staying = current.itemIds.filter((itemId) => boxes.has(`item:${itemId}`)).map((itemId): [string, Box] => [itemId, current.stickies.get(itemId)!])
  return state.handMade.map((node) => {
    const box = relative(node)
    const centre = centreOf(box)
    const parentKey = keyOfNode.get(node.parentId ?? '') ?? 'board'
    let target = parentOf.has(parentKey) ? parentKey : 'board'
    let shift = { x: 0, y: 0 }
    const under = node.type === 'SECTION' ? undefined : staying.find(([, sticky]) => contains(sticky, centre))
    const stageId = parentKey.startsWith('stage:') ? parentKey.slice('stage:'.length) : grid.columns.find((c) => centre.x >= c.x && centre.x <= c.x + c.width)?.stageId
    const oldColumn = grid.columns.find((c) => c.stageId === stageId)
    const oldRow = grid.rows.find((r) => centre.y >= r.y && centre.y <= r.y + r.height)
    const newColumn = plan.grid.columns.find((c) => c.stageId === stageId)
    const newRow = plan.grid.rows.find((r) => r.laneId === oldRow?.laneId)
    const oldSection = state.nodeOfKey.get(parentKey)
    const newSection = boxes.get(parentKey)
    if (under !== undefined) {
      const [itemId, was] = under
      const now = boxes.get(`item:${itemId}`) ?? was
      shift = { x: now.x - was.x, y: now.y - was.y }
      target = parentOf.get(`item:${itemId}`) ?? target
    } else if (oldColumn !== undefined && oldRow !== undefined && newColumn !== undefined && newRow !== undefined) {
      shift = { x: newColumn.x - oldColumn.x, y: newRow.y - oldRow.y }
    } else if (target === parentKey && parentKey !== 'board' && oldSection !== undefined && newSection !== undefined) {
      const was = relative(oldSection)
      shift = { x: newSection.x - was.x, y: newSection.y - was.y }
    }
    const parentBox = boxes.get(target) ?? { x: 0, y: 0 }
    return { nodeId: node.id, parent: target, x: box.x + shift.x - parentBox.x, y: box.y + shift.y - parentBox.y }
  })
}

function contains(box: Box, point: { x: number; y: number }): boolean {
  return point.x >= box.x && point.x <= box.x + box.width && point.y >= box.y && point.y <= box.y + box.height
}
