import type { LiveNode } from './live-board'

/** Where a node sat before a move: the parent it left and its index among that parent's children then. */
export interface Departure {
  parent: BaseNode & ChildrenMixin
  index: number
}

/**
 * Where each node the apply moves out of a section (group, frame) sits in it, from the children the
 * one reading of the board read, so that undoing the move can put it back at its index without
 * asking FigJam for its parent and that parent's children again. Moves out of the same parent are
 * counted: a node further down the list sits one place higher for each node before it that left.
 * Nodes the apply adds to a parent go to the end and move no one. A node whose parent the reading
 * did not read (one on the page) has no departure here; the caller asks FigJam then.
 *
 * The nodes that left are counted in a Fenwick tree over the read indexes, so a departure costs
 * log(children) rather than one step per node that left before it: an update moving hundreds of
 * stickies out of one stage section would otherwise cost their number squared.
 */
export class ChildPositions {
  /** Per parent id: each child's index as read, and how many children left from each read index. Made the first time a node leaves it. */
  private readonly parents = new Map<string, { indexes: Map<SceneNode, number>; gone: LeftCounts }>()

  constructor(private readonly reading: Pick<ReadonlyMap<string, Pick<LiveNode, 'handle' | 'raw'>>, 'get'>) {}

  /**
   * Records that `node` leaves the parent the reading found it in.
   * @returns that parent and the node's index there now, or undefined when the reading did not read that parent's children
   */
  leave(node: SceneNode, parentId: string | null): Departure | undefined {
    const parent = parentId === null ? undefined : this.reading.get(parentId)
    const children = parent?.raw.children
    if (children === undefined) return undefined
    let known = this.parents.get(parentId!)
    if (known === undefined) {
      known = { indexes: new Map(children.map((child, index) => [child, index])), gone: new LeftCounts(children.length) }
      this.parents.set(parentId!, known)
    }
    const read = known.indexes.get(node)
    if (read === undefined) return undefined
    const index = read - known.gone.before(read)
    known.gone.add(read)
    return { parent: parent!.handle as BaseNode & ChildrenMixin, index }
  }
}

/** How many children left from each read index, as a Fenwick tree: both counting and asking take log(children) steps. */
class LeftCounts {
  private readonly tree: Int32Array

  constructor(size: number) {
    this.tree = new Int32Array(size + 1)
  }

  /** One more child left from read index `index`. */
  add(index: number): void {
    for (let i = index + 1; i < this.tree.length; i += i & -i) this.tree[i]! += 1
  }

  /** How many children left from read indexes below `index`. */
  before(index: number): number {
    let count = 0
    for (let i = index; i > 0; i -= i & -i) count += this.tree[i]!
    return count
  }
}
