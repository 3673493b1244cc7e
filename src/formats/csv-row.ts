import { keepShape } from '../hidden-classes/keep-shape'
import { atLine, type ImportProblemCode, type Problem, type ProblemParams } from '../model'
import { fromSpreadsheetCell } from './csv-cells'
import { importProblem } from './import-problem'
import type { JourneyCsvColumn } from './journey-csv-columns'
import type { CsvRecord } from './parse-csv'
import type { CsvColumns } from './read-csv-header'

/**
 * One row's cells, by column, and its problems placed on its line. One reader serves every row in
 * turn (`at`), so a big import makes no reader, and no cell function, per row.
 */
export class CsvRow {
  private record: CsvRecord = { line: 0, fields: [] }
  /** `cell` as a function of its own, for the research cells' reader. */
  readonly cellOf = (column: JourneyCsvColumn): string => this.cell(column)

  constructor(private readonly columns: CsvColumns) {}

  /** This reader on another row. */
  at(record: CsvRecord): this {
    this.record = record
    return this
  }

  get line(): number {
    return this.record.line
  }

  /** The cell as written, without a spreadsheet guard; '' when the CSV has no such column. */
  raw(column: JourneyCsvColumn): string {
    const position = this.columns.index.get(column)
    return position === undefined ? '' : fromSpreadsheetCell(this.record.fields[position] ?? '')
  }

  cell(column: JourneyCsvColumn): string {
    return this.raw(column).trim()
  }

  /** Whether the cell was written as `""`: an empty text given on purpose, not a missing one. */
  quotedEmpty(column: JourneyCsvColumn): boolean {
    return this.record.quotedEmpty?.includes(this.columns.index.get(column) ?? -1) === true
  }

  /** A problem found on this row, by code, placed on its line. */
  problem(code: ImportProblemCode, params?: ProblemParams): Problem {
    return atLine(importProblem('', code, params), this.record.line)
  }

  /** A problem a cell reader gave, placed on this row's line. */
  onLine(found: Problem): Problem {
    return atLine(found, this.record.line)
  }
}

// Every CSV import makes a row reader: one kept keeps its hidden class, and the code made for it, through full collections.
keepShape(new CsvRow({ index: new Map(), width: 0, headerLine: 1 }))
