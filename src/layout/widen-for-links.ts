import { ASSUMED_LABEL_POSITION, type Box, boxesOverlap, centreOf, ELBOW_STUB, insetBox, type Point, pointAlong, polylineCrossesBox } from '../geometry'
import type { BoardPlan, PlanNode } from './board-plan'
import { cellKey } from './cell-key'
import { keptLineLabel } from './kept-line-label'
import { LINK_CLEARANCE, LINK_ROOM_STEP } from './layout-metrics'
import type { CellRoom } from './pack-cell'
import { planBoxes } from './plan-boxes'
import type { BlockedLink } from './route-links'
import { stickyPairKey } from './sticky-pair-key'

/** Room added to the board's gaps so links and their labels run clear (none on most boards). */
export interface LinkRoom {
  /** Added before each stage column (before the first: between the lane labels and it). */
  columns: number[]
  /** Added before each lane row (before the first: below the stage headings), and below the last. */
  rows: number[]
  /** Added inside cells, between their sticky columns and rows, by cellKey. */
  cells: Map<string, CellRoom>
}

/** No added room: the board as its metrics draw it. */
export function noLinkRoom(stages: number, rows: number): LinkRoom {
  return { columns: new Array<number>(stages).fill(0), rows: new Array<number>(rows + 1).fill(0), cells: new Map() }
}

/** A band of the grid (a row or column of the board, or of stickies in one cell): where it starts and ends along its axis. */
export interface Band {
  start: number
  end: number
}

/** A gap before band `index`: where it starts and how wide it is, along its axis. */
export interface Gap {
  index: number
  start: number
  size: number
}

/** What one link asks of a gap: to grow by `need`, and room for its label `length` long. */
export interface Ask {
  need: number
  length: number
}

/** What the links ask of each gap of one axis, by the index of the band the gap comes before. */
export type Growth = Map<number, Ask[]>

/** A gap growing this round, and the gaps between the two ends of the link it grows for. */
export interface Span {
  gap: number
  from: number
  to: number
}

/** What the links ask inside one cell: between its sticky rows and columns, and to lower its sticky columns. */
interface CellGrowth {
  rows: Growth
  columns: Growth
  drops: Growth
}

/** A cell's stickies as the grid packCell laid them in: their sticky rows and columns, and where each sticky sits. */
export interface CellGrid {
  rows: Band[]
  columns: Band[]
  place: Map<string, Place>
}

/** Where a sticky sits in its cell's grid. */
type Place = { row: number; column: number }

/** A blocked link's two stickies and where they sit in the grid. */
export interface LinkEnds {
  start: PlanNode
  end: PlanNode
  r0: number
  r1: number
  c0: number
  c1: number
  startKey: string
  endKey: string
}

/** Where to set two stickies joined by several links apart (see staggerFor). */
export interface Stagger {
  cell: string
  axis: 'rows' | 'columns' | 'drops'
  index: number
  /** The two stickies are level still: the link waits for the stagger before any gap grows for it. */
  level: boolean
}

/** The label of a line people drew straight or curved, and the plan keys of the stickies it joins. */
interface DrawnLabel {
  start: string
  end: string
  label: Box
}

/** What one round of widening looks at, gathered once from the plan. */
class Widening {
  readonly nodes: Map<string, PlanNode>
  readonly rowOf: Map<string, number>
  readonly columnOf: Map<string, number>
  readonly rows: Band[]
  readonly columns: Band[]
  readonly pairs: Map<string, number>
  readonly growth = { rows: new Map() as Growth, columns: new Map() as Growth, cells: new Map<string, CellGrowth>() }
  readonly spans = { rows: [] as Span[], columns: [] as Span[] }
  private readonly grids = new Map<string, CellGrid>()
  private itemsByCell: Map<string, PlanNode[]> | undefined
  private boxes: Map<string, Box> | undefined
  private drawn: DrawnLabel[] | undefined

