import { describe, expect, it } from 'vitest'

import { addLinkRooms, cellKey, isNoStoredLinkRoom, linkRoomByIds, linkRoomOnGrid, noLinkRoom } from '../../src/layout'
import { decodeLinkRoom, encodeTagEntries } from '../../src/plugin-data/board-tags'
import { validJourney } from '../reader/generated-board'

const grid = {
  columns: [
    { stageId: 'a', x: 0, width: 100 },
    { stageId: 'b', x: 200, width: 100 }
  ],
  rows: [
    { laneId: 'x', y: 0, height: 100 },
    { laneId: 'y', y: 200, height: 100 }
  ]
}

describe('stored link room', () => {
  it('should keep room by stage, lane and cell ids, leave zeros out, and put it back on a grid in another order', () => {
    // A sparse array, as widening leaves where no link asked: its holes are zeros.
    const columns: number[] = []
    columns[1] = 48
    const room = { columns: [0, 96], rows: [0, 0, 30], cells: new Map([[cellKey('b', 'y'), { columns, rows: [], drops: [0] }]]) }
    const stored = linkRoomByIds(room, grid)
    expect(stored).toEqual({ columns: { b: 96 }, below: 30, cells: { [cellKey('b', 'y')]: { columns: [0, 48] } } })
    expect(JSON.parse(JSON.stringify(stored))).toEqual(stored)

    const reordered = { columns: [grid.columns[1]!, grid.columns[0]!], rows: grid.rows }
    const placed = linkRoomOnGrid(stored, reordered)
    expect(placed.columns).toEqual([96, 0])
    expect(placed.rows).toEqual([0, 0, 30])
    expect(placed.cells.get(cellKey('b', 'y'))).toEqual({ columns: [0, 48], rows: [], drops: [] })
  })

  it('should drop room for a stage or lane the board no longer has', () => {
    const stored = { columns: { gone: 50 }, rows: { y: 20 }, cells: { [cellKey('gone', 'x')]: { rows: [40] } } }
    const placed = linkRoomOnGrid(stored, grid)
    expect(placed).toEqual({ columns: [0, 0], rows: [0, 20, 0], cells: new Map() })
  })

  it('should store nothing when there is no room, and add two rooms gap by gap', () => {
    expect(isNoStoredLinkRoom(linkRoomByIds(noLinkRoom(2, 2), grid))).toBe(true)
    const a = { columns: [1, 2], rows: [0, 0, 0], cells: new Map([['c', { columns: [1], rows: [], drops: [] }]]) }
    const b = { columns: [10, 0], rows: [0, 5, 0], cells: new Map([['c', { columns: [0, 7], rows: [3], drops: [] }]]) }
    expect(addLinkRooms(a, b)).toEqual({ columns: [11, 2], rows: [0, 5, 0], cells: new Map([['c', { columns: [1, 7], rows: [3], drops: [] }]]) })
  })

  it('should round-trip through the board section’s entries, and read none from a board that stores none', () => {
    const journey = validJourney({ id: 'j', title: 'J', personas: [{ id: 'p', name: 'P' }], stages: [{ id: 'a', name: 'A' }], lanes: [{ id: 'x', name: 'X', kind: 'actions' }] })
    const linkRoom = { columns: { a: 96 }, cells: { [cellKey('a', 'x')]: { drops: [0, 48] } } }
    expect(decodeLinkRoom(encodeTagEntries('board', { role: 'board' }, { layoutVersion: 1, journey, linkRoom }))).toEqual(linkRoom)
    expect(decodeLinkRoom(encodeTagEntries('board', { role: 'board' }, { layoutVersion: 1, journey }))).toEqual({})
  })
})
