import { STICKY_SIZE } from '../layout'
import { DEFAULT_EMOTION_SCALE, type ActivityType, type Item, type ItemProvenance, type Journey, type Lane, type StickyColor } from '../model'
import { activityTypesByColour } from './activity-types-by-colour'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { stickyAnchor } from './board-geometry'
import { type ColourLegend, findColourLegend } from './find-colour-legend'
import { guessLaneKind } from '../formats/guess-lane-kind'
import { guessLanes } from './guess-lanes'
import { guessLocale } from './guess-locale'
import { type AxisPlacement, type HandMadeLayout, labelText } from './hand-made-layout'
import { IdAllocator, nodeIdPart, slugId } from './id-allocator'
import { readGridLayout, UNSURE_SHARE } from './read-grid-layout'
import { readLinks } from './read-links'
import { readSectionLayout } from './read-section-layout'
import { readTableLayout } from './read-table-layout'
import { readVotes } from './read-votes'
import type { SnapshotIndex } from './snapshot-index'
import { stickyColorOf } from './sticky-color-of'
import { type Doubt, readWarning, WarningLog } from './warning-log'

export interface HandMadeBoard {
  /** The section wrapping the board; null when the stages lie straight on the page. */
  section: SnapshotNode | null
  members: readonly SnapshotNode[]
  /** True when the nodes are turned on the diagonal (a map drawn downwards read as one drawn across). */
  turned?: boolean
}

/** How well a reading fits its board, to choose between reading it across and down. */
export interface HandMadeFit {
  /** Items read. */
  placed: number
  /** Lane names whose words say what kind of lane they are. */
  recognisedLanes: number
}

export const UNKNOWN_PERSONA = { id: 'unknown-persona', name: 'Unknown persona' } as const
const UNTITLED = 'Untitled journey'
const CONTAINER_TYPES = new Set(['GROUP', 'FRAME'])
/** How sure a lane is when it is named after a colour the legend lacks: a guess either way. */
const UNKNOWN_COLOUR_CONFIDENCE = 0.5

interface Placed {
  item: Item
  node: SnapshotNode
}

/**
 * A board made by hand, read from its nodes alone. Its layout is a table (first row stages, first
 * column lanes, a statement per cell), else a row of stage sections with lane labels on their left,
 * else a grid without lines (stage names across the top, lane names down the left). The lanes are
 * the labels, else the words of a colour legend beside the map (each sticky in the lane of its
 * colour), else one lane. Stamps and emoji on a sticky are votes on its item; connectors between
 * stickies are links. Every item says how it was placed and how sure that is; what cannot be placed
 * is reported, and a placement that could go either way is read the likelier way and reported.
 */