  constructor(
    readonly plan: BoardPlan,
    readonly room: LinkRoom,
    readonly fixed: ReadonlySet<string>
  ) {
    this.nodes = new Map(plan.nodes.map((node) => [node.key, node]))
    this.rowOf = new Map(plan.grid.rows.map((row, index) => [row.laneId, index]))
    this.columnOf = new Map(plan.grid.columns.map((column, index) => [column.stageId, index]))
    this.rows = plan.grid.rows.map((row) => ({ start: row.y, end: row.y + row.height }))
    this.columns = plan.grid.columns.map((column) => ({ start: column.x, end: column.x + column.width }))
    this.pairs = linksPerPair(plan)
  }

  cellGrowth(key: string): CellGrowth {
    const found = this.growth.cells.get(key) ?? { rows: new Map(), columns: new Map(), drops: new Map() }
    this.growth.cells.set(key, found)
    return found
  }

  gridOf(key: string): CellGrid {
    this.itemsByCell ??= itemStickiesByCell(this.plan)
    const found = this.grids.get(key) ?? cellGrid(this.itemsByCell.get(key) ?? [])
    this.grids.set(key, found)
    return found
  }

  /** The labels of the lines people drew straight or curved, kept as drawn, with their ends (see keptLineLabel). */
  drawnLabels(): DrawnLabel[] {
    this.drawn ??= this.plan.nodes.flatMap((node) => {
      if (node.kind !== 'connector' || node.tag.role !== 'link' || node.keptLine === undefined) return []
      const [start, end] = [this.boxOf(node.start), this.boxOf(node.end)]
      const label = start === undefined || end === undefined ? undefined : keptLineLabel(start, end, node.text)
      return label === undefined ? [] : [{ start: node.start, end: node.end, label }]
    })
    return this.drawn
  }

  /** Each node's box on the board, as the router saw it (only for the few links that need them). */
  boxOf(key: string): Box | undefined {
    this.boxes ??= planBoxes(this.plan)
    return this.boxes.get(key)
  }
}

/**
 * More room for links the router could not keep clear: for each, a gap between its two ends grows
 * until the label fits in it: the one `room` has grown most already, of those the one nearest its
 * label (or the middle of its line; see gapToWiden).
 *
 * Why one step is enough: a link's label sits halfway along its line, so widening one gap between
 * its ends by W moves the label by W/2 and that gap's middle by W/2 too. The label keeps its offset
 * d from the gap's middle while the gap grows, so a gap G wide holds a label L long (with its
 * clearance) once it is 2|d| + L wide: it grows by the difference. Between two lane rows that gap
 * is a row gap; in one row, a column gap; in one cell, the gap between its rows or columns of
 * stickies. Several links widening one gap add their labels' lengths, so their labels find room
 * side by side. A label reaching above the first row also moves the rows down below the headings.
 *
 * Several links between the same two stickies side by side (or one above the other) have their
 * labels halfway along lines of about the same length, a few places that do not grow apart however
 * wide the gap: the later sticky's cell (or its sticky column, within one cell) is set lower (or
 * further right) by the label's size, so the lines between them take different ways whose
 * labels grow apart with that offset, and once they are apart the gaps between them grow as above.
 *
 * A label on the label of a line people drew straight or curved (a plan connector with keptLine)
 * grows a gap that moves the two apart instead (see askOffDrawnLabel).
 *
 * @param fixed cells (cellKey) whose stickies stay where people put them: nothing grows inside them,
 *   so a link between two stickies of one such cell asks for nothing
 * @returns `room` itself when no link asked for anything
 */
export function widenForLinks(plan: BoardPlan, blocked: readonly BlockedLink[], room: LinkRoom, fixed: ReadonlySet<string> = new Set()): LinkRoom {
  const widening = new Widening(plan, room, fixed)
  for (const link of blocked) askForLink(widening, link)
  const { rows, columns, cells } = widening.growth
  // Nothing asked for: the same room, which tells the caller that widening cannot help these links.
  if (rows.size === 0 && columns.size === 0 && cells.size === 0) return room
  return grownRoom(room, widening.growth)
}

