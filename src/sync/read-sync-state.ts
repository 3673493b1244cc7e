import type { PlanRole, PlanTag } from '../layout/plan-tag'
import type { StoredLinkRoom } from '../layout/stored-link-room'
import { decodeBoardStore } from '../plugin-data/board-tags'
import { fail, type Journey, type JourneyEnvelope, ok, type Problem, problem, type Result } from '../model'
import { type BoardBinding, type BoardReading, type BoardSnapshot, type ReadWarning, readBoard, type SnapshotNode } from '../reader'
import { causesText } from '../reader/causes-text'
import { type BoardCandidate, findBoards } from '../reader/find-boards'
import { placedSnapshot } from '../reader/placed-snapshot'
import { SnapshotIndex } from '../reader/snapshot-index'
import { wantedBoards } from '../reader/wanted-boards'
import { readWarning, WarningLog } from '../reader/warning-log'
import { REMOVED_MARKER_VARIANT } from './removed-marker'

/** What a sync needs to know about a board, read from a snapshot of the page it is on. */
export interface SyncState {
  boardId: string
  /** The board section's page box. */
  boardBox: SnapshotNode['box']
  /**
   * The board read back with people's edits: stickies and connectors drawn by hand read as new
   * items and links, under the ids readBoard gives them.
   */
  reading: BoardReading
  /** The journey the board section stores: what the plugin last drew. */
  stored: Journey
  /**
   * The base of the three-way merge: what this update's source of data said when it last drew or
   * updated the board, else what the data said at the last update, else what the board stores.
   */
  base: Journey
  /** The bases per source of data stored on the board (see BoardStore.sourceBases). */
  sourceBases: Record<string, Journey>
  /**
   * The node each plan key is drawn with now: for items, links, stages and lane labels the node the
   * reader read them from (its bindings), for the rest the plugin's tagged node (the first of each
   * key). Nodes made by hand that read as items, links or stages are `adopted`.
   */
  nodeOfKey: Map<string, SnapshotNode>
  /** Ids of nodes made by hand that the sync takes into the map (tags) as what they read as. */
  adopted: Set<string>
  /** What a node of the board says it stands for: its tag as the one reading decoded it. */
  tagOf: (node: SnapshotNode) => PlanTag | undefined
  /** Every other node people put on the board (shapes, texts, stamps...), directly in the board or a stage section. */
  handMade: SnapshotNode[]
  /** Items with a connector drawn by hand attached to their sticky. */
  attachedByHand: string[]
  /** Stages whose section holds a section people drew in it, or a group or frame holding one (see MergeOptions.sectionsByHand). */
  sectionsByHand: string[]
  /** Items whose stickies carry a "Removed from data" label. */
  marked: string[]
  /** What the reading and the sync found odd, for the user. */
  warnings: ReadWarning[]
  /** The file envelope stored with the journey (see BoardStore.envelope); kept by an update that brings none. */
  envelope: JourneyEnvelope
  /** The room the last update gave links beyond the layout's own, for people's arrangements (see BoardStore.linkRoom). */
  linkRoom: StoredLinkRoom
  /** The heights FigJam reported for the board's texts when it was drawn or last updated (see BoardStore.textHeights). */
  textHeights: Readonly<Record<string, number>>
  /** The page's tree as this reading indexed it: what each node holds, for an update moving containers. */
  index: SnapshotIndex
}

/** Whether a problem from readSyncState says the board asked for (by id, name or node) is not on the page. */
export function isNoSuchBoardProblem(found: Problem): boolean {
  return found.code === 'no-such-board'
}

/**
 * Reads what a sync needs from a snapshot of the page: the board (by section id or name, or a node
 * it holds, else the first drawn by Journeyboard), the journey it shows, the base, and which node stands for what.
 * Pure; changes nothing.
 * @returns the state, or a problem when there is no board drawn by Journeyboard to update.
 */
