import { decodeBoardJourney, decodeDataBase, encodeTagEntries } from '../plugin-data/board-tags'
import { fail, formatProblems, type Journey, ok, type Problem, type Result } from '../model'
import { type BoardReading, type BoardSnapshot, type ReadWarning, readBoard, type SnapshotNode } from '../reader'
import { type BoardCandidate, findBoards } from '../reader/find-boards'
import { addedStageName } from '../reader/read-stage-sections'
import { IdAllocator, nodeIdPart } from '../reader/id-allocator'
import { SnapshotIndex } from '../reader/snapshot-index'
import { WarningLog } from '../reader/warning-log'
import { REMOVED_MARKER_VARIANT } from './removed-marker'

/** What a sync needs to know about a board, read from a snapshot of the page it is on. */
export interface SyncState {
  boardId: string
  /** The board section's page box. */
  boardBox: SnapshotNode['box']
  /**
   * The board read back with people's edits. A sticky drawn by hand (or a copy of one the plugin
   * drew) reads as an item with the id `item-<node id>`, a connector drawn by hand between two
   * stickies as a link `link-<node id>`, as readBoard names them.
   */
  reading: BoardReading
  /** The journey the board section stores: what the plugin last drew. */
  stored: Journey
  /** What the data said when the board was last drawn or synced: the base of the three-way merge. */
  base: Journey
  /**
   * The node each plan key is drawn with now: the plugin's tagged nodes (the first of each key),
   * and the nodes made by hand that read as items, links or stages (`adopted`).
   */
  nodeOfKey: Map<string, SnapshotNode>
  /** Ids of nodes made by hand that the sync takes into the map (tags) as what they read as. */
  adopted: Set<string>
  /** Every other node people put on the board (shapes, texts, stamps...), directly in the board or a stage section. */
  handMade: SnapshotNode[]
  /** Items with a connector drawn by hand attached to their sticky. */
  attachedByHand: string[]
  /** Items whose stickies carry a "Removed from data" label. */
  marked: string[]
  /** What the reading and the sync found odd, for the user. */
  warnings: ReadWarning[]
}

const NO_SUCH_BOARD = 'no board drawn by Journeyboard'

/** Whether a problem from readSyncState says the board asked for (by id, name or node) is not on the page. */
export function isNoSuchBoardProblem(problem: Problem): boolean {
  return problem.path === 'board' && problem.message.startsWith(NO_SUCH_BOARD)
}

/**
 * Reads what a sync needs from a snapshot of the page: the board (by section id or name, else the
 * first drawn by Journeyboard), the journey it shows, the base, and which node stands for what.
 * Pure; changes nothing.
 * @returns the state, or a problem when there is no board drawn by Journeyboard to update.
 */
