import { orderLanes } from '../layout'
import type { Lane } from '../model'
import type { SnapshotNode } from './board-snapshot'
import type { LaneRow } from './cell-locator'
import type { GeneratedBoardContext } from './generated-board-context'

export interface LaneLabels {
  /** In the journey's order, renamed after their labels. */
  lanes: Lane[]
  /** The row band each label marks (labels are as tall as their rows). */
  rows: LaneRow[]
  labels: ReadonlyMap<string, SnapshotNode>
}

/**
 * A generated board's lanes: the stored lanes, named after their labels now. Their order stays the
 * journey's unless the labels were moved out of the order the board draws them in (then it is the
 * labels' order, top to bottom). A lane whose label is gone stays, with its stickies.
 */
export function readLaneLabels(ctx: GeneratedBoardContext): LaneLabels {
  const { stored, log, board } = ctx
  const known = new Set(stored.lanes.map((lane) => lane.id))
  const labels = new Map<string, SnapshotNode>()
  for (const node of ctx.tagged('lane-label')) {
    const laneId = ctx.tagOf(node)?.laneId
    if (laneId === undefined || !known.has(laneId) || labels.has(laneId)) continue
    labels.set(laneId, node)
    ctx.used.add(node.id)
  }
  const renamed = stored.lanes.map((lane) => {
    const label = labels.get(lane.id)
    if (label === undefined) {
      log.add(board.section.id, 'lane-label-gone', { lane: lane.name })
      return lane
    }
    const name = (label.text ?? '').trim()
    if (name === '') log.add(label.id, 'lane-label-empty', { lane: lane.name })
    return name === '' || name === lane.name ? lane : { ...lane, name }
  })
  const drawn = orderLanes(renamed).filter((lane) => labels.has(lane.id))
  const now = [...drawn].sort((a, b) => (labels.get(a.id)?.box.y ?? 0) - (labels.get(b.id)?.box.y ?? 0))
  const moved = now.some((lane, i) => lane.id !== drawn[i]?.id)
  return {
    lanes: moved ? [...now, ...renamed.filter((lane) => !labels.has(lane.id))] : renamed,
    rows: [...labels].map(([laneId, node]) => ({ laneId, box: node.box })),
    labels
  }
}
