import type { TableCellRecord, TableRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'
import { checkNumberAtLeast } from '../support/check-arguments'
import { SceneNodeFacade } from './scene-node-facade'
import { TableCellFacade } from './table-cell-facade'

type EmulatedTable = Pick<TableNode, 'type' | 'numRows' | 'numColumns' | 'cellAt' | 'resizeRow' | 'resizeColumn' | 'fills'>

/** The smallest row height or column width the Plugin API accepts [T: "Must be >= 0.01"]. */
const MIN_TRACK_SIZE = 0.01

/**
 * A FigJam table [T, G]: cells reached by `cellAt(row, column)`, each with a text sublayer; rows and
 * columns resized one by one. Inserting, removing and moving rows or columns is not emulated.
 */
export class TableNodeFacade extends SceneNodeFacade<TableRecord> implements EmulatedTable {
  /** [T] TableNode has neither (OpaqueNodeMixin, no LayoutMixin). */
  static readonly absentMembers: ReadonlySet<string> = new Set(['rotation', 'absoluteRenderBounds'])

  private readonly cellHandles = new WeakMap<TableCellRecord, TableCellNode>()

  get type(): 'TABLE' {
    return 'TABLE'
  }

  get numRows(): number {
    return this.record.rowHeights.length
  }

  get numColumns(): number {
    return this.record.columnWidths.length
  }

  get fills(): ReadonlyArray<Paint> {
    return this.record.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.fills = toStoredPaints('fills', value)
  }

  /** [T]: `0 <= rowIndex < numRows` and `0 <= columnIndex < numColumns`; anything else throws. */
  cellAt(rowIndex: number, columnIndex: number): TableCellNode {
    const row = this.#index('cellAt(rowIndex)', rowIndex, this.numRows)
    const column = this.#index('cellAt(columnIndex)', columnIndex, this.numColumns)
    const cell = this.record.cells[row]?.[column] as TableCellRecord
    let handle = this.cellHandles.get(cell)
    if (handle === undefined) {
      handle = this.ctx.guard(new TableCellFacade(cell, this.ctx), {
        prefix: 'cell.',
        describe: () => `cell (${row}, ${column}) of TABLE node ${this.record.id}`,
        owner: this.record
      }) as unknown as TableCellNode
      this.cellHandles.set(cell, handle)
    }
    return handle
  }

  resizeRow(rowIndex: number, height: number): void {
    const row = this.#index('resizeRow(rowIndex)', rowIndex, this.numRows)
    this.record.rowHeights[row] = checkNumberAtLeast('resizeRow(height)', height, MIN_TRACK_SIZE)
    this.record.height = this.record.rowHeights.reduce((sum, h) => sum + h, 0)
  }

  resizeColumn(columnIndex: number, width: number): void {
    const column = this.#index('resizeColumn(columnIndex)', columnIndex, this.numColumns)
    this.record.columnWidths[column] = checkNumberAtLeast('resizeColumn(width)', width, MIN_TRACK_SIZE)
    this.record.width = this.record.columnWidths.reduce((sum, w) => sum + w, 0)
  }

  #index(where: string, value: unknown, count: number): number {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value >= count) {
      throw new Error(`in ${where}: expected an index from 0 to ${count - 1}, got ${String(value)}`)
    }
    return value
  }
}
