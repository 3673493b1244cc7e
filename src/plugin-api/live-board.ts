import type { BoardSnapshot, SnapshotNode } from '../reader/board-snapshot'

/**
 * One node as a single read of the board left it: the plain snapshot the reader works from, the
 * handle to write through, and the raw values read (paints, connector ends) so an update can compare
 * with them and undo to them without asking FigJam again.
 */
export interface LiveNode {
  handle: SceneNode
  snap: SnapshotNode
  /** Exactly what was read, where the snapshot keeps less (the first solid colour of a paint list). */
  raw: {
    fills?: readonly Paint[] | symbol
    strokes?: readonly Paint[]
    connectorStart?: ConnectorEndpoint
    connectorEnd?: ConnectorEndpoint
    /** A sticky's, shape's or connector's text sublayer, which the words were read through: a writer need not ask for it again. */
    text?: TextSublayerNode
    /** A section's, group's or frame's children in their order, as read: where each one sits, for undoing a move out of it. */
    children?: readonly SceneNode[]
    /** A table's cells, row by row: the text sublayer of each and the words read through it. */
    cells?: readonly { text: TextSublayerNode; characters: string }[]
  }
}

/** A board (or page, or selection) read once: the snapshot for the reader and the live nodes for a writer, by id. */
export interface LiveBoard {
  snapshot: BoardSnapshot
  nodes: LiveNodesById
}

/** Live nodes by id, only ever looked up (a Map will do; a reading gives an IdTable, which keeps its Maps small). */
export type LiveNodesById = Pick<ReadonlyMap<string, LiveNode>, 'get' | 'has'>
