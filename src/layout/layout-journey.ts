import { fillText } from '../i18n'
import { type BlueprintLine, DEFAULT_EVIDENCE_LEVELS, type EvidenceLevel, followedPersona, type Item, type Journey, type Lane, type Link, type Persona, type Stage } from '../model'
import { type BoardLabels, boardLabels } from './board-labels'
import type { BoardPlan } from './board-plan'
import {
  BOARD_FILL,
  type EmotionSign,
  emotionSign,
  LINK_STROKES,
  MARK_COLORS,
  type MarkerKind,
  PHASE_BAND_COLORS,
  PHASE_SECTION_FILLS,
  UNPHASED_SECTION_FILL
} from './board-styles'
import { curveRuns, emotionCurves } from './emotion-curves'
import { STICKY_SHAPE_PRESETS } from '../palette/figjam-palette'
import { itemMarkers } from './item-markers'
import { indexesById } from './indexes-by-id'
import { laneStickyColor } from './item-sticky-color'
import {
  BAND_GAP,
  BLOCK_GAP,
  BOARD_PADDING,
  BODY_FONT,
  CELL_HINT_FONT_SIZE,
  CELL_MAX_COLUMNS,
  CELL_PADDING,
  EMOTION_BAND_HEIGHT,
  EMOTION_LINE_WEIGHT,
  HEADING_FONT,
  LANE_LABEL_FONT_SIZE,
  LANE_LABEL_GAP,
  LANE_LABEL_PADDING,
  LANE_LABEL_WIDTH,
  LAYOUT_VERSION,
  LINK_STROKE_WEIGHT,
  MAX_LINK_ROOM_ROUNDS,
  MIN_CONTENT_WIDTH,
  PERSONA_CARD_WIDTH,
  PHASE_BAND_HEIGHT,
  PHASE_FONT_SIZE,
  PHASE_TO_STAGE_GAP,
  ROW_GAP,
  STAGE_BOTTOM_PADDING,
  STAGE_DESCRIPTION_FONT_SIZE,
  STAGE_GAP,
  STAGE_HEADING_FONT_SIZE,
  STAGE_HEADING_GAP,
  STAGE_PADDING,
  STAGE_TITLE_CLEARANCE,
  STICKY_SIZE
} from './layout-metrics'
import { legendEntries } from './legend-entries'
import { measureCell, type MeasuredCell } from './measure-cell'
import type { NodeBoxes } from './node-boxes'
import { orderLanes } from './order-lanes'
import { type PhaseRun, phaseRuns } from './phase-runs'
import { blueprintSlotHeight, type IndexedLine, placeBlueprintLines } from './place-blueprint-lines'
import { placeCellItems } from './place-cell-items'
import { placeEmotionPoints } from './place-emotion-points'
import { placeHeader } from './place-header'
import { placeLegend } from './place-legend'
import { placePersonaCard } from './place-persona-card'
import { BOARD_KEY, PlanBuilder, planTag } from './plan-builder'
import { cellKey } from './cell-key'
import { type BlockedLink, planLinkRoutes } from './route-links'
import { type LinkRoom, noLinkRoom, widenForLinks } from './widen-for-links'
import { estimatedTextMeasure, measureShapeText, measureTextNode, type TextMeasure } from './text-measure'

export interface LayoutOptions {
  /** The board's own words; by default those of the journey's locale. */
  labels?: BoardLabels
  /** At most this many stickies side by side in one cell (default CELL_MAX_COLUMNS). */
  cellColumns?: number
  /**
   * Where text heights come from: by default an estimate; the writer passes the heights FigJam
   * reported for the same texts (board/layout-from-real-sizes.ts).
   */
  measure?: TextMeasure
}