/**
 * The cells people arranged that keep blocked links from being set apart: several links between two
 * stickies whose cells are both kept ask to stagger one of them (see staggerFor), which nothing
 * inside a kept cell can do, so no room anywhere parts their labels. Packing that cell afresh can.
 * Likewise a label on a drawn line's label that no gap of the board parts it from (see
 * askOffDrawnLabel): the cell of the link's end, packed afresh, has gaps that do.
 */
export function cellsKeepingLinksTogether(plan: BoardPlan, blocked: readonly BlockedLink[], fixed: ReadonlySet<string>): Set<string> {
  const widening = new Widening(plan, noLinkRoom(0, 0), fixed)
  const cells = new Set<string>()
  for (const link of blocked) {
    const ends = linkEnds(widening, link)
    if (ends !== undefined && unpartedFromDrawn(widening, ends, link.label)) {
      // Packed by the layout, the cell of its end grows gaps inside that part the two labels.
      const cell = [ends.endKey, ends.startKey].find((key) => fixed.has(key))
      if (cell !== undefined) cells.add(cell)
      continue
    }
    if (ends === undefined || ends.startKey === ends.endKey || (widening.pairs.get(stickyPairKey(ends.start.key, ends.end.key)) ?? 0) < 2) continue
    const stagger = staggerFor(ends, (key) => widening.gridOf(key), fixed)
    if (stagger !== undefined && fixed.has(stagger.cell)) cells.add(stagger.cell)
  }
  return cells
}

/** What one blocked link asks for: a stagger of its stickies, a gap between its ends, room below the headings. */
function askForLink(widening: Widening, link: BlockedLink): void {
  const ends = linkEnds(widening, link)
  if (ends === undefined) return
  const label: Box = link.label ?? { ...pointAlong(link.path, ASSUMED_LABEL_POSITION), width: 0, height: 0 }
  const centre = centreOf(label)
  const { start, end, r0, r1, c0, c1, startKey, endKey } = ends
  // Nothing grows inside a cell people arranged, and no room outside it parts a link within it.
  if (startKey === endKey && widening.fixed.has(startKey)) return
  if ((widening.pairs.get(stickyPairKey(start.key, end.key)) ?? 0) > 1) {
    const stagger = staggerFor(ends, (key) => widening.gridOf(key), widening.fixed)
    if (stagger !== undefined && !widening.fixed.has(stagger.cell)) {
      askToStagger(widening.cellGrowth(stagger.cell), stagger, label)
      if (stagger.level) return
    }
    if (stagger === undefined) askBesideTheColumn(widening, ends, label)
    askOverTheTop(widening, ends, label)
  }
  if (askOffDrawnLabel(widening, ends, link.label)) return
  if (r0 !== r1) {
    askGap(widening.growth.rows, widening.spans.rows, gapToWiden(widening.rows, r0, r1, centre.y, widening.room.rows), [r0, r1], centre.y, label.height)
  } else if (c0 !== c1) {
    askGap(widening.growth.columns, widening.spans.columns, gapToWiden(widening.columns, c0, c1, centre.x, widening.room.columns), [c0, c1], centre.x, label.width)
  } else if (!askInsideCell(widening, ends, centre, label, link.path)) {
    return
  }
  askBelowHeadings(widening, label)
}

