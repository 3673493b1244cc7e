import { describe, expect, it } from 'vitest'

import { restToDisplayList } from '../../../src/render'
import { drawTableCell } from '../../../src/render/draw/draw-table-cell'
import type { RestNode } from '../../../src/render/rest/rest-file-schema'
import { node, restFile, solid } from '../rest-board-fixtures'

const cell = (id: string, characters: string, x: number, fill = '#FFFFFF'): Record<string, unknown> =>
  node(id, 'TABLE_CELL', { x, y: 0, width: 160, height: 60 }, { characters, fills: [solid(fill)] })

describe('drawTableCell', () => {
  it('draws a bordered box in the cell fill with its text at the top-left', () => {
    const [box, label] = drawTableCell(cell('c', 'Stage', 0, '#E6E6E6') as RestNode)
    expect(box).toMatchObject({ kind: 'rect', x: 0, y: 0, width: 160, height: 60, fill: { color: '#E6E6E6' }, stroke: { color: '#B3B3B3' } })
    expect(label).toMatchObject({ kind: 'text', anchor: 'start', lines: [{ text: 'Stage', x: 8 }] })
  })

  it('draws a FigJam table through its cells, with no placeholder for the table itself', () => {
    const table = node('t', 'TABLE', { x: 0, y: 0, width: 320, height: 60 }, { children: [cell('a', 'One', 0), cell('b', 'Two', 160)] })
    const list = restToDisplayList(restFile([table]))
    expect(list.warnings).toEqual([])
    expect([...new Set(list.items.map((i) => i.nodeId))]).toEqual(['a', 'b'])
  })
})
