import type { EmulatorContext } from '../emulator-context'
import type { TableCellRecord } from '../model/node-records'
import { toStoredPaints } from '../model/paints'

type EmulatedTableCell = Pick<TableCellNode, 'type' | 'text' | 'rowIndex' | 'columnIndex' | 'parent' | 'width' | 'height' | 'fills'>

/** A cell of a table [T]: no id and no position of its own, only its text, fills, indices and size. */
export class TableCellFacade implements EmulatedTableCell {
  constructor(
    private readonly record: TableCellRecord,
    private readonly ctx: EmulatorContext
  ) {}

  get type(): 'TABLE_CELL' {
    return 'TABLE_CELL'
  }

  get text(): TextSublayerNode {
    return this.ctx.textHandle(this.record)
  }

  get rowIndex(): number {
    return this.record.table.cells.findIndex((row) => row.includes(this.record))
  }

  get columnIndex(): number {
    return this.record.table.cells[this.rowIndex]?.indexOf(this.record) ?? -1
  }

  get parent(): TableNode {
    return this.ctx.sceneHandle(this.record.table) as TableNode
  }

  get width(): number {
    return this.record.table.columnWidths[this.columnIndex] ?? 0
  }

  get height(): number {
    return this.record.table.rowHeights[this.rowIndex] ?? 0
  }

  get fills(): ReadonlyArray<Paint> {
    return this.record.fills
  }

  set fills(value: ReadonlyArray<Paint>) {
    this.record.fills = toStoredPaints('fills', value)
  }
}