/** The link's two stickies and where they sit, or undefined when either is not an item sticky in the grid. */
function linkEnds(widening: Widening, link: Pick<BlockedLink, 'start' | 'end'>): LinkEnds | undefined {
  const start = widening.nodes.get(link.start)
  const end = widening.nodes.get(link.end)
  if (start === undefined || end === undefined) return undefined
  const r0 = widening.rowOf.get(start.tag.laneId ?? '')
  const r1 = widening.rowOf.get(end.tag.laneId ?? '')
  const c0 = widening.columnOf.get(start.tag.stageId ?? '')
  const c1 = widening.columnOf.get(end.tag.stageId ?? '')
  if (r0 === undefined || r1 === undefined || c0 === undefined || c1 === undefined) return undefined
  return { start, end, r0, r1, c0, c1, startKey: cellKey(start.tag.stageId ?? '', start.tag.laneId ?? ''), endKey: cellKey(end.tag.stageId ?? '', end.tag.laneId ?? '') }
}

/** Sets the later of two stickies joined by several links apart by the label's size (at least a step). */
function askToStagger(cell: CellGrowth, stagger: Stagger, label: Box): void {
  const [axis, length] = stagger.axis === 'drops' ? [cell.drops, label.height] : stagger.axis === 'rows' ? [cell.rows, label.height] : [cell.columns, label.width]
  const asked = Math.max(LINK_ROOM_STEP, length + 2 * LINK_CLEARANCE)
  axis.set(stagger.index, [...(axis.get(stagger.index) ?? []), { need: asked, length: asked }])
}

/** Between two stickies of one cell: the gap between their sticky rows, or else their sticky columns; false when either is not in the cell's grid. */
function askInsideCell(widening: Widening, { start, end, startKey }: LinkEnds, centre: { x: number; y: number }, label: Box, path: readonly Point[]): boolean {
  const grid = widening.gridOf(startKey)
  const [a, b] = [grid.place.get(start.key), grid.place.get(end.key)]
  if (a === undefined || b === undefined) return false
  const cell = widening.cellGrowth(startKey)
  const room = widening.room.cells.get(startKey)
  if (a.row !== b.row) askGap(cell.rows, [], gapToWiden(grid.rows, a.row, b.row, centre.y, room?.rows), [a.row, b.row], centre.y, label.height)
  else if (!askPastLoweredColumn(widening, grid, room, cell, a, b, path, [start.key, end.key])) {
    askGap(cell.columns, [], gapToWiden(grid.columns, a.column, b.column, centre.x, room?.columns), [a.column, b.column], centre.x, label.width)
  }
  return true
}

/**
 * A label on the label of a line people drew straight or curved: that label sits halfway between
 * its two stickies' centres (keptLineLabel) as the routed one sits halfway along its line, so the
 * gap nearest them, between the ends of both, moves the two alike however much it grows, and the
 * rounds run out with one label on the other. A gap that moves the ends of one more than the
 * other's moves the labels apart: a gap of the board between the ends of one and not the other,
 * or in a cell of the routed link's ends (not one people arranged) before its sticky there. Of
 * those, the one that parts them with the least growth, along the gap the routed label lies in
 * first (it slides along that gap, clear of the stickies on both sides); false when the label
 * covers no drawn line's label, or no gap parts them (see cellsKeepingLinksTogether).
 */
function askOffDrawnLabel(widening: Widening, ends: LinkEnds, label: Box | undefined): boolean {
  const parting = partingOf(widening, ends, label)
  if (parting === undefined) return false
  const { gap, span, growth } = parting
  if (span !== undefined) {
    // As askGap: a link across this gap, or across another one growing for this link, waits a round.
    if (crossesGrowingSpan(span.spans, span.own)) return true
    span.spans.push(span.own)
  }
  const asks = growth()
  asks.set(gap.index, [...(asks.get(gap.index) ?? []), { need: gap.need, length: 0 }])
  return true
}

/** A gap that parts a routed label from a drawn line's label: which, by how much, and where its growth is asked. */
interface Parting {
  gap: { index: number; need: number }
  growth: () => Growth
  /** For a gap of the board: this link's span and the spans of the gaps growing this round on its axis (see askGap). */
  span?: { own: Span; spans: Span[] }
}