export function readHandMadeBoard(index: SnapshotIndex, log: WarningLog, board: HandMadeBoard): { journey: Journey; fit: HandMadeFit } {
  const { section, members } = board
  const boardNodeId = section?.id ?? null
  const nearestSection = (node: SnapshotNode): SnapshotNode | undefined => index.ancestorsOf(node).find((a) => a.type === 'SECTION')
  const onBoardLevel = (node: SnapshotNode): boolean => (nearestSection(node)?.id ?? null) === boardNodeId

  const votes = readVotes(index, log, members)
  const used = new Set<string>(votes.used)
  const layout = readLayout(index, log, members, onBoardLevel, used, boardNodeId)
  for (const id of layout.used) used.add(id)

  // Stickies in a stage; the rest may be a legend.
  const inStage: { node: SnapshotNode; stage: AxisPlacement<string> }[] = []
  const outside: SnapshotNode[] = []
  for (const node of members) {
    if (node.type !== 'STICKY' || used.has(node.id)) continue
    const stage = layout.stageOf(node)
    if (stage === undefined) outside.push(node)
    else inStage.push({ node, stage })
  }
  const itemColours = new Set(inStage.flatMap(({ node }) => (node.fill === undefined ? [] : [stickyColorOf(node.fill)])))
  const leftovers = [...outside, ...members.filter((n) => (n.type === 'TEXT' || n.type === 'SHAPE_WITH_TEXT') && !used.has(n.id) && onBoardLevel(n))]
  const legend = findColourLegend(log, leftovers, itemColours)
  for (const id of legend?.used ?? []) used.add(id)
  for (const node of outside) {
    if (used.has(node.id)) continue
    used.add(node.id)
    log.notRead(node.id, layout.outside, { node })
  }

  const lanes = readLanes(layout, legend, log, boardNodeId)
  const stageName = new Map(layout.stages.map((s) => [s.id, s.name]))
  const itemIds = new IdAllocator()
  const placed: Placed[] = []
  for (const { node, stage } of inStage) {
    used.add(node.id)
    const lane = lanes.laneOf(node)
    if (lane === undefined) {
      log.notRead(node.id, 'far-from-lanes', { node })
      continue
    }
    const confidence = Math.round(Math.min(stage.confidence, lane.confidence) * 100) / 100
    const doubt = doubtOf(node, stage, stageName, lane, lanes.nameOf) ?? stage.note ?? lane.note
    if (doubt !== undefined && confidence < UNSURE_SHARE && doubt !== lane.note) log.add(node.id, doubt.code, doubt.values)
    const provenance: ItemProvenance = {
      nodeId: node.id,
      stage: stage.by,
      lane: lane.by,
      confidence,
      ...(doubt !== undefined && confidence < UNSURE_SHARE ? { note: readWarning(node.id, doubt.code, doubt.values).message } : {})
    }
    const item: Item = { id: itemIds.allocate(`item-${nodeIdPart(node.id)}`), stageId: stage.value, laneId: lane.value, text: node.text ?? '', momentOfTruth: false }
    const voted = votes.bySticky.get(node.id)
    if (voted !== undefined) item.votes = voted
    item.provenance = provenance
    placed.push({ item, node })
  }
  for (const cell of layout.cellItems) {
    const laneId = lanes.lanes[cell.laneIndex]?.id
    if (laneId === undefined) continue
    const item: Item = {
      id: itemIds.allocate(`item-${nodeIdPart(cell.table.id)}-${cell.row}-${cell.column}`),
      stageId: cell.stageId,
      laneId,
      text: cell.node.text ?? '',
      momentOfTruth: false,
      provenance: { nodeId: cell.table.id, stage: 'table-cell', lane: 'table-cell', confidence: 1, cell: { row: cell.row, column: cell.column } }
    }
    placed.push({ item, node: cell.node })
  }
  const stageOrder = new Map(layout.stages.map((s, i) => [s.id, i]))
  const laneOrder = new Map(lanes.lanes.map((l, i) => [l.id, i]))
  const line = readingLines(placed)
  placed.sort((a, b) => {
    const pa = stickyAnchor(a.node)
    const pb = stickyAnchor(b.node)
    return (
      (stageOrder.get(a.item.stageId) ?? 0) - (stageOrder.get(b.item.stageId) ?? 0) ||
      (laneOrder.get(a.item.laneId) ?? 0) - (laneOrder.get(b.item.laneId) ?? 0) ||
      (line.get(a) ?? 0) - (line.get(b) ?? 0) ||
      pa.x - pb.x
    )
  })

  const stickyItems = placed.filter((p) => p.node.type === 'STICKY')
  const activityTypes = lanes.byLegend ? [] : legend !== undefined ? legendActivityTypes(legend, stickyItems) : lanes.swimlane ? activityTypesByColour(stickyItems) : []
  const items = placed.map((p) => p.item)
  const itemOfNode = new Map(stickyItems.map((p) => [p.node.id, p.item.id]))
  const links = readLinks({ index, log, members, itemOfNode, stored: [] })

  // The title: the wrapping section's name, else the topmost text above the map (above as the board shows it, turned or not).
  const shown = (box: SnapshotBox): SnapshotBox => (board.turned === true ? { x: box.y, y: box.x, width: box.height, height: box.width } : box)
  const area = layout.area === undefined ? undefined : shown(layout.area)
  const heading =
    area === undefined
      ? undefined
      : members
          .filter((n) => n.type === 'TEXT' && !used.has(n.id) && onBoardLevel(n) && labelText(n) !== '')
          .filter((n) => shown(n.box).y + shown(n.box).height <= area.y)
          .sort((a, b) => shown(a.box).y - shown(b.box).y || shown(a.box).x - shown(b.box).x)[0]
  if (heading !== undefined && (section === null || section.name.trim() === '')) used.add(heading.id)
  const title = firstNonEmpty(section?.name, heading?.text) ?? UNTITLED

  // A group or frame is read when what it holds is.
  const holdsRead = (node: SnapshotNode): boolean => index.descendantsOf(node).some((d) => used.has(d.id))
  for (const node of members) {
    if (used.has(node.id) || node.type === 'CONNECTOR' || node.type === 'TABLE_CELL') continue
    if (CONTAINER_TYPES.has(node.type) && holdsRead(node)) continue
    if (node.type === 'SECTION') {
      const stageId = layout.stageHolding(node)
      if (stageId === undefined) log.add(node.id, 'section-not-a-stage', { node })
      else log.add(node.id, 'section-in-stage-not-a-stage', { node, stage: stageName.get(stageId) ?? stageId })
      continue
    }
    log.notRead(node.id, 'not-part-of-map', { node })
  }
  log.add(boardNodeId, 'no-persona', { persona: UNKNOWN_PERSONA.name })

  const journey: Journey = {
    id: slugId(title, 'journey'),
    title,
    scenario: '',
    context: '',
    state: 'current',
    locale: guessLocale([title, ...lanes.lanes.map((l) => l.name), ...layout.stages.map((s) => s.name)]),
    personas: [
      {
        ...UNKNOWN_PERSONA,
        role: '',
        description: '',
        goals: [],
        needs: [],
        expectations: [],
        frustrations: [],
        ambitions: [],
        hobbies: [],
        channels: [],
        quote: ''
      }
    ],
    phases: [],
    stages: layout.stages,
    lanes: lanes.lanes,
    activityTypes,
    items,
    links,
    emotionScale: { ...DEFAULT_EMOTION_SCALE },
    blueprintLines: []
  }
  const recognisedLanes = layout.laneLabels.filter((l) => guessLaneKind(l.name) !== null).length
  return { journey, fit: { placed: items.length, recognisedLanes } }
}

