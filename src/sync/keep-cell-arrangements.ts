import { boxesOverlap, centreOf, type Point, polylineCrossesBox, unionBoxes } from '../geometry'
import type { BoardGrid, BoardPlan, Box, PlanNode } from '../layout/board-plan'
import { CELL_PADDING, MARKER_OVERHANG, STAGE_PADDING } from '../layout/layout-metrics'
import type { CellLocation } from '../layout/locate-cell'
import type { Journey } from '../model'
import { planBoxes } from '../layout/plan-boxes'
import { cellKey } from '../layout/cell-key'

/** How the board looks now, board-relative (the board section's top-left is 0, 0). */
export interface CurrentLayout {
  /** The box of each item's sticky as drawn now. */
  stickies: Pick<ReadonlyMap<string, Box>, 'get'>
  /** The stage columns (their sections) and lane rows (their labels) as drawn now. */
  grid: BoardGrid
  /** The cell each sticky sits in now, as the board was read. */
  cells: Pick<ReadonlyMap<string, CellLocation>, 'get'>
}

const PIN_ROLES = new Set(['score-badge', 'flag-marker'])

/** An emotion curve's line, straight between two point centres, with its bounds. */
interface CurveLine {
  line: Point[]
  bounds: Box
}
/** A move smaller than this is none: a place read off the board is the difference of two absolute boxes, with floating-point dust. */
const NO_MOVE = 1e-6

/** A plan with people's arrangements put back, and the cells (cellKey) whose stickies now stand elsewhere than the layout packed them. */
export interface KeptArrangements {
  plan: BoardPlan
  kept: Set<string>
}

/**
 * Keeps the way people arranged stickies inside a cell. The layout packs every cell afresh; for a
 * cell whose stickies are all already there (none new, none moved in by the data), each sticky is
 * put back at its place relative to the cell's top-left corner, the cell moving wherever the new
 * layout puts it, and its pins move with it. That is kept only if the whole arrangement still fits:
 * every sticky with its pins inside the cell's padded area, none overlapping another or an emotion
 * point, none crossed by an emotion curve's line. Otherwise the cell keeps the layout's packing. A cell whose stickies stand as the layout
 * packs them is left as it is, and not among `kept`; the plan itself comes back when no cell is kept.
 * Pure.
 * @param only the cells that may keep their arrangement (all when undefined)
 */
