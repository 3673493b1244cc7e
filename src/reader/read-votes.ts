import type { Votes } from '../model'
import type { SnapshotNode } from './board-snapshot'
import { centreOf } from '../geometry/centre-of'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

/** Text that is nothing but emoji (and the joiners and modifiers they are built with). */
const EMOJI_ONLY = /^(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|[\u200d\ufe0f\u20e3#*0-9\s])+$/u
const HAS_PICTOGRAPH = /\p{Extended_Pictographic}|\p{Regional_Indicator}/u

export interface VoteReading {
  /** Votes by the id of the sticky they are on. */
  bySticky: Map<string, Votes>
  /** Every stamp and emoji read as a vote, or reported. */
  used: Set<string>
}

/** Whether a node is a dot vote: a FigJam stamp, or a text of emoji only (an emoji dropped on a sticky). */
export function isVoteNode(node: SnapshotNode): boolean {
  if (node.type === 'STAMP') return true
  const text = node.text ?? ''
  return node.type === 'TEXT' && HAS_PICTOGRAPH.test(text) && EMOJI_ONLY.test(text)
}

/**
 * Dot votes: each stamp or emoji whose centre is over a sticky is a vote on it (on the front-most
 * sticky when they overlap), counted per kind: the stamp's name ("thumbs-up", "heart") or the emoji.
 * A stamp over no sticky is reported, not counted.
 *
 * Emoji reactions are not read: no API exposes them on a node. The Plugin API's `reactions`
 * (ReactionMixin) are prototype interactions, not emoji [T], and the REST API has emoji reactions
 * only on comments (`Comment.reactions`, from GET /v1/files/:key/comments, @figma/rest-api-spec),
 * not on a file's nodes. Only what sits on the board, stamps and emoji placed over a sticky, counts.
 */
export function readVotes(index: SnapshotIndex, log: WarningLog, members: readonly SnapshotNode[]): VoteReading {
  const stickies = members.filter((n) => n.type === 'STICKY')
  const counts = new Map<string, Map<string, number>>()
  const used = new Set<string>()
  for (const node of members) {
    if (!isVoteNode(node)) continue
    used.add(node.id)
    const at = centreOf(node.box)
    const under = stickies
      .filter((s) => at.x >= s.box.x && at.x <= s.box.x + s.box.width && at.y >= s.box.y && at.y <= s.box.y + s.box.height)
      .sort((a, b) => index.orderOf(b) - index.orderOf(a))[0]
    if (under === undefined) {
      log.notRead(node.id, 'vote-not-on-sticky', { node })
      continue
    }
    const kinds = counts.get(under.id) ?? new Map<string, number>()
    const kind = voteKind(node)
    kinds.set(kind, (kinds.get(kind) ?? 0) + 1)
    counts.set(under.id, kinds)
  }
  const bySticky = new Map<string, Votes>()
  for (const [stickyId, kinds] of counts) {
    const list = [...kinds].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || a.kind.localeCompare(b.kind))
    bySticky.set(stickyId, { count: list.reduce((sum, k) => sum + k.count, 0), kinds: list })
  }
  return { bySticky, used }
}

/** A stamp's kind from its name ("Thumbs up" → "thumbs-up"); an emoji is its own kind. */
function voteKind(node: SnapshotNode): string {
  if (node.type !== 'STAMP') return (node.text ?? '').replace(/\s+/g, '')
  const name = node.name.trim().toLowerCase().replace(/\s+/g, '-')
  return name === '' ? 'stamp' : name.slice(0, 100)
}