/**
 * Lays a journey out as a FigJam board: one board section holding a header, the persona card, a
 * legend, phase bands, one section per stage (the columns, each headed by its name), a label per lane (the rows), the items
 * as stickies in their cells with their markers, the emotion curves, link connectors and
 * service-blueprint lines. Cells, rows and columns size themselves to their content, from the
 * sticky and text heights `options.measure` gives (FigJam's own, when the writer measured them), so
 * nothing overlaps once drawn.
 *
 * Top to bottom: header; persona card and legend side by side; phase bands; then the grid, with
 * the lane labels in a column on its left and each stage section spanning every row.
 *
 * Pure and deterministic: the same journey and options give the same plan, and nothing is read
 * from outside. Expects a validated journey; a reference that does not resolve is a bug and throws.
 */
export function layoutJourney(journey: Journey, options: LayoutOptions = {}): BoardPlan {
  return layoutJourneyRouted(journey, options).plan
}

/** A laid-out board with its links routed, the room it gave them and the links it could not route clear. */
export interface RoutedLayout {
  /** The board with every link's magnets chosen. */
  plan: BoardPlan
  /** The same board before its links were routed. */
  laidOut: BoardPlan
  /** The room the links were given (in the gaps laidOut has). */
  room: LinkRoom
  /** Links no pair of magnets routes clear, even with that room (none on the boards the tests draw). */
  blocked: BlockedLink[]
}

/** layoutJourney, telling the room it gave the links and what it laid out before routing them. */
export function layoutJourneyRouted(journey: Journey, options: LayoutOptions = {}): RoutedLayout {
  checkItemsResolve(journey)
  // A link no pair of magnets can route clear of stickies and text widens a gap between its ends
  // as much as the label needs (the gap grown most already, of those the nearest its label: see
  // gapToWiden), and the board is laid out again.
  let room = noLinkRoom(journey.stages.length, journey.lanes.length)
  for (let round = 0; ; round++) {
    const { plan: laidOut, boxes } = layOut(journey, options, room)
    const routed = planLinkRoutes(laidOut, boxes)
    if (routed.blocked.length === 0 || round >= MAX_LINK_ROOM_ROUNDS) return { plan: routed.plan, laidOut, room, blocked: routed.blocked }
    room = widenForLinks(laidOut, routed.blocked, room)
  }
}

/**
 * The layout with the room links need added to the gaps between rows, columns and a cell's
 * stickies; its links not routed yet. Expects a journey layoutJourneyRouted has laid out already.
 */
export function layoutWithLinkRoom(journey: Journey, options: LayoutOptions, room: LinkRoom): BoardPlan {
  return layOut(journey, options, room).plan
}

