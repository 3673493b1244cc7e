import { STICKY_SIZE } from '../layout'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { nearestSpan, type Span, stickyAnchor } from './board-geometry'
import type { SnapshotIndex } from './snapshot-index'

/** How far outside every column or row a sticky may sit and still count for the nearest one. */
export const PLACEMENT_TOLERANCE = STICKY_SIZE

export interface StageColumn {
  stageId: string
  /** The stage's section; absent for the single column of a board without sections. */
  sectionId?: string
  box: SnapshotBox
}

export interface LaneRow {
  laneId: string
  /** The band the lane's label marks: the whole row on generated boards, the label itself on hand-made ones. */
  box: SnapshotBox
}

export interface CellGuess {
  stageId?: string
  laneId?: string
  /** True when the sticky lies inside its lane's band, not just nearest to it. */
  inBand: boolean
}

/**
 * Finds the cell a sticky sits in: its stage is the column its anchor falls in, else the stage
 * section it is in, else the nearest column within PLACEMENT_TOLERANCE; its lane is the row band its anchor
 * falls in, or the nearest one (any distance inside a stage section, since the sticky is on the
 * board; within `rowTolerance` outside one).
 */
export class CellLocator {
  private readonly columns: Span<string>[]
  private readonly rows: Span<string>[]
  private readonly stageBySection: Map<string, string>

  constructor(
    private readonly index: SnapshotIndex,
    columns: readonly StageColumn[],
    rows: readonly LaneRow[],
    private readonly rowTolerance: number = PLACEMENT_TOLERANCE
  ) {
    this.columns = columns.map((c) => ({ value: c.stageId, start: c.box.x, length: c.box.width }))
    this.rows = rows.map((r) => ({ value: r.laneId, start: r.box.y, length: r.box.height }))
    this.stageBySection = new Map(columns.flatMap((c) => (c.sectionId === undefined ? [] : [[c.sectionId, c.stageId] as const])))
  }

  /** The stage section the node is in (the outermost, when sections are nested), if any. */
  stageSectionOf(node: SnapshotNode): string | undefined {
    const stages = this.index.ancestorsOf(node).filter((a) => this.stageBySection.has(a.id))
    const outermost = stages[stages.length - 1]
    return outermost === undefined ? undefined : this.stageBySection.get(outermost.id)
  }

  locate(node: SnapshotNode): CellGuess {
    const at = stickyAnchor(node)
    const inSection = this.stageSectionOf(node)
    // A sticky moved by position only (a script can leave it a child of its old section while it
    // stands in another stage's column) is read where people see it.
    const standsIn = nearestSpan(this.columns, at.x, 0)
    const stageId = standsIn ?? inSection ?? nearestSpan(this.columns, at.x, PLACEMENT_TOLERANCE)
    const exact = nearestSpan(this.rows, at.y, 0)
    const laneId = exact ?? nearestSpan(this.rows, at.y, inSection !== undefined ? Infinity : this.rowTolerance)
    return { ...(stageId === undefined ? {} : { stageId }), ...(laneId === undefined ? {} : { laneId }), inBand: exact !== undefined }
  }
}
