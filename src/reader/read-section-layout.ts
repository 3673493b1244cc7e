import { maxOf } from '../model'
import type { Stage } from '../model'
import { unionBoxes } from '../geometry'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { centreOf } from '../geometry/centre-of'
import { horizontalOverlap, linesOf, spanDistance, stickyAnchor } from './board-geometry'
import { CellLocator, type LaneRow, PLACEMENT_TOLERANCE, type StageColumn } from './cell-locator'
import { type AxisPlacement, type HandMadeLayout, labelName, labelText, nearnessConfidence } from './hand-made-layout'
import { IdAllocator, slugId } from './id-allocator'
import { pickStageRow } from './pick-stage-row'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

const LABEL_TYPES = new Set(['TEXT', 'SHAPE_WITH_TEXT', 'STICKY'])
/** Labels are in one column when they share at least this much of the narrower one's width. */
const SAME_COLUMN = 0.5

/**
 * A map whose stages are sections in a row: the sections, left to right, are the stages; the labels
 * left of the first one (texts, shapes or stickies), within the stages' height, are the lane labels;
 * a sticky is in the stage section it is in (or the column it is over) and the row of the label
 * nearest to it. Undefined when the board has no section at its own level.
 * @param onBoardLevel whether a node stands at the board's own level (not inside a stage)
 * @param skip nodes already read as something else (votes, a legend)
 */
export function readSectionLayout(
  index: SnapshotIndex,
  log: WarningLog,
  members: readonly SnapshotNode[],
  onBoardLevel: (node: SnapshotNode) => boolean,
  skip: ReadonlySet<string>
): HandMadeLayout | undefined {
  const row = pickStageRow(index, members.filter((n) => n.type === 'SECTION' && onBoardLevel(n)))
  if (row.stages.length === 0) return undefined
  const used = new Set<string>()
  for (const node of row.outside) {
    used.add(node.id)
    log.notRead(node.id, 'not-in-section-row', { node })
  }
  const stageIds = new IdAllocator()
  const stages: Stage[] = []
  const columns: StageColumn[] = row.stages.map((node, i) => {
    used.add(node.id)
    const name = labelText(node) === '' ? `Stage ${i + 1}` : labelName(node)
    const id = stageIds.allocate(slugId(name, `stage-${i + 1}`))
    stages.push({ id, name, description: '' })
    const holdsStickies = index.descendantsOf(node).some((n) => n.type === 'STICKY')
    if (!holdsStickies) log.add(node.id, 'empty-section', { node })
    return { stageId: id, sectionId: node.id, box: node.box }
  })
  const stageBand = unionBoxes(row.stages.map((s) => s.box)) as SnapshotBox
  const firstColumn = columns[0]?.box ?? stageBand

  const leftOfStages = members
    .filter((n) => LABEL_TYPES.has(n.type) && !skip.has(n.id) && onBoardLevel(n) && labelText(n) !== '')
    .filter((n) => {
      const c = centreOf(n.box)
      return c.x < firstColumn.x && c.y >= stageBand.y && c.y <= stageBand.y + stageBand.height
    })
  // The labels are the column of them with the most, the nearest to the stages of equals: a title or note further out is not one.
  const labelColumns = linesOf(leftOfStages, (a, b) => horizontalOverlap(a.box, b.box) >= SAME_COLUMN)
  const rightEdge = (column: readonly SnapshotNode[]): number => maxOf(column.map((n) => n.box.x + n.box.width))
  const labelNodes = [...([...labelColumns].sort((a, b) => b.length - a.length || rightEdge(b) - rightEdge(a))[0] ?? [])].sort(
    (a, b) => centreOf(a.box).y - centreOf(b.box).y || a.box.x - b.box.x
  )
  for (const node of labelNodes) used.add(node.id)
  const rows: LaneRow[] = labelNodes.map((node, i) => ({ laneId: String(i), box: node.box }))
  const tolerance = rowTolerance(labelNodes.map((n) => n.box))
  const locator = new CellLocator(index, columns, rows, tolerance)

  return {
    kind: 'sections',
    stages,
    laneLabels: labelNodes.map((node) => ({ node, name: labelName(node) })),
    used,
    area: stageBand,
    cellItems: [],
    outside: 'outside-sections',
    stageHolding: (node) => locator.stageSectionOf(node),
    stageOf(node): AxisPlacement<string> | undefined {
      const at = stickyAnchor(node)
      if (at.y < stageBand.y - PLACEMENT_TOLERANCE || at.y > stageBand.y + stageBand.height + PLACEMENT_TOLERANCE) return undefined
      const cell = locator.locate(node)
      if (cell.stageId === undefined) return undefined
      // Over a column but not dropped into its section: FigJam would have parented it, so it was pasted or made by a plugin.
      const inSection = locator.stageSectionOf(node) !== undefined
      return { value: cell.stageId, by: 'section', confidence: inSection ? 1 : 0.8 }
    },
    laneOf(node): AxisPlacement<number> | undefined {
      if (rows.length === 0) return undefined
      const cell = locator.locate(node)
      if (cell.laneId === undefined) return undefined
      const at = stickyAnchor(node).y
      const distances = rows.map((r, i) => ({ i, d: spanDistance(at, r.box.y, r.box.height) })).sort((a, b) => a.d - b.d)
      const nearest = distances[0]?.d ?? 0
      const next = distances[1]
      return {
        value: Number(cell.laneId),
        by: 'nearest-label',
        confidence: cell.inBand ? 1 : nearnessConfidence(nearest, next?.d ?? Infinity),
        ...(next === undefined || String(next.i) === cell.laneId ? {} : { alternative: next.i })
      }
    }
  }
}

/** Outside a stage section, a sticky may sit as far from a label as the labels are apart (at least a sticky's size). */
function rowTolerance(labels: readonly SnapshotBox[]): number {
  const centres = labels.map((b) => centreOf(b).y).sort((a, b) => a - b)
  const gaps = centres.slice(1).map((y, i) => y - (centres[i] ?? y))
  return Math.max(PLACEMENT_TOLERANCE, ...gaps)
}