/** The drawn line's label under `label` and the gap that parts them (askOffDrawnLabel); undefined when there is none. */
function partingOf(widening: Widening, ends: LinkEnds, label: Box | undefined): Parting | undefined {
  if (label === undefined) return undefined
  const padded = insetBox(label, -LINK_CLEARANCE)
  const drawn = widening.drawnLabels().find((other) => boxesOverlap(padded, other.label))
  const other = drawn === undefined ? undefined : linkEnds(widening, { start: drawn.start, end: drawn.end })
  if (drawn === undefined || other === undefined) return undefined
  const centre = centreOf(label)
  const inRowGap = !widening.rows.some((band) => centre.y > band.start && centre.y < band.end)
  const along = (axis: 'rows' | 'columns'): Parting | undefined => {
    const [at, size, from, across] = axis === 'rows' ? [label.y, label.height, drawn.label.y, drawn.label.height] : [label.x, label.width, drawn.label.x, drawn.label.width]
    let best: Parting | undefined
    const consider = (rate: number, index: number, growth: () => Growth, span?: Parting['span']): void => {
      if (rate === 0) return
      // Moving forward the routed label clears the far side of the other, moving back its near side.
      const distance = rate > 0 ? from + across + LINK_CLEARANCE - at : at + size + LINK_CLEARANCE - from
      const need = Math.max(LINK_ROOM_STEP, distance / Math.abs(rate))
      if (best === undefined || need < best.gap.need) best = { gap: { index, need }, growth, ...(span === undefined ? {} : { span }) }
    }
    // Gaps of the board: growing the one before band g moves a label halfway between bands a and b by
    // its growth times the share of its two ends at or after g.
    const [bands, link, line] = axis === 'rows' ? [widening.rows, [ends.r0, ends.r1], [other.r0, other.r1]] : [widening.columns, [ends.c0, ends.c1], [other.c0, other.c1]]
    const share = ([a, b]: number[], gap: number): number => ((a! >= gap ? 1 : 0) + (b! >= gap ? 1 : 0)) / 2
    for (let index = 1; index < bands.length; index++) {
      const own = { gap: index, from: Math.min(link[0]! + 1, link[1]! + 1, index), to: Math.max(link[0]!, link[1]!, index) }
      consider(share(link, index) - share(line, index), index, () => widening.growth[axis], { own, spans: widening.spans[axis] })
    }
    // Gaps inside the cells of the routed link's ends: the one before sticky row (or column) k moves
    // the stickies of that cell from k on.
    for (const key of new Set([ends.startKey, ends.endKey])) {
      if (widening.fixed.has(key)) continue
      const grid = widening.gridOf(key)
      const placeOf = (sticky: PlanNode): number | undefined => grid.place.get(sticky.key)?.[axis === 'rows' ? 'row' : 'column']
      const moved = (stickies: PlanNode[], k: number): number => stickies.filter((sticky) => (placeOf(sticky) ?? -1) >= k).length / 2
      for (let k = 0; k < grid[axis].length; k++) consider(moved([ends.start, ends.end], k) - moved([other.start, other.end], k), k, () => widening.cellGrowth(key)[axis])
    }
    return best
  }
  const axes = inRowGap ? (['columns', 'rows'] as const) : (['rows', 'columns'] as const)
  return along(axes[0]) ?? along(axes[1])
}

/** Whether a blocked link's label lies on a drawn line's label that no gap the widening may grow parts it from (see askOffDrawnLabel). */
function unpartedFromDrawn(widening: Widening, ends: LinkEnds, label: Box | undefined): boolean {
  if (label === undefined) return false
  const padded = insetBox(label, -LINK_CLEARANCE)
  return widening.drawnLabels().some((other) => boxesOverlap(padded, other.label)) && partingOf(widening, ends, label) === undefined
}

/**
 * Two stickies of one sticky row with a lowered sticky column between them (a stagger for other
 * links, see staggerFor) whose line runs through a sticky: that column's stickies reach into the
 * gaps above and below the row, so every way between the two runs through one of them, and no
 * column gap's growth takes the line off it. The gap above the row (below it, for the first row)
 * grows until the way along it, ELBOW_STUB off the row, passes the lowered stickies; false when
 * that is not the case.
 */
