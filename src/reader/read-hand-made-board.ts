import { DEFAULT_EMOTION_SCALE, type Item, type Journey, type Lane, type Stage } from '../model'
import { activityTypesByColour } from './activity-types-by-colour'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import { centreOf, stickyAnchor, unionBox } from './board-geometry'
import { CellLocator, type LaneRow, PLACEMENT_TOLERANCE, type StageColumn } from './cell-locator'
import { describeNode } from './describe-node'
import { guessLanes } from './guess-lanes'
import { guessLocale } from './guess-locale'
import { IdAllocator, nodeIdPart, slugId } from './id-allocator'
import { pickStageRow } from './pick-stage-row'
import { readLinks } from './read-links'
import type { SnapshotIndex } from './snapshot-index'
import type { WarningLog } from './warning-log'

export interface HandMadeBoard {
  /** The section wrapping the board; null when the stages lie straight on the page. */
  section: SnapshotNode | null
  members: readonly SnapshotNode[]
}

export const UNKNOWN_PERSONA = { id: 'unknown-persona', name: 'Unknown persona' } as const
const UNTITLED = 'Untitled journey'
const LABEL_TYPES = new Set(['TEXT', 'SHAPE_WITH_TEXT', 'STICKY'])

/**
 * A board made by hand, read from its nodes alone: the sections in the row of stages are the stages,
 * left to right; the labels left of the first stage (texts, shapes or stickies), top to bottom, are
 * the lanes, their kind guessed from their words; each sticky is an item in the stage section it is
 * in (or the column it is over) and the lane row nearest to it; connectors between stickies are
 * links. On a swimlane board (a lane per actor) each sticky colour is an activity type. Whatever
 * cannot be placed is reported.
 */
