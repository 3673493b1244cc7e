import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { verticalOverlap } from './board-geometry'
import type { SnapshotIndex } from './snapshot-index'

/** How much of its height a section must share with the row of stages to be one of them. */
const STAGE_ROW_OVERLAP = 0.5

export interface StageRow {
  /** Left to right. */
  stages: SnapshotNode[]
  /** Sections above or below the row (a parking lot, a legend): not stages. */
  outside: SnapshotNode[]
}

/**
 * The sections that form the row of stage columns: those that share at least half their height with
 * the reference, which is `reference` when given (a generated board's own stages), else the section
 * holding the most stickies (then the tallest). Stages drawn a little higher or lower still count.
 */
export function pickStageRow(index: SnapshotIndex, sections: readonly SnapshotNode[], reference?: SnapshotBox): StageRow {
  const stickies = (section: SnapshotNode): number => index.descendantsOf(section).filter((n) => n.type === 'STICKY').length
  const ref =
    reference ??
    [...sections].sort((a, b) => stickies(b) - stickies(a) || b.box.height - a.box.height || a.box.x - b.box.x)[0]?.box
  if (ref === undefined) return { stages: [], outside: [] }
  const stages = sections.filter((s) => verticalOverlap(s.box, ref) >= STAGE_ROW_OVERLAP)
  const outside = sections.filter((s) => !stages.includes(s))
  return { stages: stages.sort((a, b) => a.box.x - b.box.x || a.box.y - b.box.y), outside }
}
