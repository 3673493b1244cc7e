import { type DecodedTag, decodeBoardTag } from '../plugin-data/board-tags'
import { keepShape } from '../hidden-classes/keep-shape'
import type { Problem } from '../model'
import type { BoardSnapshot, SnapshotNode } from './board-snapshot'
import { IdTable } from './id-table'
import { WarningLog } from './warning-log'

/**
 * Lookups over a snapshot: nodes by id, the tree, and each node's decoded journeyboard tag. A parent
 * that is not part of the snapshot counts as none, so a snapshot of one section reads like a page.
 *
 * One table by id gives each node its place in the list of first occurrences; parents, children,
 * loops and document order are kept in arrays by that place. A table of more than 4,096 entries is
 * one V8 holds as a large object, mapped and faulted in afresh for every reading, so there is one
 * table of places, not one per lookup kind, and it is spread over Maps small enough (IdTable), as
 * is the table of tags decoded so far (a generated board asks for every member's).
 */
export class SnapshotIndex {
  readonly nodes: readonly SnapshotNode[]
  /** Each id's place in `first`. */
  private readonly placeById: IdTable<number>
  /** The first node with each id, in document order. */
  private readonly first: SnapshotNode[] = []
  /** Each first node's position in the snapshot. */
  private readonly order: Int32Array
  /** Each first node's parent's place; -1 for none, or when the parent is not in the snapshot or the node is on a loop. */
  private readonly parentPlace: Int32Array
  private readonly children: (SnapshotNode[] | undefined)[] = []
  /** 1 at the place of each node on a parent loop. */
  private readonly looped: Uint8Array
  /** Each id's decoded tag once asked for. */
  private readonly tags: IdTable<DecodedTag | undefined>
  /** The tags that did not decode, by id, with the log each was last reported to; made for the first such tag. */
  private unreadableTags: Map<string, { problems: Problem[]; reportedTo: WarningLog }> | undefined = undefined
  /** The connectors among the first nodes, in document order; found when first asked for. */
  private connectorList: SnapshotNode[] | undefined = undefined
  /** Where warnings go (see reportTo). */
  private log: WarningLog

  constructor(snapshot: BoardSnapshot, log: WarningLog) {
    this.log = log
    const nodes = snapshot.nodes
    this.nodes = nodes
    this.placeById = new IdTable(nodes.length)
    this.tags = new IdTable(nodes.length)
    this.order = new Int32Array(nodes.length)
    this.parentPlace = new Int32Array(nodes.length)
    // Loops rather than callbacks made per index (see keepShape).
    for (let index = 0; index < nodes.length; index += 1) {
      const node = nodes[index]!
      // A repeated id (a hand-edited file) keeps its first node; the others cannot be told apart.
      if (this.placeById.has(node.id)) {
        log.notRead(node.id, 'duplicate-id', { id: node.id })
        continue
      }
      this.order[this.first.length] = index
      this.placeById.set(node.id, this.first.length)
      this.first.push(node)
    }
    for (let place = 0; place < this.first.length; place += 1) {
      const parentId = this.first[place]!.parentId
      this.parentPlace[place] = parentId === null ? -1 : (this.placeById.get(parentId) ?? -1)
    }
    this.looped = this.placesInLoops()
    for (let place = 0; place < this.first.length; place += 1) {
      if (this.looped[place] === 1) {
        // Only a broken file can say a node is inside itself; read it as if it stood on the page.
        log.add(this.first[place]!.id, 'parent-loop')
        this.parentPlace[place] = -1
      }
    }
    for (let place = 0; place < this.first.length; place += 1) {
      const parent = this.parentPlace[place]!
      if (parent < 0) continue
      const siblings = this.children[parent]
      if (siblings === undefined) this.children[parent] = [this.first[place]!]
      else siblings.push(this.first[place]!)
    }
  }

  /**
   * Sends later warnings to another log: every board of a page is read from one index, each into a
   * log of its own. A tag that did not decode is reported again, once, in the new log the first time
   * it is asked for, as an index of its own would report it.
   */
  reportTo(log: WarningLog): void {
    this.log = log
  }