/** layoutWithLinkRoom, with every node's box on the board as the plan builder kept them (for routing). */
function layOut(journey: Journey, options: LayoutOptions, room: LinkRoom): { plan: BoardPlan; boxes: NodeBoxes } {
  const labels = options.labels ?? boardLabels(journey.locale)
  const cellColumns = Math.max(1, Math.floor(options.cellColumns ?? CELL_MAX_COLUMNS))
  const measure = options.measure ?? estimatedTextMeasure
  const rows = orderLanes(journey.lanes)
  const stages = journey.stages
  const persona = pickPersona(journey)

  // Measure every cell; then each column is as wide as its widest cell and each row as tall as its tallest.
  const curves = emotionCurves(journey, rows)
  // Cells numbered row by row, so grouping items by cell makes no key for every item of the board.
  // Loops and module-level functions rather than callbacks made per call, here and below: a
  // callback's optimised code lasts only as long as the callback, so callbacks made afresh on every
  // layout compile again after each full collection (see keepShape).
  // Arrays are built by push, not by map, filter or a spread: V8's optimised map() makes holey
  // arrays where its builtin makes packed ones, so code specialised to one kind deoptimises once the
  // function making them is compiled or thrown away, and compiling the layout again costs more than
  // a big board's whole run.
  const grid: CellNumbering = { stages: indexesById(stages), rows: indexesById(rows), columns: stages.length }
  const pointsByCell = new Map<number, Item[]>()
  for (const [laneId, items] of curves) {
    for (const [cell, group] of itemsByCellOf(items, grid, laneId)) pointsByCell.set(cell, group)
  }
  const onCurve = new Set<string>()
  for (const points of curves.values()) for (const item of points) onCurve.add(item.id)
  const itemsByCell = linkedFirstByCell(journey, grid)
  const cells: MeasuredCell[][] = []
  for (let r = 0; r < rows.length; r++) {
    const lane = rows[r] as Lane
    const row: MeasuredCell[] = []
    for (let c = 0; c < stages.length; c++) {
      const stage = stages[c] as Stage
      const cell = r * stages.length + c
      row.push(measureCell(measure, itemsByCell.get(cell) ?? [], curves.has(lane.id), pointsByCell.get(cell)?.length ?? 0, cellColumns, stageKeyOf(stage.id), room.cells.get(cellKey(stage.id, lane.id))))
    }
    cells.push(row)
  }
  const columnContent: number[] = []
  for (let c = 0; c < stages.length; c++) {
    let width = STICKY_SIZE
    for (const row of cells) width = Math.max(width, row[c]?.width ?? 0)
    columnContent.push(width)
  }
  const columnWidths: number[] = []
  for (const width of columnContent) columnWidths.push(width + 2 * STAGE_PADDING)
  // Empty cells hold a hint naming their lane: where its stickies go. Only a lane with an empty cell
  // has one to measure (on the text node of its first, as all its hints read alike).
  const hints: (CellHint | undefined)[] = []
  for (let r = 0; r < rows.length; r++) hints.push(cellHint(rows[r] as Lane, r, stages, itemsByCell, pointsByCell, labels, measure))
  const rowHeights: number[] = []
  for (let r = 0; r < rows.length; r++) {
    const lane = rows[r] as Lane
    let content = Math.max(curves.has(lane.id) ? EMOTION_BAND_HEIGHT : STICKY_SIZE, hints[r]?.height ?? 0)
    for (const cell of cells[r] ?? []) content = Math.max(content, cell.height)
    const label = measureShapeText(measure, lane.name, HEADING_FONT, LANE_LABEL_FONT_SIZE, LANE_LABEL_WIDTH, LANE_LABEL_PADDING)
    rowHeights.push(Math.max(content + 2 * CELL_PADDING, label))
  }
  // Every stage's heading and description start at the same heights, so the rows line up.
  const headingHeights: number[] = []
  const tallestHeading = measureStageTexts(measure, stages, columnContent, 'heading', headingHeights)
  const descriptionTop = STAGE_TITLE_CLEARANCE + (tallestHeading > 0 ? tallestHeading + STAGE_HEADING_GAP : 0)
  const descriptionHeights: number[] = []
  const tallestDescription = measureStageTexts(measure, stages, columnContent, 'description', descriptionHeights)
  const stageHeader = descriptionTop + (tallestDescription > 0 ? tallestDescription + CELL_PADDING : 0)

  // Blueprint lines widen the gap below the lane they follow.
  const linesAfterRow = new Map<number, IndexedLine[]>()
  for (let index = 0; index < journey.blueprintLines.length; index++) {
    const line = journey.blueprintLines[index] as BlueprintLine
    const r = requireIndex(grid.rows, line.afterLaneId, 'blueprint line lane')
    const after = linesAfterRow.get(r)
    if (after === undefined) linesAfterRow.set(r, [{ line, index }])
    else after.push({ line, index })
  }
  let stageGaps = 0
  for (let c = 0; c < stages.length; c++) stageGaps += stageGap(room, c)
  let widths = 0
  for (const width of columnWidths) widths += width
  // Label, columns, then gaps, in that order: a floating-point sum depends on it, and plans are compared byte for byte.
  const gridWidth = LANE_LABEL_WIDTH + widths + stageGaps
  const contentWidth = Math.max(gridWidth, MIN_CONTENT_WIDTH)
  const left = BOARD_PADDING

  const plan = new PlanBuilder()
  const board = plan.add({
    kind: 'section',
    key: BOARD_KEY,
    parent: null,
    name: journey.title,
    x: 0,
    y: 0,
    width: 0,
    height: 0,
    fill: BOARD_FILL,
    tag: planTag({ role: 'board', journeyId: journey.id })
  })

  let y = placeHeader(plan, measure, { journey, persona, labels, x: left, y: BOARD_PADDING, width: contentWidth }) + BAND_GAP

  const personaHeight = placePersonaCard(plan, measure, persona, labels, { x: left, y })
  const emotionSigns = new Set<EmotionSign>()
  for (const item of journey.items) if (item.score !== undefined) emotionSigns.add(emotionSign(item.score, journey.emotionScale))
  const legendHeight = placeLegend(plan, measure, {
    x: left + PERSONA_CARD_WIDTH + BLOCK_GAP,
    y,
    width: contentWidth - PERSONA_CARD_WIDTH - BLOCK_GAP,
    entries: legendEntries({
      journey,
      rows,
      markers: markerKinds(journey.items),
      emotionSigns,
      labels
    }),
    labels
  })
  y += Math.max(personaHeight, legendHeight) + BAND_GAP

  const columnX: number[] = []
  let x = left + LANE_LABEL_WIDTH
  for (let c = 0; c < columnWidths.length; c++) {
    x += stageGap(room, c)
    columnX.push(x)
    x += columnWidths[c] as number
  }

  // Phase bands: one per run of consecutive stages, all in one row as tall as the tallest name needs.
  const phaseIndex = indexesById(journey.phases)
  const bands: PhaseBand[] = []
  let bandHeight = PHASE_BAND_HEIGHT
  for (const run of phaseRuns(stages)) {
    const index = requireIndex(phaseIndex, run.phaseId, 'stage phase')
    const first = columnX[run.first] ?? 0
    const width = (columnX[run.last] ?? 0) + (columnWidths[run.last] ?? 0) - first
    const name = journey.phases[index]?.name ?? ''
    const height = measureShapeText(measure, name, HEADING_FONT, PHASE_FONT_SIZE, width)
    bands.push({ run, index, first, width, name })
    bandHeight = Math.max(bandHeight, height)
  }
  if (bands.length > 0) {
    for (const { run, index, first, width, name } of bands) {
      const key = `phase:${run.phaseId}:${run.run}`
      const preset = STICKY_SHAPE_PRESETS[cycle(PHASE_BAND_COLORS, index)]
      plan.add({
        kind: 'shape',
        key,
        parent: BOARD_KEY,
        name: key,
        x: first,
        y,
        width,
        height: bandHeight,
        shapeType: 'ROUNDED_RECTANGLE',
        fill: preset.fill,
        stroke: preset.stroke,
        textFill: preset.textFill,
        text: name,
        font: HEADING_FONT,
        fontSize: PHASE_FONT_SIZE,
        tag: planTag({ role: 'phase', phaseId: run.phaseId, variant: String(run.run) })
      })
    }
    y += bandHeight + PHASE_TO_STAGE_GAP
  }

  const gridTop = y
  const rowTops: number[] = []
  let rowY = gridTop + stageHeader + at(room.rows, 0)
  for (let r = 0; r < rows.length; r++) {
    rowTops.push(rowY)
    rowY += (rowHeights[r] ?? 0) + gapAfter(r, rows.length, room, linesAfterRow.get(r), measure, labels)
  }
  const stageHeight = rowY - gridTop

  // Stage sections, each with its description and its cells.
  // The journey's scale, else the default one, read in place: journeyEvidenceLevels hands out copies
  // made by map(), whose kind of array differs as that function is compiled or not (see above).
  const levels = new Map<string, EvidenceLevel>()
  for (const level of journey.evidenceLevels ?? DEFAULT_EVIDENCE_LEVELS) levels.set(level.id, level)
  for (let c = 0; c < stages.length; c++) {
    const stage = stages[c] as Stage
    const stageKey = stageKeyOf(stage.id)
    const phase = stage.phaseId === undefined ? undefined : requireIndex(phaseIndex, stage.phaseId, 'stage phase')
    plan.add({
      kind: 'section',
      key: stageKey,
      parent: BOARD_KEY,
      name: stage.name,
      x: columnX[c] ?? 0,
      y: gridTop,
      width: columnWidths[c] ?? 0,
      height: stageHeight,
      fill: phase === undefined ? UNPHASED_SECTION_FILL : cycle(PHASE_SECTION_FILLS, phase),
      tag: planTag({ role: 'stage', stageId: stage.id, phaseId: stage.phaseId })
    })
    const heading = stage.name.trim()
    if (heading !== '') {
      plan.addText(
        `${stageKey}:heading`,
        { x: STAGE_PADDING, y: STAGE_TITLE_CLEARANCE, width: columnContent[c] ?? 0, height: headingHeights[c] ?? 0 },
        heading,
        HEADING_FONT,
        STAGE_HEADING_FONT_SIZE,
        { role: 'stage', part: 'title', stageId: stage.id },
        stageKey
      )
    }
    const description = stage.description.trim()
    if (description !== '') {
      plan.addText(
        `${stageKey}:description`,
        { x: STAGE_PADDING, y: descriptionTop, width: columnContent[c] ?? 0, height: descriptionHeights[c] ?? 0 },
        description,
        BODY_FONT,
        STAGE_DESCRIPTION_FONT_SIZE,
        { role: 'stage', part: 'description', stageId: stage.id },
        stageKey
      )
    }
    for (let r = 0; r < rows.length; r++) {
      const lane = rows[r] as Lane
      const cell = cells[r]?.[c]
      if (cell === undefined) continue
      const at = { x: STAGE_PADDING, y: (rowTops[r] ?? 0) - gridTop + CELL_PADDING }
      if (curves.has(lane.id)) {
        placeEmotionPoints(plan, pointsByCell.get(r * stages.length + c) ?? [], {
          stageKey,
          x: at.x,
          y: at.y,
          width: columnContent[c] ?? 0,
          journey
        })
      }
      placeCellItems(plan, { journey, lane, stageKey, cell, at, onCurve, measure, levels })
      const hint = hints[r]
      if (hint !== undefined && isEmptyCell(r * stages.length + c, itemsByCell, pointsByCell)) {
        plan.addText(
          hintKey(stage.id, lane.id),
          { x: at.x, y: at.y, width: STICKY_SIZE, height: hint.height },
          hint.text,
          BODY_FONT,
          CELL_HINT_FONT_SIZE,
          { role: 'cell-hint', stageId: stage.id, laneId: lane.id },
          stageKey
        )
      }
    }
  }

  // Lane labels: as tall as their rows, so a label's box is its row's band.
  for (let r = 0; r < rows.length; r++) {
    const lane = rows[r] as Lane
    const preset = STICKY_SHAPE_PRESETS[laneStickyColor(lane)]
    plan.add({
      kind: 'shape',
      key: `lane:${lane.id}`,
      parent: BOARD_KEY,
      name: `lane:${lane.id}`,
      x: left,
      y: rowTops[r] ?? 0,
      width: LANE_LABEL_WIDTH,
      height: rowHeights[r] ?? 0,
      shapeType: 'ROUNDED_RECTANGLE',
      fill: preset.fill,
      stroke: preset.stroke,
      textFill: preset.textFill,
      text: lane.name,
      font: HEADING_FONT,
      fontSize: LANE_LABEL_FONT_SIZE,
      tag: planTag({ role: 'lane-label', laneId: lane.id, variant: lane.kind })
    })
  }

  for (const [r, lines] of linesAfterRow) {
    const top = (rowTops[r] ?? 0) + (rowHeights[r] ?? 0) + rowGapAfter(room, r) / 2
    placeBlueprintLines(plan, measure, lines, { top, x: left, width: gridWidth, labels })
  }

  // Connectors last: both of their ends exist by now.
  for (const curvePoints of curves.values()) for (const { curve, points } of curveRuns(journey, curvePoints)) {
    // Each point's key made once, for the line that ends at it and the one that starts there.
    let start = ''
    for (let i = 0; i < points.length; i++) {
      const to = points[i] as Item
      const end = `emotion-point:${to.id}`
      const from = points[i - 1]
      if (from !== undefined) {
        plan.addConnector({
          key: `emotion-line:${from.id}:${to.id}`,
          start,
          end,
          lineType: 'STRAIGHT',
          endCap: 'NONE',
          stroke: MARK_COLORS[curve.color],
          strokeWeight: EMOTION_LINE_WEIGHT,
          text: '',
          tag: { role: 'emotion-line', itemId: from.id, toItemId: to.id }
        })
      }
      start = end
    }
  }
  for (const link of journey.links) {
    plan.addConnector({
      key: `link:${link.id}`,
      start: `item:${link.from}`,
      end: `item:${link.to}`,
      lineType: 'ELBOWED',
      endCap: 'ARROW_LINES',
      stroke: LINK_STROKES[link.kind],
      strokeWeight: LINK_STROKE_WEIGHT,
      text: link.label.trim(),
      // A literal, not planTag's copy (every field is set on a validated journey): the copy's hidden
      // class dies with the plan at a full collection, and routing, specialised to it, deoptimises
      // on the next board (see keepShape).
      tag: { role: 'link', linkId: link.id, itemId: link.from, toItemId: link.to, variant: link.kind }
    })
  }

  plan.resize(board, left + contentWidth + BOARD_PADDING, gridTop + stageHeight + BOARD_PADDING)
  const laidOut: BoardPlan = {
    layoutVersion: LAYOUT_VERSION,
    journeyId: journey.id,
    width: board.width,
    height: board.height,
    nodes: plan.nodes,
    fonts: plan.fonts(),
    grid: {
      columns: gridColumns(stages, columnX, columnWidths),
      rows: gridRows(rows, rowTops, rowHeights)
    }
  }
  return { plan: laidOut, boxes: plan.boxes }
}