export function readSyncState(snapshot: BoardSnapshot, board?: string, source?: string): Result<SyncState> {
  // The nodes the reader leaves out for having no place on the page (see placedSnapshot) are left
  // out here too, so the update chooses its board and its hand-made nodes from what the reader read;
  // the reader's own reading below warns of them.
  const index = new SnapshotIndex(placedSnapshot(snapshot, new WarningLog()), new WarningLog())
  const boards = findBoards(index).filter((b): b is BoardCandidate & { section: SnapshotNode } => b.origin === 'generated' && b.section !== null)
  // Among the boards Journeyboard drew, chosen by the reader's one rule for a board asked for.
  const candidate = board === undefined ? boards[0] : wantedBoards(boards)(board)
  if (candidate === undefined) {
    return fail([board === undefined ? problem('board', 'no-board') : problem('board', 'no-such-board', { board })])
  }
  const section = candidate.section
  // What the section stores is parsed once, and the reader is handed it rather than parsing it again.
  const store = decodeBoardStore(section.data)
  const stored = store.journey
  if (!stored.ok) {
    const causes = stored.problems.map(({ causes: _causes, ...cause }) => cause)
    return fail([{ ...problem('board', 'stored-journey-unreadable', { problems: causesText(causes) }), causes }])
  }
  const warnings: ReadWarning[] = []
  const dataBase = store.dataBase
  if (dataBase !== undefined && !dataBase.ok) {
    warnings.push(readWarning(section.id, 'stored-base-unreadable', { problems: dataBase.problems }))
  }

  const sourceBases = store.sourceBases
  const members = candidate.members
  const tagOf = (node: SnapshotNode) => index.tagOf(node)
  // The reader says which node it read each item, link, stage and lane label from; the sync keeps those nodes.
  const bindings: BoardBinding[] = []
  const reading = readBoard(snapshot, { board: section.id, onBind: (binding) => bindings.push(binding), store: { sectionId: section.id, decoded: store } })
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
  const ids: Record<BoardBinding['kind'], Set<string>> = {
    item: new Set(journey.items.map((item) => item.id)),
    link: new Set(journey.links.map((link) => link.id)),
    stage: new Set(journey.stages.map((stage) => stage.id)),
    lane: new Set(journey.lanes.map((lane) => lane.id))
  }
  const TAGGED_AS: Record<BoardBinding['kind'], { role: PlanRole; field: 'itemId' | 'linkId' | 'stageId' | 'laneId' }> = {
    item: { role: 'item', field: 'itemId' },
    link: { role: 'link', field: 'linkId' },
    stage: { role: 'stage', field: 'stageId' },
    lane: { role: 'lane-label', field: 'laneId' }
  }
  const itemOfNode = new Map<string, string>()
  for (const binding of bindings) {
    const node = index.get(binding.nodeId)
    if (node === undefined || !ids[binding.kind].has(binding.id)) continue
    const tag = tagOf(node)?.tag
    const own = TAGGED_AS[binding.kind]
    // A node the plugin drew for something else (a copy of a sticky, a section drawn by hand) is taken in.
    const byHand = tag?.role !== own.role || tag[own.field] !== binding.id || (binding.kind === 'stage' && tag.part !== undefined)
    bind(`${binding.kind}:${binding.id}`, node, byHand)
    if (binding.kind === 'item') itemOfNode.set(node.id, binding.id)
  }

  // Connectors of this board: drawn in it, or with an end on one of its nodes (other boards may share keys).
  const memberIds = new Set([section.id, ...members.map((m) => m.id)])
  const touches = (end: SnapshotNode['start']): boolean => end !== undefined && 'nodeId' in end && memberIds.has(end.nodeId)
  const connectors = index.all().filter((node) => node.type === 'CONNECTOR' && (memberIds.has(node.id) || touches(node.start) || touches(node.end)))
  const endItem = (end: SnapshotNode['start']): string | undefined => (end !== undefined && 'nodeId' in end ? itemOfNode.get(end.nodeId) : undefined)
  const storedLinks = new Set(stored.value.links.map((link) => link.id))
  // A link connector that no longer joins two stickies (one was deleted) is still the plugin's: it
  // is re-attached if the link stays, removed if it goes.
  for (const connector of connectors) {
    const tag = tagOf(connector)?.tag
    if (tag?.role === 'link' && tag.linkId !== undefined && storedLinks.has(tag.linkId)) bind(`link:${tag.linkId}`, connector, false)
  }

  // Everything else the plugin drew, by its key.
  for (const node of [...members, ...connectors]) {
    const decoded = tagOf(node)
    if (decoded === undefined || decoded.tag.role === 'item' || decoded.tag.role === 'link' || (decoded.tag.role === 'stage' && decoded.tag.part === undefined)) continue
    bind(decoded.key, node, false)
  }

  const bound = new Set([...nodeOfKey.values()].map((node) => node.id))
  const stageOfSection = new Map([...nodeOfKey].filter(([key, node]) => key.startsWith('stage:') && node.type === 'SECTION').map(([key, node]) => [node.id, key.slice('stage:'.length)]))
  const handMade = members.filter(
    (node) => !bound.has(node.id) && node.type !== 'CONNECTOR' && node.parentId !== null && (node.parentId === section.id || stageOfSection.has(node.parentId))
  )
  const sectionsByHand = new Set<string>()
  for (const node of handMade) {
    const stageId = node.parentId === null ? undefined : stageOfSection.get(node.parentId)
    // A section inside a group or frame people made moves out with it just the same.
    if (stageId !== undefined && (node.type === 'SECTION' || index.descendantsOf(node).some((inside) => inside.type === 'SECTION'))) sectionsByHand.add(stageId)
  }
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
    base: (source === undefined ? undefined : sourceBases[source]) ?? (dataBase?.ok === true ? dataBase.value : stored.value),
    sourceBases,
    envelope: store.envelope,
    linkRoom: store.linkRoom,
    textHeights: store.textHeights,
    nodeOfKey,
    adopted,
    tagOf: (node) => tagOf(node)?.tag,
    handMade,
    attachedByHand: [...attached],
    sectionsByHand: [...sectionsByHand],
    marked: [...new Set(marked)],
    warnings,
    index
  })
}