export function keepCellArrangements(plan: BoardPlan, journey: Journey, current: CurrentLayout, only?: ReadonlySet<string>): KeptArrangements {
  const boxes = planBoxes(plan)
  const pins = new Map<string, PlanNode[]>()
  const points = new Map<string, Box[]>()
  for (const node of plan.nodes) {
    const itemId = node.tag.itemId
    if (node.kind === 'shape' && itemId !== undefined && PIN_ROLES.has(node.tag.role)) pins.set(itemId, [...(pins.get(itemId) ?? []), node])
    if (node.tag.role === 'emotion-point' && node.parent !== null) points.set(node.parent, [...(points.get(node.parent) ?? []), box(boxes, node.key)])
  }
  // The emotion curves' lines, straight from point centre to point centre (they cross stage columns).
  // Each with its bounds, so a cell asks only the lines that reach it: every stage has its curve lines.
  const curveLines = plan.nodes.flatMap((node) => {
    if (node.kind !== 'connector' || node.tag.role !== 'emotion-line') return []
    const line = [centreOf(box(boxes, node.start)), centreOf(box(boxes, node.end))]
    return [{ line, bounds: union(line.map((point) => ({ ...point, width: 0, height: 0 }))) }]
  })
  // The lines reaching each stage column, gathered once per column (a column's cells all ask the
  // same few), not sought among all the board's lines for every cell.
  const linesByStage = new Map<string, CurveLine[]>()
  const linesReaching = (column: { stageId: string; x: number; width: number }): CurveLine[] => {
    let found = linesByStage.get(column.stageId)
    if (found === undefined) {
      found = curveLines.filter(({ bounds }) => bounds.x <= column.x + column.width && column.x <= bounds.x + bounds.width)
      linesByStage.set(column.stageId, found)
    }
    return found
  }
  const cells = new Map<string, { stageId: string; laneId: string; itemIds: string[] }>()
  for (const item of journey.items) {
    const key = cellKey(item.stageId, item.laneId)
    if (only !== undefined && !only.has(key)) continue
    const cell = cells.get(key)
    if (cell === undefined) cells.set(key, { stageId: item.stageId, laneId: item.laneId, itemIds: [item.id] })
    else cell.itemIds.push(item.id)
  }

  const deltas = new Map<string, { dx: number; dy: number }>()
  const kept = new Set<string>()
  for (const [key, { stageId, laneId, itemIds }] of cells) {
    const moves = arrangement(stageId, laneId, itemIds)
    if (moves === undefined) continue
    for (const [itemId, delta] of moves) {
      if (Math.abs(delta.dx) < NO_MOVE && Math.abs(delta.dy) < NO_MOVE) continue
      kept.add(key)
      deltas.set(`item:${itemId}`, delta)
      for (const pin of pins.get(itemId) ?? []) deltas.set(pin.key, delta)
    }
  }
  if (deltas.size === 0) return { plan, kept }
  return {
    plan: {
      ...plan,
      nodes: plan.nodes.map((node) => {
        const delta = deltas.get(node.key)
        return delta === undefined ? node : { ...node, x: node.x + delta.dx, y: node.y + delta.dy }
      })
    },
    kept
  }

  /** Each sticky's move to its kept place, or undefined when the cell cannot keep its arrangement. */
  function arrangement(stageId: string, laneId: string, itemIds: readonly string[]): Map<string, { dx: number; dy: number }> | undefined {
    const oldColumn = current.grid.columns.find((c) => c.stageId === stageId)
    const oldRow = current.grid.rows.find((r) => r.laneId === laneId)
    const newColumn = plan.grid.columns.find((c) => c.stageId === stageId)
    const newRow = plan.grid.rows.find((r) => r.laneId === laneId)
    if (oldColumn === undefined || oldRow === undefined || newColumn === undefined || newRow === undefined) return undefined
    const area: Box = {
      x: newColumn.x + STAGE_PADDING - MARKER_OVERHANG,
      y: newRow.y + CELL_PADDING - MARKER_OVERHANG,
      width: newColumn.width - 2 * (STAGE_PADDING - MARKER_OVERHANG),
      height: newRow.height - 2 * (CELL_PADDING - MARKER_OVERHANG)
    }
    const moves = new Map<string, { dx: number; dy: number }>()
    const footprints: Box[] = []
    for (const itemId of itemIds) {
      const now = current.stickies.get(itemId)
      const cell = current.cells.get(itemId)
      if (now === undefined || cell?.stageId !== stageId || cell.laneId !== laneId) return undefined
      const planned = box(boxes, `item:${itemId}`)
      // The kept place on a grid of a millionth of a pixel: the place read off the board carries
      // floating-point dust that differs from one update to the next, and dust must not decide a
      // link's route (two routes of equal cost) differently the second time.
      const dx = onGrid(newColumn.x + (now.x - oldColumn.x)) - planned.x
      const dy = onGrid(newRow.y + (now.y - oldRow.y)) - planned.y
      const footprint = union([planned, ...(pins.get(itemId) ?? []).map((pin) => box(boxes, pin.key))].map((b) => ({ ...b, x: b.x + dx, y: b.y + dy })))
      if (!inside(area, footprint) || footprints.some((other) => boxesOverlap(other, footprint))) return undefined
      footprints.push(footprint)
      moves.set(itemId, { dx, dy })
    }
    const obstacles = points.get(`stage:${stageId}`) ?? []
    if (footprints.some((footprint) => obstacles.some((point) => boxesOverlap(point, footprint)))) return undefined
    // A line crosses a footprint's inside only where its bounds reach the area the footprints are inside.
    const near = linesReaching(newColumn).filter(({ bounds }) => reaches(bounds, area))
    if (footprints.some((footprint) => near.some(({ line }) => polylineCrossesBox(line, footprint)))) return undefined
    return moves
  }
}

/** Whether two boxes overlap or touch. */
function reaches(a: Box, b: Box): boolean {
  return a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height
}

function onGrid(value: number): number {
  return Math.round(value / NO_MOVE) * NO_MOVE
}

function box(boxes: ReadonlyMap<string, Box>, key: string): Box {
  const found = boxes.get(key)
  if (found === undefined) throw new Error(`the plan has no node "${key}"`)
  return found
}

/** The bounds of boxes there are (a sticky's footprint, a line's two ends). */
function union(boxes: readonly Box[]): Box {
  return unionBoxes(boxes) as Box
}

function inside(outer: Box, inner: Box): boolean {
  return inner.x >= outer.x && inner.y >= outer.y && inner.x + inner.width <= outer.x + outer.width && inner.y + inner.height <= outer.y + outer.height
}