/**
 * Items by the number of their cell (see itemsByCellOf), every linked one first, each group in
 * journey order: a cell packs its stickies row by row from its top-left corner, so linked stickies
 * take the cell's outside places, with the gaps around the cell on their sides for their links to
 * run in (see route-links.ts). Two passes over the items rather than a reordered copy of them.
 */
function linkedFirstByCell(journey: Journey, grid: CellNumbering): Map<number, Item[]> {
  const linked = linkEnds(journey)
  const groups = new Map<number, Item[]>()
  // Indexed loops here and below over every item: for...of made an iterator result per item (these
  // run once a layout, not long enough to be optimised).
  const items = journey.items
  for (let i = 0; i < items.length; i++) if (linked.has((items[i] as Item).id)) addToCell(groups, items[i] as Item, grid)
  for (let i = 0; i < items.length; i++) if (!linked.has((items[i] as Item).id)) addToCell(groups, items[i] as Item, grid)
  return groups
}

/** The persona the map follows: `personaId`, else the first. */
function pickPersona(journey: Journey): Persona {
  const persona = followedPersona(journey)
  if (persona === undefined) throw new Error(`journey "${journey.id}" has no persona; validate it before laying it out`)
  return persona
}

/** An item or link whose ends do not exist would silently vanish from the board. */
function checkItemsResolve(journey: Journey): void {
  const stageIds = new Set(journey.stages.map((stage) => stage.id))
  const laneIds = new Set(journey.lanes.map((lane) => lane.id))
  // The links' ends no item is, rather than a set of every item of the board.
  const missing = linkEnds(journey)
  const items = journey.items
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as Item
    missing.delete(item.id)
    if (!stageIds.has(item.stageId) || !laneIds.has(item.laneId)) {
      throw new Error(
        `item "${item.id}" is in stage "${item.stageId}" and lane "${item.laneId}", which do not both exist; validate the journey before laying it out`
      )
    }
  }
  for (const link of journey.links) {
    if (missing.has(link.from) || missing.has(link.to)) {
      throw new Error(`link "${link.id}" joins "${link.from}" to "${link.to}", which are not both items; validate the journey before laying it out`)
    }
  }
}

