import {
  DEFAULT_EVIDENCE_LEVELS,
  type EmotionCurve,
  type EvidenceLevel,
  type Item,
  inCell,
  type MarkColor,
  type Problem
} from '../model'
import type { JourneyCsvColumn } from './journey-csv-columns'
import { importProblem } from './import-problem'
import { parseListCell } from './list-cell'

/** Colours curves and levels a CSV names get, in turn: the default curve's pink first, then the most distinct ones. */
const IMPORT_COLORS: readonly MarkColor[] = ['pink', 'violet', 'blue', 'orange', 'teal', 'green', 'red', 'yellow', 'gray', 'black']

/** What a row's research columns say about its item. */
export type ResearchFields = Pick<Item, 'curveId' | 'evidence'>

/** The curves and evidence levels of a journey read from a CSV, when its items name any. */
export interface ResearchScales {
  curves?: EmotionCurve[]
  evidenceLevels?: EvidenceLevel[]
}

/** What readResearchCells gives: read-only, since rows without research share one answer. */
interface ResearchCells {
  fields: Readonly<ResearchFields>
  problems: readonly Problem[]
}

const RESEARCH_COLUMNS: readonly JourneyCsvColumn[] = ['curve', 'evidence', 'participants', 'evidence_sources', 'evidence_items']
/** A row with every research cell empty: nothing to add, nothing wrong (frozen, as every such row shares it). */
const NO_RESEARCH: ResearchCells = Object.freeze({ fields: Object.freeze({}), problems: Object.freeze([]) })

function allEmpty(cell: (column: JourneyCsvColumn) => string): boolean {
  for (const column of RESEARCH_COLUMNS) if (cell(column) !== '') return false
  return true
}

/**
 * Reads a row's `curve`, `evidence`, `participants`, `evidence_sources` and `evidence_items`.
 * @param cell a column's trimmed text in this row ('' when the CSV has no such column)
 * @returns the fields, and every problem (the caller adds the line)
 */
export function readResearchCells(cell: (column: JourneyCsvColumn) => string): ResearchCells {
  // Most rows of a big import say nothing about research: they get no objects of their own.
  if (allEmpty(cell)) return NO_RESEARCH
  const problems: Problem[] = []
  const fields: ResearchFields = {}
  const curve = cell('curve')
  if (curve !== '') fields.curveId = curve
  const list = (column: JourneyCsvColumn): string[] => {
    const parsed = parseListCell(cell(column))
    if (parsed.ok) return parsed.value
    for (const p of parsed.problems) problems.push(inCell(p, column))
    return []
  }
  const participants = list('participants')
  const sources = list('evidence_sources')
  const itemIds = list('evidence_items')
  const level = cell('evidence')
  if (level !== '') fields.evidence = { level, participants, sources, itemIds }
  else if (participants.length + sources.length + itemIds.length > 0) {
    problems.push(importProblem('', 'csv-needs-evidence'))
  }
  return { fields, problems }
}

/**
 * The curves and evidence levels the imported items name. Curves come in the order the CSV first
 * names them, called by their ids; levels are the default scale when every level is one of its
 * ids, else the levels named, weakest first in the order the CSV first names them (with a warning,
 * since a CSV cannot say which is weakest).
 * @returns the scales, and the warning when the levels are the CSV's own
 */
export function researchScales(items: readonly Item[]): { scales: ResearchScales; warnings: Problem[] } {
  // Sets filled in one loop, not a list of one- or no-element lists per item to flatten.
  const curveSet = new Set<string>()
  const levelSet = new Set<string>()
  for (const item of items) {
    if (item.curveId !== undefined) curveSet.add(item.curveId)
    if (item.evidence !== undefined) levelSet.add(item.evidence.level)
  }
  const curveIds = [...curveSet]
  const levelIds = [...levelSet]
  const defaults = new Set<string>(DEFAULT_EVIDENCE_LEVELS.map((level) => level.id))
  const colorAt = (index: number): MarkColor => IMPORT_COLORS[index % IMPORT_COLORS.length] ?? 'pink'
  const scales: ResearchScales = {}
  const warnings: Problem[] = []
  if (curveIds.length > 0) scales.curves = curveIds.map((id, index) => ({ id, name: id, color: colorAt(index) }))
  if (levelIds.some((id) => !defaults.has(id))) {
    scales.evidenceLevels = levelIds.map((id, index) => ({ id, name: id, color: colorAt(IMPORT_COLORS.length - 1 - index) }))
    warnings.push(importProblem('evidence', 'csv-own-levels', { levels: levelIds, defaults: [...defaults] }))
  }
  return { scales, warnings }
}