function askPastLoweredColumn(widening: Widening, grid: CellGrid, room: CellRoom | undefined, cell: CellGrowth, a: Place, b: Place, path: readonly Point[], ends: string[]): boolean {
  const lowered = (room?.drops ?? []).slice(Math.min(a.column, b.column) + 1, Math.max(a.column, b.column)).some((drop) => (drop ?? 0) > 0)
  if (!lowered || grid.rows.length < 2) return false
  const through = [...grid.place.keys()].some((key) => {
    const box = widening.boxOf(key)
    return !ends.includes(key) && box !== undefined && polylineCrossesBox(path, insetBox(box, -LINK_CLEARANCE))
  })
  if (!through) return false
  const index = Math.max(1, a.row)
  const [before, band] = [grid.rows[index - 1] as Band, grid.rows[index] as Band]
  // The bands span the lowered stickies too: the gap between them is what the way has past them.
  const need = ELBOW_STUB + 2 * LINK_CLEARANCE - (band.start - before.end)
  cell.rows.set(index, [...(cell.rows.get(index) ?? []), { need, length: 0 }])
  return true
}

/**
 * Several links between two stickies one above the other in one cell have their labels at three
 * heights between them, and on the left of the stickies only where the gap before their stage
 * holds them (the lane labels, or the stage before, lie there): the gap between the two stickies
 * moves those places together however much it grows, so the gap before the stage grows by the
 * label's width for the ways on the left.
 */
function askBesideTheColumn(widening: Widening, { start, end, c0, startKey, endKey }: LinkEnds, label: Box): void {
  // One cell is one stage and one lane: no row or column to compare besides.
  if (startKey !== endKey) return
  // Only once the gap between them has grown and left the link blocked: most such links find room there.
  const { place } = widening.gridOf(startKey)
  const [a, b] = [place.get(start.key), place.get(end.key)]
  const grown = widening.room.cells.get(startKey)?.rows ?? []
  if (a === undefined || b === undefined || !grown.slice(Math.min(a.row, b.row) + 1, Math.max(a.row, b.row) + 1).some((room) => (room ?? 0) > 0)) return
  const need = label.width + 2 * LINK_CLEARANCE
  widening.growth.columns.set(c0, [...(widening.growth.columns.get(c0) ?? []), { need, length: 0 }])
}

/**
 * Several links between two stickies of the first row need the ways over their tops too, whose
 * labels sit at the height of the stage headings until the rows move down by a label's height.
 */
function askOverTheTop(widening: Widening, { r0, r1 }: LinkEnds, label: Box): void {
  if (Math.min(r0, r1) !== 0) return
  const need = label.height + 2 * LINK_CLEARANCE
  widening.growth.rows.set(0, [...(widening.growth.rows.get(0) ?? []), { need, length: 0 }])
}

/** A label reaching above the first row moves the rows down, below the stage headings. */
function askBelowHeadings(widening: Widening, label: Box): void {
  const firstRow = widening.plan.grid.rows[0]
  if (firstRow === undefined || label.y - LINK_CLEARANCE >= firstRow.y) return
  widening.growth.rows.set(0, [...(widening.growth.rows.get(0) ?? []), { need: firstRow.y - label.y + 2 * LINK_CLEARANCE, length: 0 }])
}

/**
 * Whether a link spanning `span` must wait a round: another gap growing this round lies within its
 * span, or its gap lies within the span of a link that grows another gap (growing both would move
 * its label twice).
 */
function crossesGrowingSpan(spans: readonly Span[], span: Span): boolean {
  const within = (index: number, other: Span): boolean => index >= other.from && index <= other.to
  return spans.some((other) => other.gap !== span.gap && (within(other.gap, span) || within(span.gap, other)))
}

