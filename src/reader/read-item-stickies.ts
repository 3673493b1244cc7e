import { itemStickyColor, laneStickyColor, STICKY_COLORS } from '../layout'
import type { Item, Lane } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { type CellGuess, CellLocator, type StageColumn } from './cell-locator'
import type { GeneratedBoardContext } from './generated-board-context'
import { IdAllocator, nodeIdPart } from './id-allocator'
import type { LaneLabels } from './read-lane-labels'
import { stickyColorOf } from './sticky-color-of'

export interface ItemStickies {
  /** Stored items still on the board, by id, brought up to date with their stickies. */
  kept: Map<string, Item>
  /** Stickies without a stored item: new items. */
  added: { item: Item; node: SnapshotNode }[]
  /** Which item each sticky stands for. */
  itemOfNode: Map<string, string>
  locator: CellLocator
}

/**
 * Every sticky on a generated board as an item: a tagged one is its stored item, with the sticky's
 * text and the cell it sits in now (and the activity type of its colour, if a person recoloured it);
 * an untagged one (or a second copy of a tagged one) is a new item in its cell, its activity type
 * read from its colour on a board that has them.
 */
export function readItemStickies(ctx: GeneratedBoardContext, columns: readonly StageColumn[], lanes: LaneLabels): ItemStickies {
  const { index, log, stored, board } = ctx
  const locator = new CellLocator(index, columns, lanes.rows)
  const storedItems = new Map(stored.items.map((item) => [item.id, item]))
  const storedLanes = new Map(stored.lanes.map((lane) => [lane.id, lane]))
  const laneOf = new Map(lanes.lanes.map((lane) => [lane.id, lane]))
  const stageIds = new Set(columns.map((c) => c.stageId))
  const ids = new IdAllocator(stored.items.map((item) => item.id))
  const result: ItemStickies = { kept: new Map(), added: [], itemOfNode: new Map(), locator }

  for (const node of board.members.filter((n) => n.type === 'STICKY')) {
    ctx.used.add(node.id)
    const tag = ctx.tagOf(node)
    const taggedItem = tag?.role === 'item' ? tag.itemId : undefined
    const previous = taggedItem === undefined || result.kept.has(taggedItem) ? undefined : storedItems.get(taggedItem)
    const cell = locator.locate(node)
    if (previous !== undefined) {
      const item = keptItem(previous, node, cell)
      if (item === undefined) continue
      result.kept.set(item.id, item)
      result.itemOfNode.set(node.id, item.id)
      continue
    }
    if (cell.stageId === undefined || cell.laneId === undefined) {
      log.notRead(node.id, cell.stageId === undefined ? 'in-no-stage' : 'in-no-lane', { node })
      continue
    }
    if (taggedItem !== undefined && result.kept.has(taggedItem)) {
      log.add(node.id, 'copy-of-item', { node, item: taggedItem })
    }
    const lane = laneOf.get(cell.laneId)
    const activityTypeId = lane === undefined ? undefined : activityOfNewSticky(node.fill, lane)
    const item: Item = {
      id: ids.allocate(taggedItem ?? `item-${nodeIdPart(node.id)}`),
      stageId: cell.stageId,
      laneId: cell.laneId,
      text: node.text ?? '',
      momentOfTruth: false,
      ...(activityTypeId === undefined ? {} : { activityTypeId })
    }
    result.added.push({ item, node })
    result.itemOfNode.set(node.id, item.id)
  }
  return result

  function keptItem(previous: Item, node: SnapshotNode, cell: CellGuess): Item | undefined {
    let { stageId, laneId } = previous
    if (cell.stageId !== undefined) stageId = cell.stageId
    else if (!stageIds.has(stageId)) {
      log.notRead(node.id, 'stage-gone', { node })
      return undefined
    } else log.add(node.id, 'stays-in-stage', { node, item: previous.id })
    // A lane whose label was removed has no band: its stickies stay in it unless they now sit in another row.
    if (cell.inBand || lanes.labels.has(previous.laneId)) {
      if (cell.laneId !== undefined) laneId = cell.laneId
      else log.add(node.id, 'stays-in-lane', { node, item: previous.id })
    }
    const item: Item = { ...previous, stageId, laneId }
    if (node.text !== undefined && node.text !== previous.text) item.text = node.text
    recolour(item, previous, node)
    return item
  }

  /** A sticky recoloured by hand takes the activity type of its new colour (or none, in its lane's own colour). */
  function recolour(item: Item, previous: Item, node: SnapshotNode): void {
    const drawnIn = storedLanes.get(previous.laneId)
    const lane = laneOf.get(item.laneId)
    if (node.fill === undefined || drawnIn === undefined || lane === undefined || stored.activityTypes.length === 0) return
    if (node.fill === STICKY_COLORS[itemStickyColor(previous, drawnIn, stored.activityTypes)]) return
    const colour = stickyColorOf(node.fill)
    const activity = stored.activityTypes.find((a) => a.color === colour)
    if (activity !== undefined) item.activityTypeId = activity.id
    else if (colour === laneStickyColor(lane)) delete item.activityTypeId
  }

  /** On a board with activity types, a new sticky's colour says its type, unless it is just its lane's colour. */
  function activityOfNewSticky(fill: string | undefined, lane: Lane): string | undefined {
    if (fill === undefined || stored.activityTypes.length === 0) return undefined
    const colour = stickyColorOf(fill)
    if (colour === laneStickyColor(lane)) return undefined
    return stored.activityTypes.find((a) => a.color === colour)?.id
  }
}
