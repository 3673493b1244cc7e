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

/**
 * Reads a row's `curve`, `evidence`, `participants`, `evidence_sources` and `evidence_items`.
 * @param cell a column's trimmed text in this row ('' when the CSV has no such column)
 * @returns the fields, and every problem (the caller adds the line)
 */
export function readResearchCells(cell: (column: JourneyCsvColumn) => string): { fields: ResearchFields; problems: Problem[] } {
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
 */
export function researchScales(items: readonly Item[], warnings: Problem[]): { curves?: EmotionCurve[]; evidenceLevels?: EvidenceLevel[] } {
  const curveIds = [...new Set(items.flatMap((item) => (item.curveId === undefined ? [] : [item.curveId])))]
  const levelIds = [...new Set(items.flatMap((item) => (item.evidence === undefined ? [] : [item.evidence.level])))]
  const defaults = new Set<string>(DEFAULT_EVIDENCE_LEVELS.map((level) => level.id))
  const colorAt = (index: number): MarkColor => IMPORT_COLORS[index % IMPORT_COLORS.length] ?? 'pink'
  const scales: { curves?: EmotionCurve[]; evidenceLevels?: EvidenceLevel[] } = {}
  if (curveIds.length > 0) scales.curves = curveIds.map((id, index) => ({ id, name: id, color: colorAt(index) }))
  if (levelIds.some((id) => !defaults.has(id))) {
    scales.evidenceLevels = levelIds.map((id, index) => ({ id, name: id, color: colorAt(IMPORT_COLORS.length - 1 - index) }))
    warnings.push(importProblem('evidence', 'csv-own-levels', { levels: levelIds.map((id) => `"${id}"`), defaults: [...defaults] }))
  }
  return scales
}
