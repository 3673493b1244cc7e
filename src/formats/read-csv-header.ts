import { atLine, type ImportProblemCode, type Problem, type ProblemParams } from '../model'
import { importProblem } from './import-problem'
import { csvColumnOf, type JourneyCsvColumn } from './journey-csv-columns'
import type { CsvRecord } from './parse-csv'

/** Where each column is in the rows. */
export interface CsvColumns {
  index: ReadonlyMap<JourneyCsvColumn, number>
  width: number
  headerLine: number
}

/** A header read: its columns and the warnings about columns left out, else what is wrong with it. */
export type CsvHeader = { ok: true; columns: CsvColumns; warnings: Problem[] } | { ok: false; problems: Problem[] }

/**
 * The header row: where each known column is, by its id or its name in any language. A column
 * named twice or a missing `stage`, `lane` or `text` column is a problem; a column of no known
 * name is left out with a warning.
 */
export function readCsvHeader(header: CsvRecord): CsvHeader {
  const problems: Problem[] = []
  const warnings: Problem[] = []
  const onHeader = (code: ImportProblemCode, params: ProblemParams = {}): number => problems.push(atLine(importProblem('', code, params), header.line))
  const index = new Map<JourneyCsvColumn, number>()
  header.fields.forEach((raw, position) => {
    const name = csvColumnOf(raw)
    if (name !== undefined && index.has(name)) onHeader('csv-column-twice', { column: name })
    else if (name !== undefined) index.set(name, position)
    else warnings.push(atLine(importProblem('', 'csv-column-ignored', { column: raw.trim() }), header.line))
  })
  if (!index.has('stage') && !index.has('stage_id')) onHeader('csv-needs-stage')
  if (!index.has('lane') && !index.has('lane_id') && !index.has('lane_kind')) onHeader('csv-needs-lane')
  if (!index.has('text')) onHeader('csv-needs-text')
  return problems.length > 0 ? { ok: false, problems } : { ok: true, columns: { index, width: header.fields.length, headerLine: header.line }, warnings }
}
