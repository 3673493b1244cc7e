import type { ImportProblemCode, Problem } from '../model'
import type { CsvRow } from './csv-row'
import type { JourneyCsvColumn } from './journey-csv-columns'

/**
 * A cell that holds one of `options`, in any case; an empty cell says nothing. Any other text adds
 * a problem to `problems`, naming the options.
 */
export function readCsvChoice<T extends string>(
  row: CsvRow,
  column: JourneyCsvColumn,
  options: readonly T[],
  problems: Problem[],
  code: ImportProblemCode = 'csv-unknown-value'
): T | undefined {
  const text = row.cell(column).toLowerCase()
  if (text === '') return undefined
  // includes, not find: no closure per cell of every row.
  if ((options as readonly string[]).includes(text)) return text as T
  problems.push(row.problem(code, { column, value: row.cell(column), options: [...options] }))
  return undefined
}