/** The plan key of a stage's section. */
function stageKeyOf(stageId: string): string {
  return `stage:${stageId}`
}

/** The plan key of the hint text in an empty cell. */
function hintKey(stageId: string, laneId: string): string {
  return `hint:${stageId}:${laneId}`
}

/** Where a cell is in the grid's numbering: row by row, `columns` cells a row. */
interface CellNumbering {
  stages: ReadonlyMap<string, number>
  rows: ReadonlyMap<string, number>
  columns: number
}

/**
 * Items by the number of their cell, each cell's in the order given; with `laneId`, every item is
 * taken to be in that lane's row (the points a curve draws in its emotion row).
 */
function itemsByCellOf(items: readonly Item[], grid: CellNumbering, laneId?: string): Map<number, Item[]> {
  const groups = new Map<number, Item[]>()
  for (let i = 0; i < items.length; i++) addToCell(groups, items[i] as Item, grid, laneId)
  return groups
}

/** Adds `item` to the group of its cell (in `laneId`'s row when given). */
function addToCell(groups: Map<number, Item[]>, item: Item, grid: CellNumbering, laneId?: string): void {
  const key = (grid.rows.get(laneId ?? item.laneId) ?? 0) * grid.columns + (grid.stages.get(item.stageId) ?? 0)
  const group = groups.get(key)
  if (group === undefined) groups.set(key, [item])
  else group.push(item)
}