/**
 * Asks `gap` to grow enough to hold a label `length` long centred at `at`, unless another gap
 * growing this round lies between this link's ends (it would move this label by half its growth)
 * or this gap lies between the ends of a link another gap grows for: such a link waits for the
 * next round, when the board is laid out with the growth so far.
 */
export function askGap(growth: Growth, spans: Span[], gap: Gap | undefined, [a, b]: [number, number], at: number, length: number): void {
  if (gap === undefined) return
  const span = { gap: gap.index, from: Math.min(a, b) + 1, to: Math.max(a, b) }
  if (crossesGrowingSpan(spans, span)) return
  spans.push(span)
  // Why twice the offset: growing the gap by W moves its far side by W but the label (halfway along
  // the line) by W/2, as much as the gap's middle, so the label keeps its offset from that middle and
  // the gap holds it once half of it spans the offset and half the label. Nothing less would do: a
  // gap that is not the one nearest the label (gapToWiden prefers the gap grown before) never comes
  // nearer to it, and growing less leaves the label over the bands between, on their text.
  const offset = Math.abs(at - (gap.start + gap.size / 2))
  const need = 2 * offset + length + 2 * LINK_CLEARANCE - gap.size
  growth.set(gap.index, [...(growth.get(gap.index) ?? []), { need, length: Math.max(LINK_ROOM_STEP, length + 2 * LINK_CLEARANCE) }])
}

/**
 * The gap between bands `a` and `b` (either order) to grow for a label at `at`: the one the room has
 * grown most already (`room`, by gap index), and of those the one whose middle is nearest `at`.
 *
 * Why not simply the nearest: growing a gap moves the label of every link between whose ends it
 * lies by half the growth, and keeps only the labels of those that grow the same gap at their
 * offset from its middle. Two links across the same gaps whose labels are nearest different gaps
 * undo each other's room, round after round (one label pushed off its gap for every step the other's
 * gap grows) and the rounds never end. Growing the gap grown before, every such link joins the labels
 * that already ride it, so the room only ever grows where it holds them all.
 */
export function gapToWiden(bands: readonly Band[], a: number, b: number, at: number, room: readonly number[] = []): Gap | undefined {
  let best: Gap | undefined
  let bestRoom = 0
  for (let index = Math.min(a, b) + 1; index <= Math.max(a, b); index++) {
    const before = bands[index - 1]
    const band = bands[index]
    if (before === undefined || band === undefined) continue
    const gap = { index, start: before.end, size: band.start - before.end }
    const grown = room[index] ?? 0
    const nearer = best !== undefined && Math.abs(gap.start + gap.size / 2 - at) < Math.abs(best.start + best.size / 2 - at)
    if (best === undefined || grown > bestRoom || (grown === bestRoom && nearer)) [best, bestRoom] = [gap, grown]
  }
  return best
}

/** The room with this round's growth added: the board's column and row gaps, and inside each cell. */
function grownRoom(room: LinkRoom, growth: Widening['growth']): LinkRoom {
  const cells = new Map(room.cells)
  for (const [key, cell] of growth.cells) {
    const before = cells.get(key) ?? { columns: [], rows: [], drops: [] }
    cells.set(key, { columns: addedRoom(before.columns, cell.columns), rows: addedRoom(before.rows, cell.rows), drops: addedRoom(before.drops, cell.drops) })
  }
  return { columns: addedRoom(room.columns, growth.columns), rows: addedRoom(room.rows, growth.rows), cells }
}

/**
 * Room plus what grew: a gap grows by the most one link needs, or by its labels side by side when
 * several links ask for it (their labels must all fit there), and by at least a step.
 */
export function addedRoom(room: readonly number[], growth: Growth): number[] {
  const next = [...room]
  for (const [index, asks] of growth) {
    const most = Math.max(...asks.map((entry) => entry.need))
    const sideBySide = asks.length > 1 ? asks.reduce((total, entry) => total + entry.length, 0) : 0
    next[index] = (next[index] ?? 0) + Math.max(most, sideBySide, LINK_ROOM_STEP)
  }
  return next
}

