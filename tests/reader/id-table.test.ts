import { describe, expect, it } from 'vitest'

import { IdTable } from '../../src/reader/id-table'

describe('IdTable', () => {
  it('answers as a Map does when its ids are spread over several Maps', () => {
    const ids = [...Array.from({ length: 9000 }, (_, i) => `1:${i}`), '', 'a', '7;0:1', 'Ω:9']
    const table = new IdTable<number>(ids.length)
    const map = new Map<string, number>()
    ids.forEach((id, i) => {
      table.set(id, i)
      map.set(id, i)
    })
    table.set('1:5', -1)
    map.set('1:5', -1)
    for (const id of [...ids, '1:9000', 'b', '0:0']) {
      expect(table.get(id)).toBe(map.get(id))
      expect(table.has(id)).toBe(map.has(id))
    }
  })
})
