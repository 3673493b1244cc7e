import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import {
  decodeBoardJourney,
  decodeBoardTag,
  encodeBoardData,
  encodeNodeTag,
  JOURNEY_PART_BYTES,
  JOURNEY_PARTS_KEY,
  journeyPartKey,
  LAYOUT_VERSION_KEY,
  PLAN_KEY_KEY,
  readTagData,
  TAG_NAMESPACE
} from '../../src/plugin-data/board-tags'
import { LegendSubjectSchema, PlanPartSchema, PlanRoleSchema, type PlanTag } from '../../src/layout'
import { type Journey, validateJourney } from '../../src/model'
import { TEMPLATES } from '../../src/templates'
import { boardJourneyArbitrary } from '../fixtures/board-journey-arbitrary'

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
  it('should write one string entry per field and read the same tag back', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), tagArbitrary, (key, tag) => {
        const data = encodeNodeTag(key, tag)
        expect(Object.values(data).every((value) => typeof value === 'string' && value !== '')).toBe(true)
        const extra = tag.role === 'board' ? encodeBoardData(3) : {}
        expect(decodeBoardTag({ ...data, ...extra })).toEqual({
          ok: true,
          value: { key, tag, ...(tag.role === 'board' ? { layoutVersion: 3 } : {}) }
        })
      })
    )
  })

  it('should spell the entries the way a REST reader will look them up', () => {
    expect(encodeNodeTag('item:a', { role: 'item', itemId: 'a', stageId: 's', laneId: 'l' })).toEqual({
      key: 'item:a',
      role: 'item',
      itemId: 'a',
      stageId: 's',
      laneId: 'l'
    })
    expect(PLAN_KEY_KEY).toBe('key')
    expect(TAG_NAMESPACE).toBe('journeyboard')
  })

  it('should report what is wrong with damaged entries, by key', () => {
    expect(decodeBoardTag({ key: 'x', role: 'wizard' })).toMatchObject({ ok: false, problems: [{ path: 'role' }] })
    expect(decodeBoardTag({ role: 'item' })).toMatchObject({ ok: false, problems: [{ path: 'key' }] })
    expect(decodeBoardTag({ key: 'board', role: 'board' })).toMatchObject({ ok: false, problems: [{ path: LAYOUT_VERSION_KEY }] })
    expect(decodeBoardTag({ key: 'board', role: 'board', layoutVersion: 'one' })).toMatchObject({ ok: false, problems: [{ path: LAYOUT_VERSION_KEY }] })
    const missing = { key: 'board', role: 'board', layoutVersion: '1', [JOURNEY_PARTS_KEY]: '2', [journeyPartKey(0)]: '{' }
    expect(decodeBoardTag(missing)).toMatchObject({ ok: false, problems: [{ path: 'journey.1', message: 'part 2 of 2 of the journey is missing' }] })
    expect(decodeBoardTag({ key: 'board', role: 'board', layoutVersion: '1', [JOURNEY_PARTS_KEY]: '999999999' })).toMatchObject({ ok: false })
  })

  it('should keep keys it does not know, so newer boards still read', () => {
    expect(decodeBoardTag({ key: 'lane:x', role: 'lane-label', laneId: 'x', futureField: 'yes' })).toEqual({
      ok: true,
      value: { key: 'lane:x', tag: { role: 'lane-label', laneId: 'x' } }
    })
  })

  describe('the stored journey', () => {
    const board = (journey: Journey): Record<string, string> => ({ ...encodeNodeTag('board', { role: 'board', journeyId: journey.id }), ...encodeBoardData(1, journey) })

    it('should round-trip any valid journey', () => {
      fc.assert(
        fc.property(boardJourneyArbitrary(), (journey) => {
          expect(decodeBoardJourney(board(journey))).toEqual({ ok: true, value: journey })
        }),
        { numRuns: 60 }
      )
    })

    it('should split a journey bigger than one entry into parts that each fit', () => {
      const big = carRental()
      const text = 'Ærlig talt, 🚗 '.repeat(300).slice(0, 4000)
      const extra = Array.from({ length: 60 }, (_, i) => ({ ...big.items[0]!, id: `big-${i}`, text }))
      const journey: Journey = { ...big, items: [...big.items, ...extra] }
      const data = board(journey)
      const parts = Number(data[JOURNEY_PARTS_KEY])
      expect(parts).toBeGreaterThan(2)
      for (let i = 0; i < parts; i += 1) expect(new TextEncoder().encode(data[journeyPartKey(i)]).length).toBeLessThanOrEqual(JOURNEY_PART_BYTES)
      expect(decodeBoardJourney(data)).toEqual({ ok: true, value: journey })
    })

    it('should explain a board that lost its journey, holds broken JSON or an invalid journey', () => {
      const journey = carRental()
      expect(decodeBoardJourney({ key: 'board', role: 'board', layoutVersion: '1' })).toMatchObject({ ok: false, problems: [{ path: JOURNEY_PARTS_KEY }] })
      expect(decodeBoardJourney({ ...board(journey), [journeyPartKey(0)]: '{"id":' })).toMatchObject({
        ok: false,
        problems: [{ path: 'journey', message: expect.stringMatching(/^the stored journey is not valid JSON/) }]
      })
      const invalid = { ...journey, stages: [] }
      expect(decodeBoardJourney(board(invalid as Journey))).toMatchObject({
        ok: false,
        problems: expect.arrayContaining([{ path: 'journey.stages', message: 'needs at least one stage' }])
      })
      expect(decodeBoardJourney(encodeNodeTag('lane:x', { role: 'lane-label', laneId: 'x' }))).toMatchObject({ ok: false, problems: [{ path: 'role' }] })
    })
  })

  it('should read a node’s entries through the shared plugin data API', () => {
    const entries = new Map([
      ['key', 'item:a'],
      ['role', 'item']
    ])
    const node = {
      getSharedPluginDataKeys: (namespace: string) => (namespace === TAG_NAMESPACE ? [...entries.keys()] : []),
      getSharedPluginData: (namespace: string, key: string) => (namespace === TAG_NAMESPACE ? (entries.get(key) ?? '') : '')
    }
    expect(readTagData(node)).toEqual({ key: 'item:a', role: 'item' })
  })
})
