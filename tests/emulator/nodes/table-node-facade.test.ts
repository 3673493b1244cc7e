import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, loadRestFile, type RestTableNode } from '../../../src/emulator'
import { readyEmulatorAsync } from '../emulator-fixtures'

describe('TableNode', () => {
  it('starts with two rows and two columns on the current page, as createTable documents', () => {
    const { api } = createFigJamEmulator()
    const table = api.createTable()
    expect(table.type).toBe('TABLE')
    expect([table.numRows, table.numColumns]).toEqual([2, 2])
    expect(table.parent).toBe(api.currentPage)
    expect(api.createTable(3, 4).numColumns).toBe(4)
  })

  it('refuses row or column counts below one and cells outside the table', () => {
    const { api } = createFigJamEmulator()
    expect(() => api.createTable(0, 2)).toThrow(/createTable\(numRows\)/)
    expect(() => api.createTable(2, 1.5)).toThrow(/createTable\(numColumns\)/)
    const table = api.createTable(2, 3)
    expect(() => table.cellAt(2, 0)).toThrow(/cellAt\(rowIndex\): expected an index from 0 to 1/)
    expect(() => table.cellAt(0, -1)).toThrow(/cellAt\(columnIndex\)/)
  })

  it('gives each cell a text sublayer that needs its font loaded, its indices, its parent and its size', async () => {
    const { api } = await readyEmulatorAsync()
    const table = api.createTable(2, 3)
    const cell = table.cellAt(1, 2)
    expect(cell.type).toBe('TABLE_CELL')
    expect([cell.rowIndex, cell.columnIndex]).toEqual([1, 2])
    expect(cell.parent).toBe(table)
    expect(table.cellAt(1, 2)).toBe(cell)
    await api.loadFontAsync(cell.text.fontName as FontName)
    cell.text.characters = 'Waits'
    expect(table.cellAt(1, 2).text.characters).toBe('Waits')

    table.resizeColumn(2, 300)
    table.resizeRow(1, 90)
    expect([cell.width, cell.height]).toEqual([300, 90])
    expect(table.width).toBe(table.cellAt(0, 0).width + table.cellAt(0, 1).width + 300)
    expect(() => table.resizeRow(0, 0)).toThrow()
  })

  it('refuses a cell text write before its font is loaded', () => {
    const { api } = createFigJamEmulator()
    const table = api.createTable()
    expect(() => {
      table.cellAt(0, 0).text.characters = 'x'
    }).toThrow(/unloaded font/)
  })

  it('goes to REST as a TABLE of TABLE_CELL children with absolute boxes, and comes back the same', async () => {
    const emulator = await readyEmulatorAsync()
    const { api } = emulator
    const table = api.createTable(2, 2)
    table.x = 100
    table.y = 50
    table.resizeColumn(0, 200)
    table.resizeRow(1, 80)
    await api.loadFontAsync(table.cellAt(0, 0).text.fontName as FontName)
    table.cellAt(0, 1).text.characters = 'Book'
    table.cellAt(1, 1).text.characters = 'Calls the shop'

    const file = emulator.toRestFile()
    const rest = file.document.children[0]?.children[0] as RestTableNode
    expect(rest.type).toBe('TABLE')
    expect(rest.children.map((c) => [c.type, c.characters, c.absoluteBoundingBox])).toEqual([
      ['TABLE_CELL', '', { x: 100, y: 50, width: 200, height: 40 }],
      ['TABLE_CELL', 'Book', { x: 300, y: 50, width: 160, height: 40 }],
      ['TABLE_CELL', '', { x: 100, y: 90, width: 200, height: 80 }],
      ['TABLE_CELL', 'Calls the shop', { x: 300, y: 90, width: 160, height: 80 }]
    ])
    const reopened = loadRestFile(file)
    const again = reopened.api.currentPage.children[0] as TableNode
    expect([again.numRows, again.numColumns, again.cellAt(1, 1).text.characters, again.cellAt(1, 0).height]).toEqual([2, 2, 'Calls the shop', 80])
    expect(reopened.toRestFile()).toEqual(file)
  })
})