export function readHandMadeBoard(index: SnapshotIndex, log: WarningLog, board: HandMadeBoard): Journey {
  const { section, members } = board
  const boardNodeId = section?.id ?? null
  const used = new Set<string>()
  const nearestSection = (node: SnapshotNode): SnapshotNode | undefined => index.ancestorsOf(node).find((a) => a.type === 'SECTION')
  const onBoardLevel = (node: SnapshotNode): boolean => (nearestSection(node)?.id ?? null) === boardNodeId

  // Stages: the sections in the row of stages.
  const row = pickStageRow(index, members.filter((n) => n.type === 'SECTION' && onBoardLevel(n)))
  for (const node of row.outside) {
    used.add(node.id)
    log.add(node.id, `${describeNode(node)} is not in the row of stage sections: what it holds is not read`)
  }
  const stageIds = new IdAllocator()
  const stages: Stage[] = []
  const columns: StageColumn[] = row.stages.map((node, i) => {
    used.add(node.id)
    const name = node.name.trim() === '' ? `Stage ${i + 1}` : node.name.replace(/\s+/g, ' ').trim()
    const id = stageIds.allocate(slugId(name, `stage-${i + 1}`))
    stages.push({ id, name, description: '' })
    const holdsStickies = index.descendantsOf(node).some((n) => n.type === 'STICKY')
    if (!holdsStickies) log.add(node.id, `${describeNode(node)} is empty: read as a stage with no items`)
    return { stageId: id, sectionId: node.id, box: node.box }
  })
  const stageBand = unionBox(row.stages.map((s) => s.box))
  const stickies = members.filter((n) => n.type === 'STICKY')
  if (stages.length === 0) {
    // A wall of stickies without sections: one stage over all of it.
    const wall = unionBox(stickies.map((s) => s.box)) ?? { x: 0, y: 0, width: 0, height: 0 }
    stages.push({ id: 'stage-1', name: 'Stage 1', description: '' })
    columns.push({ stageId: 'stage-1', box: wall })
    log.add(boardNodeId, 'the board has no sections: every sticky is read into one stage')
  }
  const firstColumn = columns[0]?.box

  // Lanes: the labels left of the first stage, within the height of the stages.
  const labelNodes =
    stageBand === undefined || firstColumn === undefined
      ? []
      : members
          .filter((n) => LABEL_TYPES.has(n.type) && onBoardLevel(n) && (n.text ?? '').trim() !== '')
          .filter((n) => {
            const c = centreOf(n.box)
            return c.x < firstColumn.x && c.y >= stageBand.y && c.y <= stageBand.y + stageBand.height
          })
          .sort((a, b) => centreOf(a.box).y - centreOf(b.box).y || a.box.x - b.box.x)
  const labelNames = labelNodes.map((n) => (n.text ?? '').replace(/\s+/g, ' ').trim())
  const guesses = guessLanes(labelNames)
  const laneIds = new IdAllocator()
  const lanes: Lane[] = labelNodes.map((node, i) => {
    used.add(node.id)
    const name = labelNames[i] ?? `Lane ${i + 1}`
    const choice = guesses.lanes[i] ?? { kind: 'notes' as const }
    return { id: laneIds.allocate(slugId(name, `lane-${i + 1}`)), name, ...choice }
  })
  const rows: LaneRow[] = labelNodes.map((node, i) => ({ laneId: lanes[i]?.id ?? '', box: node.box }))
  if (lanes.length === 0) {
    lanes.push({ id: 'notes', name: 'Notes', kind: 'notes' })
    rows.push({ laneId: 'notes', box: stageBand ?? firstColumn ?? { x: 0, y: 0, width: 0, height: 0 } })
    log.add(boardNodeId, 'no lane labels left of the first stage: every sticky is read into one lane, "Notes"')
  }
  const locator = new CellLocator(index, columns, rows, rowTolerance(labelNodes.map((n) => n.box)))

  // Items: every other sticky, in the cell it sits in.
  const placed: { item: Item; node: SnapshotNode }[] = []
  const itemIds = new IdAllocator()
  for (const node of stickies) {
    if (used.has(node.id)) continue
    used.add(node.id)
    const cell = locator.locate(node)
    const inBand = stageBand === undefined || spanHolds(stageBand, stickyAnchor(node).y, PLACEMENT_TOLERANCE)
    if (cell.stageId === undefined || !inBand) {
      log.add(node.id, `${describeNode(node)} is outside every stage section: not read`)
      continue
    }
    if (cell.laneId === undefined) {
      log.add(node.id, `${describeNode(node)} is far from every lane row: not read`)
      continue
    }
    const item: Item = {
      id: itemIds.allocate(`item-${nodeIdPart(node.id)}`),
      stageId: cell.stageId,
      laneId: cell.laneId,
      text: node.text ?? '',
      momentOfTruth: false
    }
    placed.push({ item, node })
  }
  const stageOrder = new Map(stages.map((s, i) => [s.id, i]))
  const laneOrder = new Map(lanes.map((l, i) => [l.id, i]))
  placed.sort((a, b) => {
    const pa = stickyAnchor(a.node)
    const pb = stickyAnchor(b.node)
    return (
      (stageOrder.get(a.item.stageId) ?? 0) - (stageOrder.get(b.item.stageId) ?? 0) ||
      (laneOrder.get(a.item.laneId) ?? 0) - (laneOrder.get(b.item.laneId) ?? 0) ||
      pa.y - pb.y ||
      pa.x - pb.x
    )
  })

  // On a swimlane board, each sticky colour is an activity type.
  const activityTypes = guesses.swimlane ? activityTypesByColour(placed) : []

  const items = placed.map((p) => p.item)
  const itemOfNode = new Map(placed.map((p) => [p.node.id, p.item.id]))
  const links = readLinks({ index, log, members, itemOfNode, stored: [] })

  // The title: the wrapping section's name, else the topmost text above the stages.
  const heading =
    stageBand === undefined
      ? undefined
      : members
          .filter((n) => n.type === 'TEXT' && !used.has(n.id) && onBoardLevel(n) && (n.text ?? '').trim() !== '')
          .filter((n) => n.box.y + n.box.height <= stageBand.y)
          .sort((a, b) => a.box.y - b.box.y || a.box.x - b.box.x)[0]
  if (heading !== undefined && (section === null || section.name.trim() === '')) used.add(heading.id)
  const title = firstNonEmpty(section?.name, heading?.text) ?? UNTITLED

  for (const node of members) {
    if (used.has(node.id) || node.type === 'CONNECTOR') continue
    if (node.type === 'SECTION') {
      const stage = locator.stageSectionOf(node)
      const where = stage === undefined ? '' : `, inside stage "${stages.find((s) => s.id === stage)?.name ?? stage}",`
      log.add(node.id, `${describeNode(node)}${where} is not a stage: its stickies count for the stage they sit in`)
      continue
    }
    log.add(node.id, `${describeNode(node)} is not part of the map: not read`)
  }
  log.add(boardNodeId, `the board names no persona: the journey follows "${UNKNOWN_PERSONA.name}"`)

  return {
    id: slugId(title, 'journey'),
    title,
    scenario: '',
    context: '',
    state: 'current',
    locale: guessLocale([title, ...labelNames, ...stages.map((s) => s.name)]),
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
    stages,
    lanes,
    activityTypes,
    items,
    links,
    emotionScale: { ...DEFAULT_EMOTION_SCALE },
    blueprintLines: []
  }
}

/** Outside a stage section, a sticky may sit as far from a label as the labels are apart (at least a sticky's size). */
function rowTolerance(labels: readonly SnapshotBox[]): number {
  const centres = labels.map((b) => centreOf(b).y).sort((a, b) => a - b)
  const gaps = centres.slice(1).map((y, i) => y - (centres[i] ?? y))
  return Math.max(PLACEMENT_TOLERANCE, ...gaps)
}

function spanHolds(box: SnapshotBox, y: number, tolerance: number): boolean {
  return y >= box.y - tolerance && y <= box.y + box.height + tolerance
}

function firstNonEmpty(...texts: (string | undefined)[]): string | undefined {
  for (const text of texts) {
    const clean = (text ?? '').replace(/\s+/g, ' ').trim()
    if (clean !== '') return clean
  }
  return undefined
}
