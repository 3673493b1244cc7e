import { orderLanes } from '../layout'
import type { Item, Journey } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { stickyAnchor } from './board-geometry'
import { type GeneratedBoard, GeneratedBoardContext } from './generated-board-context'
import { readEvidenceMarkers } from './read-evidence-markers'
import { readItemMarks } from './read-item-marks'
import { readItemStickies } from './read-item-stickies'
import { readLaneLabels } from './read-lane-labels'
import { readLinks } from './read-links'
import { readShownTexts } from './read-shown-texts'
import { readStageSections } from './read-stage-sections'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

export type { GeneratedBoard } from './generated-board-context'

/**
 * A generated board: the journey stored on it, brought up to date with what the board shows now.
 * A board showing nothing different changes nothing, so an untouched board gives back the stored
 * journey exactly. What follows the board: stage names (section names), order (left to right) and
 * descriptions; lane names (label text); the title, scenario, context and phase names where they
 * are shown; each item sticky's text and cell (by where it sits); stickies added (new items) or
 * removed (items gone); flag markers removed; evidence markers removed or recoloured (levels); emotion points dragged or score badges retyped
 * (scores), or removed (no score); links drawn, re-attached, relabelled or removed.
 */
export function readGeneratedBoard(index: SnapshotIndex, log: WarningLog, board: GeneratedBoard): Journey {
  const ctx = new GeneratedBoardContext(index, log, board)
  const { stored } = board
  const columns = readStageSections(ctx)
  const lanes = readLaneLabels(ctx)
  const stickies = readItemStickies(ctx, columns, lanes)
  readItemMarks(ctx, stickies.kept, lanes.labels)
  readEvidenceMarkers(ctx, stickies.kept)

  const stageOrder = new Map(columns.map((c, i) => [c.stageId, i]))
  const rowOrder = new Map(orderLanes(lanes.lanes).map((l, i) => [l.id, i]))
  const added = [...stickies.added].sort((a, b) => cellOrder(a, b, stageOrder, rowOrder))
  const journey: Journey = {
    ...stored,
    ...readShownTexts(ctx),
    stages: columns.map((c) => c.stage),
    lanes: lanes.lanes,
    items: withoutDanglingEvidence([...stored.items.flatMap((item) => stickies.kept.get(item.id) ?? []), ...added.map((a) => a.item)]),
    links: readLinks({ index, log, members: board.members, itemOfNode: stickies.itemOfNode, stored: stored.links, ...(board.bind === undefined ? {} : { bind: board.bind }) })
  }
  if (board.bind !== undefined) {
    for (const [nodeId, id] of stickies.itemOfNode) board.bind({ kind: 'item', id, nodeId })
    for (const column of columns) if (column.sectionId !== undefined) board.bind({ kind: 'stage', id: column.stageId, nodeId: column.sectionId })
    for (const [id, node] of lanes.labels) board.bind({ kind: 'lane', id, nodeId: node.id })
  }

  // Everything else tagged is the board's own furniture; anything untagged was added by hand. A
  // table's cells go with their table, which is named once: a cell's id differs between a live
  // reading and a REST file, so naming cells would make the two readings disagree.
  for (const node of board.members) {
    if (ctx.used.has(node.id) || node.type === 'CONNECTOR' || node.type === 'TABLE_CELL' || index.tagOf(node) !== undefined) continue
    if (node.type === 'SECTION') {
      const stage = stickies.locator.stageSectionOf(node)
      if (stage === undefined) log.add(node.id, 'section-not-a-stage', { node })
      else log.add(node.id, 'section-in-stage-not-a-stage', { node, stage: journey.stages.find((s) => s.id === stage)?.name ?? stage })
      continue
    }
    log.notRead(node.id, 'added-by-hand', { node })
  }
  return journey
}

/** Evidence cites items; a citation of a sticky people removed goes with it. */
function withoutDanglingEvidence(items: Item[]): Item[] {
  const present = new Set(items.map((item) => item.id))
  return items.map((item) =>
    item.evidence === undefined || item.evidence.itemIds.every((id) => present.has(id))
      ? item
      : { ...item, evidence: { ...item.evidence, itemIds: item.evidence.itemIds.filter((id) => present.has(id)) } }
  )
}

/** New items in reading order: stage, then row, then top to bottom and left to right. */
function cellOrder(
  a: { item: Item; node: SnapshotNode },
  b: { item: Item; node: SnapshotNode },
  stageOrder: ReadonlyMap<string, number>,
  rowOrder: ReadonlyMap<string, number>
): number {
  const pa = stickyAnchor(a.node)
  const pb = stickyAnchor(b.node)
  return (
    (stageOrder.get(a.item.stageId) ?? 0) - (stageOrder.get(b.item.stageId) ?? 0) ||
    (rowOrder.get(a.item.laneId) ?? 0) - (rowOrder.get(b.item.laneId) ?? 0) ||
    pa.y - pb.y ||
    pa.x - pb.x
  )
}
