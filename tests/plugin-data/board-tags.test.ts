import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  decodeBoardJourney,
  decodeBoardTag,
  decodeBoardStore,
  encodeNodeTag,
  encodeTagEntries,
  isStoredPartKey,
  JOURNEY_PART_BYTES,
  storedPartKey,
  TAG_KEY,
  TAG_NAMESPACE
} from '../../src/plugin-data/board-tags'
import { LegendSubjectSchema, PlanPartSchema, PlanRoleSchema, type PlanTag } from '../../src/layout'
import { type Journey, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardJourneyArbitrary } from '../fixtures/board-journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

const dataBaseStored = (data: Parameters<typeof decodeBoardStore>[0]): ReturnType<typeof decodeBoardStore>['dataBase'] => decodeBoardStore(data).dataBase

const textHeightsStored = (data: Parameters<typeof decodeBoardStore>[0]): ReturnType<typeof decodeBoardStore>['textHeights'] => decodeBoardStore(data).textHeights

const id = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,20}$/)
const tagArbitrary: fc.Arbitrary<PlanTag> = fc.record(
  {
    role: fc.constantFrom(...PlanRoleSchema.options),
    part: fc.constantFrom(...PlanPartSchema.options),
    journeyId: id,
    personaId: id,
    phaseId: id,
    stageId: id,
    laneId: id,
    itemId: id,
    linkId: id,
    activityTypeId: id,
    toItemId: id,
    variant: id,
    legendSubject: fc.constantFrom(...LegendSubjectSchema.options)
  },
  { requiredKeys: ['role'] }
)

function carRental(): Journey {
  const template = TEMPLATES.find((t) => t.id === 'car-rental')!
  const result = validateJourney(template.journey('en'))
  if (!result.ok) throw new Error('invalid template')
  return result.value
}