/** Each cell's item stickies, in plan order: grouped in one pass, not filtered again for every cell. */
function itemStickiesByCell(plan: BoardPlan): Map<string, PlanNode[]> {
  const byCell = new Map<string, PlanNode[]>()
  for (const node of plan.nodes) {
    if (node.kind !== 'sticky' || node.tag.role !== 'item') continue
    const key = cellKey(node.tag.stageId ?? '', node.tag.laneId ?? '')
    const list = byCell.get(key)
    if (list === undefined) byCell.set(key, [node])
    else list.push(node)
  }
  return byCell
}

/** A cell's sticky rows and columns, from its item stickies in the order packCell laid them out, row by row. */
export function cellGrid(stickies: readonly PlanNode[]): CellGrid {
  // Sticky columns share their left edge (a lowered column keeps it).
  const perRow = Math.max(1, new Set(stickies.map((node) => node.x)).size)
  const at = (index: number) => ({ row: Math.floor(index / perRow), column: index % perRow })
  // Each band grows over its members in one pass over the stickies (an empty band spans nothing).
  const rows: Band[] = Array.from({ length: Math.ceil(stickies.length / perRow) }, () => ({ start: Infinity, end: -Infinity }))
  const columns: Band[] = Array.from({ length: perRow }, () => ({ start: Infinity, end: -Infinity }))
  const grow = (band: Band, start: number, size: number): void => {
    band.start = Math.min(band.start, start)
    band.end = Math.max(band.end, start + size)
  }
  stickies.forEach((node, index) => {
    const { row, column } = at(index)
    grow(rows[row]!, node.y, node.height)
    grow(columns[column]!, node.x, node.width)
  })
  return { rows, columns, place: new Map(stickies.map((node, index) => [node.key, at(index)])) }
}

/** Links between the same two stickies, either way round, by stickyPairKey. */
function linksPerPair(plan: BoardPlan): Map<string, number> {
  const counts = new Map<string, number>()
  for (const node of plan.nodes) {
    if (node.kind !== 'connector' || node.tag.role !== 'link') continue
    const key = stickyPairKey(node.start, node.end)
    counts.set(key, (counts.get(key) ?? 0) + 1)
  }
  return counts
}

/**
 * Where to set two stickies joined by several links apart: the cell of the later one (lower row,
 * later column) moves down or right, or within one cell the later sticky column moves down; `level`
 * while they are not apart yet. Undefined where they sit one above the other in one cell, or in
 * different rows and columns (apart already).
 * @param fixed cells whose stickies stay where people put them: when the later one's is such a
 *   cell, the earlier one's moves instead (either sets the two apart)
 */
export function staggerFor(ends: LinkEnds, gridOf: (key: string) => CellGrid, fixed: ReadonlySet<string> = new Set()): Stagger | undefined {
  const { start, end, r0, r1, c0, c1, startKey, endKey } = ends
  const movable = (later: string, earlier: string): string => (fixed.has(later) && !fixed.has(earlier) ? earlier : later)
  if (startKey === endKey) {
    const grid = gridOf(startKey)
    const a = grid.place.get(start.key)
    const b = grid.place.get(end.key)
    if (a === undefined || b === undefined || a.row !== b.row) return undefined
    return { cell: startKey, axis: 'drops', index: Math.max(a.column, b.column), level: start.y === end.y }
  }
  if (r0 === r1) return { cell: c0 > c1 ? movable(startKey, endKey) : movable(endKey, startKey), axis: 'rows', index: 0, level: start.y === end.y }
  if (c0 !== c1) return undefined
  return { cell: r0 > r1 ? movable(startKey, endKey) : movable(endKey, startKey), axis: 'columns', index: 0, level: start.x === end.x }
}
