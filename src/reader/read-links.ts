import { LINK_STROKES } from '../layout'
import type { Link, LinkKind } from '../model'
import type { BoardBinding } from './board-reading'
import type { SnapshotEndpoint, SnapshotNode } from './board-snapshot'
import { IdAllocator, nodeIdPart } from './id-allocator'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'
import type { ReadWarningCode, WarningNode } from './board-reading'
import { warningNode } from './describe-node'

export interface LinkSources {
  index: SnapshotIndex
  log: WarningLog
  /** The board's nodes; connectors among them, or with an end on one of them, are read. */
  members: readonly SnapshotNode[]
  /** Which item each item sticky stands for. */
  itemOfNode: ReadonlyMap<string, string>
  /** Told which connector each link was read from. */
  bind?: (binding: BoardBinding) => void
  /** The links a generated board was drawn from; empty for a hand-made board. */
  stored: readonly Link[]
}

const KIND_BY_STROKE = new Map<string, LinkKind>(
  (Object.entries(LINK_STROKES) as [LinkKind, string][]).map(([kind, stroke]) => [stroke, kind])
)

/** Caps that point: a connector whose only arrow is at its start is read from its end. */
const NO_ARROW = new Set(['NONE', 'CIRCLE_FILLED', 'DIAMOND_FILLED'])

/**
 * The links the board's connectors draw now. A generated link keeps its id, kind and label (a
 * relabelled line changes the label) and follows its connector's ends, wherever they were dragged;
 * a connector drawn by hand between two stickies is a new link, its kind read from the line colour
 * the board uses for that kind (else an interaction). A link whose connector is gone is gone.
 * Connectors that do not join two item stickies are reported; emotion-curve lines are the board's own.
 */
export function readLinks(sources: LinkSources): Link[] {
  const { index, log, members, itemOfNode } = sources
  const memberIds = new Set(members.map((m) => m.id))
  const touches = (end: SnapshotEndpoint | undefined): boolean => end !== undefined && 'nodeId' in end && memberIds.has(end.nodeId)
  // The page's connectors, found once for every board read from the index: a page of 5,000 separate stickies holds 5,000 boards.
  const connectors = index.connectors().filter((node) => memberIds.has(node.id) || touches(node.start) || touches(node.end))

  const stored = new Map(sources.stored.map((link) => [link.id, link]))
  const kept = new Map<string, Link>()
  const added: Link[] = []
  const ids = new IdAllocator(sources.stored.map((link) => link.id))
  const itemAt = (end: SnapshotEndpoint | undefined): string | undefined =>
    end !== undefined && 'nodeId' in end ? itemOfNode.get(end.nodeId) : undefined

  for (const connector of connectors) {
    const tag = index.tagOf(connector)?.tag
    if (tag !== undefined && tag.role !== 'link') continue
    const previous = tag?.linkId === undefined || kept.has(tag.linkId) ? undefined : stored.get(tag.linkId)
    let from = itemAt(connector.start)
    let to = itemAt(connector.end)
    const label = (connector.text ?? '').trim()

    if (from === undefined || to === undefined || from === to) {
      const node: WarningNode = previous === undefined ? warningNode(connector) : { kind: 'link-connector', text: previous.id }
      log.notRead(connector.id, whyNotALink(connector, from, to), { node })
      continue
    }
    if (previous !== undefined) {
      const relabelled = label !== previous.label.trim()
      kept.set(previous.id, { ...previous, from, to, ...(relabelled ? { label } : {}) })
      sources.bind?.({ kind: 'link', id: previous.id, nodeId: connector.id })
      continue
    }
    if (NO_ARROW.has(connector.endCap ?? 'NONE') && !NO_ARROW.has(connector.startCap ?? 'NONE')) [from, to] = [to, from]
    const kind = (connector.stroke === undefined ? undefined : KIND_BY_STROKE.get(connector.stroke)) ?? 'interaction'
    const id = ids.allocate(`link-${nodeIdPart(connector.id)}`)
    added.push({ id, from, to, kind, label })
    sources.bind?.({ kind: 'link', id, nodeId: connector.id })
  }
  const survivors = sources.stored.flatMap((link) => {
    const now = kept.get(link.id)
    return now === undefined ? [] : [now]
  })
  return [...survivors, ...added]
}

function whyNotALink(connector: SnapshotNode, from: string | undefined, to: string | undefined): ReadWarningCode {
  const free = [connector.start, connector.end].some((end) => end === undefined || !('nodeId' in end))
  if (free) return 'link-free-end'
  if (from !== undefined && from === to) return 'link-same-sticky'
  return 'link-not-joining'
}