/** A cell with neither stickies nor emotion points. */
function isEmptyCell(cell: number, itemsByCell: ReadonlyMap<number, Item[]>, pointsByCell: ReadonlyMap<number, Item[]>): boolean {
  return !itemsByCell.has(cell) && !pointsByCell.has(cell)
}

/** The items links start or end at. */
function linkEnds(journey: Journey): Set<string> {
  const ends = new Set<string>()
  const links = journey.links
  for (let i = 0; i < links.length; i++) {
    const link = links[i] as Link
    ends.add(link.from)
    ends.add(link.to)
  }
  return ends
}

/** The gap before stage column `c`: the lane labels' gap before the first. */
function stageGap(room: LinkRoom, c: number): number {
  return (c === 0 ? LANE_LABEL_GAP : STAGE_GAP) + at(room.columns, c)
}

/** The gap below row `r` before its blueprint lines. */
function rowGapAfter(room: LinkRoom, r: number): number {
  return ROW_GAP + at(room.rows, r + 1)
}

/** The gap below row `r` of `rowCount`: with its blueprint lines, or the stages' bottom padding below the last. */
function gapAfter(r: number, rowCount: number, room: LinkRoom, lines: readonly IndexedLine[] | undefined, measure: TextMeasure, labels: BoardLabels): number {
  if (lines !== undefined && lines.length > 0) {
    let slots = 0
    for (const { line } of lines) slots += blueprintSlotHeight(measure, line, labels)
    return rowGapAfter(room, r) + slots
  }
  return r < rowCount - 1 ? rowGapAfter(room, r) : STAGE_BOTTOM_PADDING + at(room.rows, r + 1)
}