  get(id: string): SnapshotNode | undefined {
    const place = this.placeById.get(id)
    return place === undefined ? undefined : this.first[place]
  }

  /** The first node with each id, in document order: the index's own list, not a copy (every reading asks for it several times). */
  all(): readonly SnapshotNode[] {
    return this.first
  }

  /** The connectors among `all()`, in its order: found once, for every board read from the index that asks. */
  connectors(): readonly SnapshotNode[] {
    if (this.connectorList === undefined) {
      const found: SnapshotNode[] = []
      for (let place = 0; place < this.first.length; place += 1) if (this.first[place]!.type === 'CONNECTOR') found.push(this.first[place]!)
      this.connectorList = found
    }
    return this.connectorList
  }

  /** The node's place in `all()`, or undefined for an id the snapshot does not hold. */
  placeOf(node: SnapshotNode): number | undefined {
    return this.placeById.get(node.id)
  }

  /** Position in the document order (parents first, back to front). */
  orderOf(node: SnapshotNode): number {
    const place = this.placeById.get(node.id)
    return place === undefined ? Number.MAX_SAFE_INTEGER : this.order[place]!
  }

  parentOf(node: SnapshotNode): SnapshotNode | undefined {
    const place = this.placeById.get(node.id)
    if (place !== undefined && this.first[place] === node) {
      const parent = this.parentPlace[place]!
      return parent < 0 ? undefined : this.first[parent]
    }
    // Another node with a known id (a repeat, a turned copy) or an unknown one: by its own parent's id.
    return node.parentId === null || (place !== undefined && this.looped[place] === 1) ? undefined : this.get(node.parentId)
  }

  childrenOf(node: SnapshotNode): readonly SnapshotNode[] {
    const place = this.placeById.get(node.id)
    return (place === undefined ? undefined : this.children[place]) ?? []
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
   * 1 at the place of each node whose parents lead back to itself (only a broken file says so). Each
   * node's parents are followed once for the whole snapshot, not once per node below them: a walk
   * stops at the first node an earlier walk passed, and a loop is a node this walk passed already.
   */
  private placesInLoops(): Uint8Array {
    const count = this.first.length
    const looped = new Uint8Array(count)
    const walkOf = new Int32Array(count)
    const path: number[] = []
    let walk = 0
    for (let start = 0; start < count; start += 1) {
      if (walkOf[start] !== 0) continue
      walk += 1
      path.length = 0
      let current = start
      while (current >= 0 && walkOf[current] === 0) {
        walkOf[current] = walk
        path.push(current)
        current = this.parentPlace[current]!
      }
      if (current < 0 || walkOf[current] !== walk) continue
      for (let i = path.indexOf(current); i < path.length; i += 1) looped[path[i]!] = 1
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
    if (this.tags.has(node.id)) {
      const tag = this.tags.get(node.id)
      if (tag === undefined && this.unreadableTags !== undefined) this.reportUnreadable(node.id)
      return tag
    }
    let tag: DecodedTag | undefined
    if (Object.keys(node.data).length > 0) {
      const decoded = decodeBoardTag(node.data)
      if (decoded.ok) tag = decoded.value
      else {
        this.unreadableTags ??= new Map()
        this.unreadableTags.set(node.id, { problems: decoded.problems, reportedTo: this.log })
        this.log.add(node.id, 'tag-unreadable', { problems: decoded.problems })
      }
    }
    this.tags.set(node.id, tag)
    return tag
  }

  /** Reports a tag that did not decode to the current log, unless it was the last told of it. */
  private reportUnreadable(id: string): void {
    const unreadable = this.unreadableTags?.get(id)
    if (unreadable === undefined || unreadable.reportedTo === this.log) return
    unreadable.reportedTo = this.log
    this.log.add(id, 'tag-unreadable', { problems: unreadable.problems })
  }
}

// Every reading makes one (see keepShape).
keepShape(new SnapshotIndex({ nodes: [] }, new WarningLog()))
