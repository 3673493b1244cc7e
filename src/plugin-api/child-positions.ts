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
 */
export class ChildPositions {
  /** Per parent id: each child's index as read, and the read indexes of the children that left since. Made the first time a node leaves it. */
  private readonly parents = new Map<string, { indexes: Map<SceneNode, number>; gone: number[] }>()

  constructor(private readonly reading: ReadonlyMap<string, Pick<LiveNode, 'handle' | 'raw'>>) {}

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
      known = { indexes: new Map(children.map((child, index) => [child, index])), gone: [] }
      this.parents.set(parentId!, known)
    }
    const read = known.indexes.get(node)
    if (read === undefined) return undefined
    let index = read
    for (const left of known.gone) if (left < read) index -= 1
    known.gone.push(read)
    return { parent: parent!.handle as BaseNode & ChildrenMixin, index }
  }
}
