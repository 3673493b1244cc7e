import type { BoardSnapshot, SnapshotEndpoint, SnapshotNode } from './board-snapshot'
import type { WarningLog } from './warning-log'

/** A number that places a node, by where it is in the node, and what it was. */
interface UnplacedNumber {
  field: string
  value: number
}

/**
 * The snapshot without the nodes it cannot place: a box, or a connector's free end, with a number
 * that is not finite (Infinity or NaN, which only a broken or hand-edited file or a misbehaving
 * host gives), or a box of negative size. Every measure the reader takes from such a node would be NaN too (a score, how
 * sure a placement is), and a journey holding NaN is no journey; so each such node is left out and
 * named in a warning with the number, as the reader names everything else it does not read. The
 * snapshot itself when every node has a place, as it almost always does: nothing is copied.
 */
export function placedSnapshot(snapshot: BoardSnapshot, log: WarningLog): BoardSnapshot {
  const nodes = snapshot.nodes
  let placed: SnapshotNode[] | undefined
  // Indexed: a page of 5,000 stickies would make an iterator result per node where the loop is not optimised.
  for (let i = 0; i < nodes.length; i += 1) {
    const node = nodes[i]!
    const unplaced = unplacedNumber(node)
    if (unplaced === undefined) {
      placed?.push(node)
      continue
    }
    placed ??= nodes.slice(0, i)
    log.notRead(node.id, 'unplaceable-box', { node, field: unplaced.field, value: String(unplaced.value) })
  }
  return placed === undefined ? snapshot : { nodes: placed }
}

/** The first number placing the node that is not finite: its box's, then its connector ends'. */
function unplacedNumber(node: SnapshotNode): UnplacedNumber | undefined {
  const { x, y, width, height } = node.box
  if (!Number.isFinite(x)) return { field: 'box.x', value: x }
  if (!Number.isFinite(y)) return { field: 'box.y', value: y }
  // A size below nothing too: both readings of a board make a negative one nothing, so only a snapshot made otherwise holds one.
  if (!Number.isFinite(width) || width < 0) return { field: 'box.width', value: width }
  if (!Number.isFinite(height) || height < 0) return { field: 'box.height', value: height }
  return unplacedEnd(node.start, 'start') ?? unplacedEnd(node.end, 'end')
}

function unplacedEnd(end: SnapshotEndpoint | undefined, which: string): UnplacedNumber | undefined {
  if (end === undefined || !('position' in end)) return undefined
  if (!Number.isFinite(end.position.x)) return { field: `${which}.position.x`, value: end.position.x }
  if (!Number.isFinite(end.position.y)) return { field: `${which}.position.y`, value: end.position.y }
  return undefined
}