function requireIndex(index: ReadonlyMap<string, number>, id: string, what: string): number {
  const found = index.get(id)
  if (found === undefined) throw new Error(`${what} "${id}" does not exist; validate the journey before laying it out`)
  return found
}

function cycle<T>(values: readonly T[], index: number): T {
  const value = values[index % values.length]
  if (value === undefined) throw new Error('cycle() needs at least one value')
  return value
}

/** The room added at `index`; none where the list has no entry. */
function at(room: readonly number[], index: number): number {
  return room[index] ?? 0
}

/** How each of a stage's two texts is written: its heading in the heading font, its description in the body font. */
const STAGE_TEXT_STYLES = {
  heading: { font: HEADING_FONT, fontSize: STAGE_HEADING_FONT_SIZE },
  description: { font: BODY_FONT, fontSize: STAGE_DESCRIPTION_FONT_SIZE }
} as const

/**
 * Each stage's heading or description measured at its column's width (0 for an empty one), pushed to
 * `heights` in stage order; returns the tallest. A loop, not map (see keepShape).
 */
function measureStageTexts(measure: TextMeasure, stages: readonly Stage[], columnContent: readonly number[], part: keyof typeof STAGE_TEXT_STYLES, heights: number[]): number {
  const { font, fontSize } = STAGE_TEXT_STYLES[part]
  let tallest = 0
  for (let c = 0; c < stages.length; c++) {
    const stage = stages[c] as Stage
    const text = (part === 'heading' ? stage.name : stage.description).trim()
    const height = text === '' ? 0 : measureTextNode(measure, `stage:${stage.id}:${part}`, text, font, fontSize, columnContent[c] ?? STICKY_SIZE)
    heights.push(height)
    tallest = Math.max(tallest, height)
  }
  return tallest
}

