import type { PlanRole, PlanTag } from '../layout'
import type { Journey } from '../model'
import type { BoardBinding } from './board-reading'
import type { SnapshotNode } from './board-snapshot'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

export interface GeneratedBoard {
  section: SnapshotNode
  members: readonly SnapshotNode[]
  /** The journey the board was generated from, as stored on its section. */
  stored: Journey
  /** Told which node each item, link, stage and lane label was read from. */
  bind?: (binding: BoardBinding) => void
}

/** What the readers of a generated board's parts share: the board, its index, the warnings, and which nodes were read. */
export class GeneratedBoardContext {
  /** Nodes some part of the reading used; untagged ones not in here get reported. */
  readonly used = new Set<string>()
  /** The members by tag role, sorted once: readers ask per stage and per lane, which was quadratic. */
  private byRole: Map<PlanRole, SnapshotNode[]> | undefined

  constructor(
    readonly index: SnapshotIndex,
    readonly log: WarningLog,
    readonly board: GeneratedBoard
  ) {}

  get stored(): Journey {
    return this.board.stored
  }

  tagOf(node: SnapshotNode): PlanTag | undefined {
    return this.index.tagOf(node)?.tag
  }

  /** The board's nodes tagged with this role, in document order. */
  tagged(role: PlanRole): readonly SnapshotNode[] {
    if (this.byRole === undefined) {
      this.byRole = new Map()
      for (const node of this.board.members) {
        const found = this.tagOf(node)?.role
        if (found === undefined) continue
        const list = this.byRole.get(found)
        if (list === undefined) this.byRole.set(found, [node])
        else list.push(node)
      }
    }
    return this.byRole.get(role) ?? []
  }
}