export function readSyncState(snapshot: BoardSnapshot, board?: string): Result<SyncState> {
  const index = new SnapshotIndex(snapshot, new WarningLog())
  const boards = findBoards(index).filter((b): b is BoardCandidate & { section: SnapshotNode } => b.origin === 'generated' && b.section !== null)
  const candidate =
    board === undefined
      ? boards[0]
      : (boards.find((b) => b.section.id === board) ?? boards.find((b) => b.section.name === board) ?? boards.find((b) => b.members.some((m) => m.id === board)))
  if (candidate === undefined) {
    const what = board === undefined ? 'there is no board drawn by Journeyboard' : `${NO_SUCH_BOARD} is named "${board}" or holds a node with that id`
    return fail([{ path: 'board', message: `${what}: only boards the plugin drew (or synced) can be updated` }])
  }
  const section = candidate.section
  const stored = decodeBoardJourney(section.data)
  if (!stored.ok) {
    return fail([{ path: 'board', message: `the journey stored on the board cannot be read (${formatProblems(stored.problems).replace(/\n/g, '; ')}): the board cannot be updated` }])
  }
  const warnings: ReadWarning[] = []
  const dataBase = decodeDataBase(section.data)
  if (dataBase !== undefined && !dataBase.ok) {
    warnings.push({ nodeId: section.id, message: `the stored base cannot be read (${formatProblems(dataBase.problems).replace(/\n/g, '; ')}): compared with the journey the board stores instead` })
  }

  const members = candidate.members
  const tagOf = (node: SnapshotNode) => index.tagOf(node)
  // The first sticky tagged with an item is that item; every other sticky reads as a new item.
  const itemIds = new IdAllocator(stored.value.items.map((item) => item.id))
  const itemNodes = new Map<string, SnapshotNode>()
  const untaggedStickies: SnapshotNode[] = []
  for (const node of members.filter((n) => n.type === 'STICKY')) {
    const tag = tagOf(node)?.tag
    const itemId = tag?.role === 'item' ? tag.itemId : undefined
    if (itemId !== undefined && !itemNodes.has(itemId)) {
      itemNodes.set(itemId, node)
      itemIds.reserve(itemId)
    } else untaggedStickies.push(node)
  }
  const synthetic = new Map<string, string>()
  for (const node of untaggedStickies) {
    const id = itemIds.allocate(`item-${nodeIdPart(node.id)}`)
    synthetic.set(node.id, id)
    itemNodes.set(id, node)
  }
  // Tagging them in the snapshot makes readBoard give them exactly these ids.
  const tagged: BoardSnapshot = {
    nodes: snapshot.nodes.map((node) => {
      const id = synthetic.get(node.id)
      return id === undefined ? node : { ...node, data: encodeTagEntries(`item:${id}`, { role: 'item', itemId: id }) }
    })
  }
  const reading = readBoard(tagged, { board: section.id })
  warnings.unshift(...reading.warnings)
  const journey = reading.journey

  const nodeOfKey = new Map<string, SnapshotNode>()
  const adopted = new Set<string>()
  const bind = (key: string, node: SnapshotNode, byHand: boolean): void => {
    if (nodeOfKey.has(key)) return
    nodeOfKey.set(key, node)
    if (byHand) adopted.add(node.id)
  }
  bind('board', section, false)
  for (const item of journey.items) {
    const node = itemNodes.get(item.id)
    if (node !== undefined) bind(`item:${item.id}`, node, synthetic.has(node.id))
  }

  // Connectors of this board: drawn in it, or with an end on one of its nodes (other boards may share keys).
  const memberIds = new Set([section.id, ...members.map((m) => m.id)])
  const touches = (end: SnapshotNode['start']): boolean => end !== undefined && 'nodeId' in end && memberIds.has(end.nodeId)
  const connectors = index.all().filter((node) => node.type === 'CONNECTOR' && (memberIds.has(node.id) || touches(node.start) || touches(node.end)))
  const journeyItemIds = new Set(journey.items.map((item) => item.id))
  const itemOfNode = new Map([...itemNodes].filter(([id]) => journeyItemIds.has(id)).map(([id, node]) => [node.id, id]))
  const endItem = (end: SnapshotNode['start']): string | undefined => (end !== undefined && 'nodeId' in end ? itemOfNode.get(end.nodeId) : undefined)
  const linkIds = new Set(journey.links.map((link) => link.id))
  const storedLinks = new Set(stored.value.links.map((link) => link.id))
  for (const connector of connectors) {
    const tag = tagOf(connector)?.tag
    const joins = endItem(connector.start) !== undefined && endItem(connector.end) !== undefined
    if (tag?.role === 'link' && tag.linkId !== undefined && storedLinks.has(tag.linkId) && linkIds.has(tag.linkId) && joins) {
      bind(`link:${tag.linkId}`, connector, false)
      continue
    }
    if (tag !== undefined && tag.role !== 'link') continue
    const id = `link-${nodeIdPart(connector.id)}`
    if (joins && linkIds.has(id) && !storedLinks.has(id)) bind(`link:${id}`, connector, true)
  }
  // A link connector that no longer joins two stickies (one was deleted) is still the plugin's: it
  // is re-attached if the link stays, removed if it goes.
  for (const connector of connectors) {
    const tag = tagOf(connector)?.tag
    if (tag?.role === 'link' && tag.linkId !== undefined && storedLinks.has(tag.linkId)) bind(`link:${tag.linkId}`, connector, false)
  }

  const storedStages = new Set(stored.value.stages.map((s) => s.id))
  const sections = members.filter((node) => node.type === 'SECTION')
  for (const node of sections) {
    const tag = tagOf(node)?.tag
    if (tag?.role === 'stage' && tag.part === undefined && tag.stageId !== undefined && storedStages.has(tag.stageId)) bind(`stage:${tag.stageId}`, node, false)
  }
  const boundNodes = new Set(nodeOfKey.values())
  const looseSections = sections
    .filter((node) => node.parentId === section.id && !boundNodes.has(node))
    .sort((a, b) => a.box.x - b.box.x)
  // The reader numbers the new stages it reads after the stored ones, left to right, as these come.
  let added = 0
  for (const stage of journey.stages) {
    if (storedStages.has(stage.id)) continue
    const count = added
    added += 1
    const match = looseSections.find((node) => !adopted.has(node.id) && addedStageName(node, stored.value.stages.length, count) === stage.name)
    if (match !== undefined) bind(`stage:${stage.id}`, match, true)
  }

  // Everything else the plugin drew, by its key.
  for (const node of [...members, ...connectors]) {
    const decoded = tagOf(node)
    if (decoded === undefined || decoded.tag.role === 'item' || decoded.tag.role === 'link' || (decoded.tag.role === 'stage' && decoded.tag.part === undefined)) continue
    bind(decoded.key, node, false)
  }

  const bound = new Set([...nodeOfKey.values()].map((node) => node.id))
  const stageSectionIds = new Set([...nodeOfKey].filter(([key, node]) => key.startsWith('stage:') && node.type === 'SECTION').map(([, node]) => node.id))
  const handMade = members.filter(
    (node) => !bound.has(node.id) && node.type !== 'CONNECTOR' && node.parentId !== null && (node.parentId === section.id || stageSectionIds.has(node.parentId))
  )
  const attached = new Set<string>()
  for (const connector of connectors) {
    if (bound.has(connector.id) && !adopted.has(connector.id)) continue
    for (const end of [connector.start, connector.end]) {
      const item = endItem(end)
      if (item !== undefined) attached.add(item)
    }
  }
  const marked = members.flatMap((node) => {
    const tag = tagOf(node)?.tag
    return tag?.role === 'flag-marker' && tag.variant === REMOVED_MARKER_VARIANT && tag.itemId !== undefined ? [tag.itemId] : []
  })

  return ok({
    boardId: section.id,
    boardBox: section.box,
    reading,
    stored: stored.value,
    base: dataBase?.ok === true ? dataBase.value : stored.value,
    nodeOfKey,
    adopted,
    handMade,
    attachedByHand: [...attached],
    marked: [...new Set(marked)],
    warnings
  })
}
