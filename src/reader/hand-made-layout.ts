import type { Placement, Stage } from '../model'
import type { SnapshotBox, SnapshotNode } from './board-snapshot'
import type { ReadWarningCode } from './board-reading'
import type { Doubt } from './warning-log'

/** Where a layout puts a sticky on one axis: the stage (or lane label index), how, and how sure. */
export interface AxisPlacement<T> {
  value: T
  by: Placement
  /** 0..1. */
  confidence: number
  /** The runner-up, when the sticky sits close to it. */
  alternative?: T
  /** Why the placement is unsure, when something other than a close runner-up makes it so. */
  note?: Doubt
}

/** A statement the layout holds without a sticky: a table cell's text. */
export interface CellItem {
  /** The cell, for its text. */
  node: SnapshotNode
  /** The table: live, a cell has no id of its own, so the table is what a person can be shown. */
  table: SnapshotNode
  row: number
  column: number
  stageId: string
  laneIndex: number
}

/**
 * What a hand-made map's layout says, whichever way it was drawn (stage sections, headers over a
 * grid without lines, a table): its stages, the lane labels it has (top to bottom), and where each
 * sticky sits. Lanes are made from the labels later, so a colour legend can stand in for them.
 */
export interface HandMadeLayout {
  kind: 'sections' | 'grid' | 'table'
  stages: Stage[]
  laneLabels: { node: SnapshotNode; name: string }[]
  /** Sections, headers, labels and tables the layout read. */
  used: Set<string>
  /** The area the stages cover: texts above it are title candidates. */
  area: SnapshotBox | undefined
  /** The stage of a sticky, or undefined when it is outside every stage. */
  stageOf(node: SnapshotNode): AxisPlacement<string> | undefined
  /** The index of the lane label a sticky's row belongs to, or undefined when it is far from every one (or there are none). */
  laneOf(node: SnapshotNode): AxisPlacement<number> | undefined
  /** The stage whose section holds a node, for layouts of sections. */
  stageHolding(node: SnapshotNode): string | undefined
  /** Items the layout holds as text of its own (table cells). */
  cellItems: CellItem[]
  /** Why a sticky outside every stage is not read, as the layout puts it. */
  outside: ReadWarningCode
}

/** The longest name the model takes for a stage or lane. */
const MAX_NAME_LENGTH = 500

/** The text a header or label shows, spaces collapsed. */
export function labelText(node: SnapshotNode): string {
  return (node.type === 'SECTION' ? node.name : (node.text ?? '')).replace(/\s+/g, ' ').trim()
}

/** A header's or label's text as a stage or lane name: cut to the length a name may have. */
export function labelName(node: SnapshotNode): string {
  const text = labelText(node)
  return text.length <= MAX_NAME_LENGTH ? text : `${text.slice(0, MAX_NAME_LENGTH - 1).trimEnd()}…`
}

/** How sure a choice between the nearest and the next nearest is, from their distances: 1 when far from the next, 0.5 when halfway. */
export function nearnessConfidence(nearest: number, next: number): number {
  if (!Number.isFinite(next)) return 1
  const total = nearest + next
  return total <= 0 ? 0.5 : next / total
}