/**
 * The map's layout: a table that holds more statements than the board has stickies, else the row
 * of stage sections, else a table, else a grid. Each is read on its own log; only the chosen one's
 * warnings count.
 */
function readLayout(
  index: SnapshotIndex,
  log: WarningLog,
  members: readonly SnapshotNode[],
  onBoardLevel: (node: SnapshotNode) => boolean,
  skip: ReadonlySet<string>,
  boardNodeId: string | null
): HandMadeLayout {
  const tableLog = new WarningLog()
  const table = readTableLayout(index, tableLog, members.filter((n) => n.type === 'TABLE'))
  const sectionLog = new WarningLog()
  const sections = readSectionLayout(index, sectionLog, members, onBoardLevel, skip)
  const stickies = members.filter((n) => n.type === 'STICKY' && !skip.has(n.id))
  const [layout, layoutLog] =
    table !== undefined && (sections === undefined || table.cellItems.length > stickies.length)
      ? [table, tableLog]
      : sections !== undefined
        ? [sections, sectionLog]
        : [undefined, undefined]
  if (layout !== undefined && layoutLog !== undefined) {
    log.addAll(layoutLog)
    return layout
  }
  const labels = members.filter((n) => (n.type === 'TEXT' || n.type === 'SHAPE_WITH_TEXT') && !skip.has(n.id) && onBoardLevel(n))
  return readGridLayout(log, stickies, labels, boardNodeId)
}

interface LaneReading {
  lanes: Lane[]
  /** Where a sticky in a stage goes, or undefined when it is in no lane row. */
  laneOf(node: SnapshotNode): AxisPlacement<string> | undefined
  nameOf(laneId: string): string
  /** True when the lanes are the legend's colours. */
  byLegend: boolean
  swimlane: boolean
}

/**
 * The lanes: the layout's labels (each sticky in the row it sits in), else the legend's words (each
 * sticky in the lane of its colour, a colour the legend lacks in a lane of its own), else one lane.
 */
