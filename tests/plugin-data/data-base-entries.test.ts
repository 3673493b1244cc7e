import { describe, expect, it } from 'vitest'

import { JOURNEY_PART_BYTES } from '../../src/plugin-data/board-tags'
import { DATA_BASE_PARTS_KEY, dataBasePartKey, decodeDataBase, encodeDataBase, isDataBaseKey } from '../../src/plugin-data/data-base-entries'
import { smallJourney } from '../sync/sync-fixtures'

describe('the data base stored on a synced board', () => {
  it('reads back exactly, however many parts it takes', () => {
    const base = smallJourney()
    // Two-byte characters, so the parts are cut inside long texts.
    const items = Array.from({ length: 30 }, (_, i) => ({ ...base.items[0]!, id: `long-${i}`, text: 'ø'.repeat(4000) }))
    const journey = { ...base, items: [...base.items, ...items] }
    expect(JSON.stringify(journey).length * 2).toBeGreaterThan(2 * JOURNEY_PART_BYTES)
    const entries = encodeDataBase(journey)
    expect(Number(entries[DATA_BASE_PARTS_KEY])).toBeGreaterThan(1)
    expect(Object.keys(entries).every(isDataBaseKey)).toBe(true)
    expect(decodeDataBase(entries)).toEqual({ ok: true, value: journey })
  })

  it('is absent when the board shows the data itself', () => {
    expect(encodeDataBase(undefined)).toEqual({})
    expect(decodeDataBase({ key: 'board', role: 'board' })).toBeUndefined()
  })

  it('names what is wrong with damaged entries', () => {
    const entries = encodeDataBase(smallJourney())
    expect(decodeDataBase({ ...entries, [DATA_BASE_PARTS_KEY]: '2' })).toEqual({
      ok: false,
      problems: [{ path: dataBasePartKey(1), message: 'part 2 of 2 of the data base is missing' }]
    })
    expect(decodeDataBase({ ...entries, [dataBasePartKey(0)]: '{' })).toMatchObject({ ok: false, problems: [{ path: 'dataBase' }] })
    expect(decodeDataBase({ [DATA_BASE_PARTS_KEY]: 'x' })).toMatchObject({ ok: false, problems: [{ path: DATA_BASE_PARTS_KEY }] })
  })

  it('tells its keys from others', () => {
    expect(['dataBase.parts', 'dataBase.0', 'dataBase.12'].every(isDataBaseKey)).toBe(true)
    expect(['journey.0', 'dataBase.01', 'dataBase.', 'key'].some(isDataBaseKey)).toBe(false)
  })
})