describe('board tags', () => {
  it('should write one entry per node and read the same tag back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), tagArbitrary, (key, tag) => {
        const store = tag.role === 'board' ? { layoutVersion: 3 } : undefined
        const data = encodeTagEntries(key, tag, store)
        expect(Object.keys(data)).toEqual([TAG_KEY])
        expect(decodeBoardTag(data)).toEqual({
          ok: true,
          value: { key, tag, ...(tag.role === 'board' ? { layoutVersion: 3 } : {}) }
        })
      })
    )
  })

  it('should spell the entry compactly, one letter per field, as a REST reader will find it', () => {
    expect(encodeTagEntries('item:a', { role: 'item', itemId: 'a', stageId: 's', laneId: 'l' })).toEqual({
      t: '{"k":"item:a","r":"item","i":"a","s":"s","l":"l"}'
    })
    expect(encodeNodeTag('board', { role: 'board', journeyId: 'j' }, { layoutVersion: 1, storedParts: 2 })).toBe('{"k":"board","r":"board","j":"j","lv":1,"sp":2}')
    expect(TAG_NAMESPACE).toBe('journeyboard')
  })

  it('should report what is wrong with a damaged entry, by field', () => {
    expect(decodeBoardTag({ t: '{"k":"x","r":"wizard"}' })).toMatchObject({ ok: false, problems: [{ path: 't.r' }] })
    expect(decodeBoardTag({ t: '{"r":"item"}' })).toMatchObject({ ok: false, problems: [{ path: 't.k' }] })
    expect(decodeBoardTag({ t: '{"k":"board","r":"board"}' })).toMatchObject({ ok: false, problems: [{ path: 't.lv', code: 'no-layout-version' }] })
    expect(decodeBoardTag({ t: '{"k":"board","r":"board","lv":"one"}' })).toMatchObject({ ok: false, problems: [{ path: 't.lv' }] })
    expect(decodeBoardTag({ t: '{"k":' })).toMatchObject({ ok: false, problems: [{ path: 't', code: expect.stringMatching(/^not-valid-json/) as string, message: expect.stringMatching(/^is not valid JSON/) as string }] })
    expect(decodeBoardTag({})).toEqual({ ok: false, problems: [{ path: 't', code: 'no-tag', params: {}, message: 'the object carries no journeyboard tag' }] })
  })

  it('should keep fields it does not know, so newer boards still read', () => {
    expect(decodeBoardTag({ t: '{"k":"lane:x","r":"lane-label","l":"x","future":"yes"}' })).toEqual({
      ok: true,
      value: { key: 'lane:x', tag: { role: 'lane-label', laneId: 'x' } }
    })
  })

  it('should tell the stored parts from other entries', () => {
    expect(['s0', 's1', 's12'].every(isStoredPartKey)).toBe(true)
    expect(['s', 's01', 't', 'journey.0', 'dataBase.1'].some(isStoredPartKey)).toBe(false)
  })

  describe('on boards drawn when every field was its own entry', () => {
    it('should read the old entries as the same tag', () => {
      expect(decodeBoardTag({ key: 'item:a', role: 'item', itemId: 'a', stageId: 's', laneId: 'l' })).toEqual({
        ok: true,
        value: { key: 'item:a', tag: { role: 'item', itemId: 'a', stageId: 's', laneId: 'l' } }
      })
      expect(decodeBoardTag({ key: 'board', role: 'board', layoutVersion: '1' })).toEqual({ ok: true, value: { key: 'board', tag: { role: 'board' }, layoutVersion: 1 } })
      expect(decodeBoardTag({ key: 'x', role: 'wizard' })).toMatchObject({ ok: false, problems: [{ path: 'role' }] })
    })

    it('should read the old stored journey and data base, in parts', () => {
      const journey = carRental()
      const json = JSON.stringify(journey)
      const half = Math.floor(json.length / 2)
      const data = { key: 'board', role: 'board', layoutVersion: '1', 'journey.parts': '2', 'journey.0': json.slice(0, half), 'journey.1': json.slice(half), 'dataBase.parts': '1', 'dataBase.0': json }
      expect(decodeBoardJourney(data)).toEqual({ ok: true, value: journey })
      expect(dataBaseStored(data)).toEqual({ ok: true, value: journey })
      expect(decodeBoardJourney({ ...data, 'journey.parts': '3' })).toEqual({
        ok: false,
        problems: [{ path: 'journey.2', code: 'stored-part-missing', params: { part: 3, parts: 3 }, message: 'part 3 of 3 is missing' }]
      })
      expect(decodeBoardJourney({ ...data, 'journey.parts': '0' })).toEqual({
        ok: false,
        problems: [{ path: 'journey.parts', code: 'stored-parts-count', params: { max: 10_000 }, message: 'must be a number of parts from 1 to 10000' }]
      })
      expect(dataBaseStored({ ...data, 'dataBase.0': '{' })).toMatchObject({ ok: false, problems: [{ path: 'dataBase', code: expect.stringMatching(/^not-valid-json/) as string }] })
      expect(decodeBoardTag({ key: 'board', role: 'board' })).toMatchObject({ ok: false, problems: [{ path: 'layoutVersion', code: 'no-layout-version', message: 'the board section must say which layout drew it' }] })
    })
  })

  describe('the stored journey', () => {
    const board = (journey: Journey, dataBase?: Journey): Record<string, string> =>
      encodeTagEntries('board', { role: 'board', journeyId: journey.id }, { layoutVersion: 1, journey, ...(dataBase === undefined ? {} : { dataBase }) })

    it('should round-trip any valid journey, and a data base beside it', () => {
      fc.assert(
        fc.property(boardJourneyArbitrary(), (journey) => {
          expect(decodeBoardJourney(board(journey))).toEqual({ ok: true, value: journey })
          expect(dataBaseStored(board(journey))).toBeUndefined()
          expect(dataBaseStored(board(journey, journey))).toEqual({ ok: true, value: journey })
        }),
        propertyRuns(60)
      )
    })

    it('should split a journey bigger than one entry into parts that each fit', () => {
      const big = carRental()
      const text = 'Ærlig talt, 🚗 '.repeat(300).slice(0, 4000)
      const extra = Array.from({ length: 60 }, (_, i) => ({ ...big.items[0]!, id: `big-${i}`, text }))
      const journey: Journey = { ...big, items: [...big.items, ...extra] }
      const data = board(journey)
      const decoded = decodeBoardTag(data)
      const parts = decoded.ok ? (decoded.value.storedParts ?? 0) : 0
      expect(parts).toBeGreaterThan(2)
      expect(Object.keys(data)).toHaveLength(parts + 1)
      for (let i = 0; i < parts; i += 1) expect(new TextEncoder().encode(data[storedPartKey(i)]).length).toBeLessThanOrEqual(JOURNEY_PART_BYTES)
      expect(decodeBoardJourney(data)).toEqual({ ok: true, value: journey })
    })

    it('should keep the text heights FigJam reported beside the journey, and drop them when they are damaged', () => {
      const journey = carRental()
      const textHeights = { 'text\u0000Inter\u0000Bold\u000022\u0000232\u0000Actions': 26.5 }
      const data = encodeTagEntries('board', { role: 'board' }, { layoutVersion: 1, journey, textHeights })
      expect(textHeightsStored(data)).toEqual(textHeights)
      expect(decodeBoardJourney(data)).toEqual({ ok: true, value: journey })
      expect(textHeightsStored(board(journey))).toEqual({})
      const damaged = encodeTagEntries('board', { role: 'board' }, { layoutVersion: 1, journey, textHeights: { a: -1 } })
      expect(textHeightsStored(damaged)).toEqual({})
    })

    it('should explain a board that lost its journey, holds broken JSON or an invalid journey', () => {
      const journey = carRental()
      expect(decodeBoardJourney(encodeTagEntries('board', { role: 'board' }, { layoutVersion: 1 }))).toEqual({
        ok: false,
        problems: [{ path: 'journey', code: 'no-stored-journey', params: {}, message: 'this board section carries no journey' }]
      })
      // The engine's position is kept as a value, its English words are not.
      expect(decodeBoardJourney({ ...board(journey), [storedPartKey(0)]: '{"broken' })).toEqual({
        ok: false,
        problems: [{ path: 'journey', code: 'not-valid-json-at', params: { position: 8 }, message: 'is not valid JSON (at position 8)' }]
      })
      expect(decodeBoardJourney({ ...board(journey), [storedPartKey(0)]: '{"id":' })).toMatchObject({ ok: false, problems: [{ path: 'journey', code: expect.stringMatching(/^not-valid-json/) as string }] })
      expect(decodeBoardJourney({ ...board(journey), [storedPartKey(0)]: '[1]' })).toEqual({
        ok: false,
        problems: [{ path: 'journey', code: 'stored-not-journey', params: {}, message: 'the stored journey is not valid JSON of a journey' }]
      })
      const { s0: _dropped, ...lost } = board(journey)
      expect(decodeBoardJourney(lost)).toEqual({ ok: false, problems: [{ path: 's0', code: 'stored-part-missing', params: { part: 1, parts: 1 }, message: 'part 1 of 1 is missing' }] })
      expect(decodeBoardJourney(encodeTagEntries('item:a', { role: 'item', itemId: 'a' }))).toEqual({
        ok: false,
        problems: [{ path: 'role', code: 'not-board-section', params: { role: 'item' }, message: 'only the board section carries the journey; this object is a "item"' }]
      })
      const invalid = { ...journey, stages: [] }
      expect(decodeBoardJourney(board(invalid as Journey))).toMatchObject({
        ok: false,
        problems: expect.arrayContaining([{ path: 'journey.stages', message: 'needs at least one stage', code: 'needs-stage', params: {} }])
      })
      expect(decodeBoardJourney(encodeTagEntries('lane:x', { role: 'lane-label', laneId: 'x' }))).toMatchObject({ ok: false, problems: [{ path: 'role' }] })
    })
  })
})