function readLanes(layout: HandMadeLayout, legend: ColourLegend | undefined, log: WarningLog, boardNodeId: string | null): LaneReading {
  const ids = new IdAllocator()
  const make = (names: readonly string[]): { lanes: Lane[]; swimlane: boolean } => {
    const guesses = guessLanes(names)
    const lanes = names.map((name, i) => ({ id: ids.allocate(slugId(name, `lane-${i + 1}`)), name, ...(guesses.lanes[i] ?? { kind: 'notes' as const }) }))
    return { lanes, swimlane: guesses.swimlane }
  }
  const nameOf = (lanes: readonly Lane[]) => (id: string) => lanes.find((l) => l.id === id)?.name ?? id

  if (layout.laneLabels.length > 0) {
    const { lanes, swimlane } = make(layout.laneLabels.map((l) => l.name))
    return {
      lanes,
      swimlane,
      byLegend: false,
      nameOf: nameOf(lanes),
      laneOf(node) {
        const at = layout.laneOf(node)
        const lane = at === undefined ? undefined : lanes[at.value]
        if (at === undefined || lane === undefined) return undefined
        const alternative = at.alternative === undefined ? undefined : lanes[at.alternative]?.id
        return { value: lane.id, by: at.by, confidence: at.confidence, ...(alternative === undefined ? {} : { alternative }) }
      }
    }
  }
  if (legend !== undefined) {
    const { lanes, swimlane } = make(legend.entries.map((e) => e.name))
    const byColour = new Map<StickyColor, string>(legend.entries.map((e, i) => [e.colour, lanes[i]?.id ?? '']))
    const extra = new Map<StickyColor, string>()
    return {
      lanes,
      swimlane,
      byLegend: true,
      nameOf: nameOf(lanes),
      laneOf(node) {
        const colour = stickyColorOf(node.fill ?? '#FFFFFF')
        const known = byColour.get(colour)
        if (known !== undefined) return { value: known, by: 'colour-legend', confidence: 1 }
        let id = extra.get(colour)
        if (id === undefined) {
          const name = `${colour.charAt(0).toUpperCase()}${colour.slice(1)} stickies`
          id = ids.allocate(slugId(name, colour))
          extra.set(colour, id)
          lanes.push({ id, name, kind: 'notes' })
        }
        const note: Doubt = { code: 'colour-not-in-legend', values: { node, colour, lane: lanes.find((l) => l.id === id)?.name ?? id } }
        log.add(node.id, note.code, note.values)
        return { value: id, by: 'colour-legend', confidence: UNKNOWN_COLOUR_CONFIDENCE, note }
      }
    }
  }
  const lanes: Lane[] = [{ id: 'notes', name: 'Notes', kind: 'notes' }]
  const code = layout.kind === 'sections' ? 'no-lane-labels-sections' : layout.kind === 'grid' ? 'no-lane-labels-grid' : 'no-lanes-in-table'
  log.add(boardNodeId, code, { lane: lanes[0]!.name })
  return { lanes, swimlane: false, byLegend: false, nameOf: nameOf(lanes), laneOf: () => ({ value: 'notes', by: 'only-one', confidence: 1 }) }
}

/** The legend's words as activity types, for a map whose lanes are its labels; each sticky gets the type of its colour. */
function legendActivityTypes(legend: ColourLegend, placed: readonly Placed[]): ActivityType[] {
  const ids = new IdAllocator()
  const types = legend.entries.map((e, i) => ({ id: ids.allocate(slugId(e.name, `type-${i + 1}`)), name: e.name, color: e.colour }))
  const byColour = new Map(types.map((t) => [t.color, t.id]))
  for (const { item, node } of placed) {
    const id = node.fill === undefined ? undefined : byColour.get(stickyColorOf(node.fill))
    if (id !== undefined) item.activityTypeId = id
  }
  return types
}

/** What makes a placement doubtful, naming both readings; undefined when the sticky has no close runner-up. */
function doubtOf(
  node: SnapshotNode,
  stage: AxisPlacement<string>,
  stageName: ReadonlyMap<string, string>,
  lane: AxisPlacement<string>,
  laneName: (id: string) => string
): Doubt | undefined {
  if (stage.confidence <= lane.confidence && stage.alternative !== undefined) {
    return { code: 'between-stages', values: { node, stage: stageName.get(stage.value) ?? stage.value, other: stageName.get(stage.alternative) ?? stage.alternative } }
  }
  if (lane.alternative !== undefined) {
    return { code: 'between-lanes', values: { node, lane: laneName(lane.value), other: laneName(lane.alternative) } }
  }
  return undefined
}

/**
 * Each item's line within its cell, top to bottom: stickies whose tops are within half a sticky of
 * the line's first are side by side on one line (read left to right), so a sticky nudged a few
 * pixels up or turned a little keeps its place in the reading order.
 */
function readingLines(placed: readonly Placed[]): Map<Placed, number> {
  const cells = new Map<string, Placed[]>()
  for (const p of placed) {
    const key = `${p.item.stageId}\u0000${p.item.laneId}`
    const cell = cells.get(key)
    if (cell === undefined) cells.set(key, [p])
    else cell.push(p)
  }
  const lines = new Map<Placed, number>()
  for (const cell of cells.values()) {
    const byTop = [...cell].sort((a, b) => stickyAnchor(a.node).y - stickyAnchor(b.node).y)
    let line = 0
    let lineTop = byTop[0] === undefined ? 0 : stickyAnchor(byTop[0].node).y
    for (const p of byTop) {
      const y = stickyAnchor(p.node).y
      if (y - lineTop > STICKY_SIZE / 2) {
        line += 1
        lineTop = y
      }
      lines.set(p, line)
    }
  }
  return lines
}

function firstNonEmpty(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim()
    if (clean !== '') return clean
  }
  return undefined
}
