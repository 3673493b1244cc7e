import { type DecodedTag, decodeBoardTag } from '../plugin-data/board-tags'
import type { BoardSnapshot, SnapshotNode } from './board-snapshot'
import type { WarningLog } from './warning-log'

/**
 * Lookups over a snapshot: nodes by id, the tree, and each node's decoded journeyboard tag. A parent
 * that is not part of the snapshot counts as none, so a snapshot of one section reads like a page.
 */
export class SnapshotIndex {
  readonly nodes: readonly SnapshotNode[]
  private readonly byId = new Map<string, SnapshotNode>()
  private readonly childrenById = new Map<string, SnapshotNode[]>()
  private readonly order = new Map<string, number>()
  private readonly tags = new Map<string, DecodedTag | undefined>()
  private readonly detached = new Set<string>()

  constructor(
    snapshot: BoardSnapshot,
    private readonly log: WarningLog
  ) {
    this.nodes = snapshot.nodes
    snapshot.nodes.forEach((node, index) => {
      // A repeated id (a hand-edited file) keeps its first node; the others cannot be told apart.
      if (this.byId.has(node.id)) {
        log.notRead(node.id, 'duplicate-id', { id: node.id })
        return
      }
      this.byId.set(node.id, node)
      this.order.set(node.id, index)
    })
    const looped = this.nodesInLoops()
    for (const node of this.byId.values()) {
      if (looped.has(node.id)) {
        // Only a broken file can say a node is inside itself; read it as if it stood on the page.
        log.add(node.id, 'parent-loop')
        this.detached.add(node.id)
      }
    }
    for (const node of this.byId.values()) {
      const parent = this.parentOf(node)
      if (parent === undefined) continue
      const siblings = this.childrenById.get(parent.id)
      if (siblings === undefined) this.childrenById.set(parent.id, [node])
      else siblings.push(node)
    }
  }

  get(id: string): SnapshotNode | undefined {
    return this.byId.get(id)
  }

  all(): SnapshotNode[] {
    return [...this.byId.values()]
  }

  /** Position in the document order (parents first, back to front). */
  orderOf(node: SnapshotNode): number {
    return this.order.get(node.id) ?? Number.MAX_SAFE_INTEGER
  }

  parentOf(node: SnapshotNode): SnapshotNode | undefined {
    return node.parentId === null || this.detached.has(node.id) ? undefined : this.byId.get(node.parentId)
  }

  childrenOf(node: SnapshotNode): readonly SnapshotNode[] {
    return this.childrenById.get(node.id) ?? []
  }

  /** Everything inside the node, parents before children. */
  descendantsOf(node: SnapshotNode): SnapshotNode[] {
    const found: SnapshotNode[] = []
    // A stack, not recursion: a board may nest deeper than a call stack holds. Children go on in
    // reverse so they come off in document order, each before its own descendants.
    const stack = [...this.childrenOf(node)].reverse()
    for (let child = stack.pop(); child !== undefined; child = stack.pop()) {
      found.push(child)
      const children = this.childrenOf(child)
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!)
    }
    return found
  }

  /** The node's ancestors, nearest first. */
  ancestorsOf(node: SnapshotNode): SnapshotNode[] {
    const found: SnapshotNode[] = []
    for (let parent = this.parentOf(node); parent !== undefined; parent = this.parentOf(parent)) found.push(parent)
    return found
  }

  /**
   * The nodes whose parents lead back to themselves (only a broken file says so). Each node's parents
   * are followed once for the whole snapshot, not once per node below them: a walk stops at the
   * first node an earlier walk passed, and a loop is a node this walk passed already.
   */
  private nodesInLoops(): Set<string> {
    const looped = new Set<string>()
    const walkOf = new Map<string, number>()
    const path: SnapshotNode[] = []
    let walk = 0
    for (const start of this.byId.values()) {
      if (walkOf.has(start.id)) continue
      walk += 1
      path.length = 0
      let current: SnapshotNode | undefined = start
      while (current !== undefined && !walkOf.has(current.id)) {
        walkOf.set(current.id, walk)
        path.push(current)
        current = current.parentId === null ? undefined : this.byId.get(current.parentId)
      }
      if (current === undefined || walkOf.get(current.id) !== walk) continue
      for (let i = path.indexOf(current); i < path.length; i += 1) looped.add(path[i]!.id)
    }
    return looped
  }

  isInside(node: SnapshotNode, ancestor: SnapshotNode): boolean {
    return this.ancestorsOf(node).some((a) => a.id === ancestor.id)
  }

  /**
   * The node's journeyboard tag, or undefined when it has none. Entries that do not decode are
   * reported once and the node is read as if made by hand.
   */
  tagOf(node: SnapshotNode): DecodedTag | undefined {
    if (this.tags.has(node.id)) return this.tags.get(node.id)
    let tag: DecodedTag | undefined
    if (Object.keys(node.data).length > 0) {
      const decoded = decodeBoardTag(node.data)
      if (decoded.ok) tag = decoded.value
      else this.log.add(node.id, 'tag-unreadable', { problems: decoded.problems })
    }
    this.tags.set(node.id, tag)
    return tag
  }
}