/** Every kind of marker some item carries. */
function markerKinds(items: readonly Item[]): Set<MarkerKind> {
  const kinds = new Set<MarkerKind>()
  for (let i = 0; i < items.length; i++) {
    const markers = itemMarkers(items[i] as Item)
    for (let m = 0; m < markers.length; m++) kinds.add(markers[m] as MarkerKind)
  }
  return kinds
}

/** The hint a lane's empty cells hold, measured on the text node of its first; none for a lane with no empty cell. */
function cellHint(
  lane: Lane,
  r: number,
  stages: readonly Stage[],
  itemsByCell: ReadonlyMap<number, Item[]>,
  pointsByCell: ReadonlyMap<number, Item[]>,
  labels: BoardLabels,
  measure: TextMeasure
): CellHint | undefined {
  let firstEmpty: Stage | undefined
  for (let c = 0; c < stages.length && firstEmpty === undefined; c++) if (isEmptyCell(r * stages.length + c, itemsByCell, pointsByCell)) firstEmpty = stages[c]
  if (firstEmpty === undefined) return undefined
  const text = fillText(labels.cellHint, { lane: lane.name.trim() })
  return { text, height: measureTextNode(measure, hintKey(firstEmpty.id, lane.id), text, BODY_FONT, CELL_HINT_FONT_SIZE, STICKY_SIZE) }
}

function gridColumns(stages: readonly Stage[], columnX: readonly number[], columnWidths: readonly number[]): BoardPlan['grid']['columns'] {
  const columns: BoardPlan['grid']['columns'] = []
  for (let c = 0; c < stages.length; c++) columns.push({ stageId: (stages[c] as Stage).id, x: columnX[c] ?? 0, width: columnWidths[c] ?? 0 })
  return columns
}

function gridRows(rows: readonly Lane[], rowTops: readonly number[], rowHeights: readonly number[]): BoardPlan['grid']['rows'] {
  const grid: BoardPlan['grid']['rows'] = []
  for (let r = 0; r < rows.length; r++) grid.push({ laneId: (rows[r] as Lane).id, y: rowTops[r] ?? 0, height: rowHeights[r] ?? 0 })
  return grid
}

/** What an empty cell of a lane says: where that lane's stickies go. */
interface CellHint {
  text: string
  height: number
}

/** A phase band: one run of consecutive stages of one phase. */
interface PhaseBand {
  run: PhaseRun
  index: number
  first: number
  width: number
  name: string
}
