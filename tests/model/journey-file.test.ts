import { describe, expect, it } from 'vitest'

import { journeyFileJsonSchema, MIGRATIONS, parseJourneyFile, toJourneyFile, validateJourney } from '../../src/model'

const journey = {
  id: 'j',
  title: 'Moving house',
  personas: [{ id: 'p', name: 'Sara' }],
  stages: [{ id: 's1', name: 'Deciding to move' }],
  lanes: [{ id: 'l1', name: 'Thoughts', kind: 'thoughts' }]
}

describe('parseJourneyFile', () => {
  it('reads a version 1 file and fills in defaults', () => {
    const result = parseJourneyFile({ format: 'journeyboard', version: 1, journey })
    expect(result.ok).toBe(true)
    if (result.ok) expect(result.value.items).toEqual([])
  })

  it('round-trips through toJourneyFile', () => {
    const checked = validateJourney(journey)
    if (!checked.ok) throw new Error('fixture invalid')
    const again = parseJourneyFile(JSON.parse(JSON.stringify(toJourneyFile(checked.value))))
    expect(again).toEqual({ ok: true, value: checked.value })
  })

  it('reports journey problems with paths relative to the journey', () => {
    const result = parseJourneyFile({ format: 'journeyboard', version: 1, journey: { ...journey, stages: [{ id: 's1', name: '' }] } })
    expect(result).toEqual({ ok: false, problems: [{ path: 'stages[0].name', message: 'must not be empty', code: 'not-empty', params: {} }] })
  })

  it('rejects a wrong envelope with every problem named', () => {
    expect(parseJourneyFile({ format: 'miro', version: 'one' })).toEqual({
      ok: false,
      problems: [
        { path: 'format', message: 'must be one of "journeyboard", got "miro"', code: 'one-of', params: { values: ['"journeyboard"'], got: '"miro"' } },
        { path: 'version', message: 'must be a number, got text', code: 'wrong-type', params: { expected: 'number', got: 'string' } },
        { path: 'journey', message: 'is required', code: 'required', params: {} }
      ]
    })
    expect(parseJourneyFile([1, 2])).toEqual({
      ok: false,
      problems: [{ path: '', message: 'a journey file must be a JSON object with "format", "version" and "journey"', code: 'not-a-journey-file', params: {} }]
    })
  })

  it('refuses files from a newer version with a clear message', () => {
    const result = parseJourneyFile({ format: 'journeyboard', version: 3, journey })
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'version 3 is newer than this Journeyboard reads (up to 2); update Journeyboard', code: 'version-too-new', params: { version: 3, latest: 2 } }]
    })
  })

  it('runs the migration hook for older versions', () => {
    // A pretend version 0 whose journeys called the title "name".
    const migrations = { ...MIGRATIONS, 0: (old: unknown) => {
      const { name, ...rest } = old as Record<string, unknown>
      return { ...rest, title: name }
    } }
    const { title, ...rest } = journey
    const result = parseJourneyFile({ format: 'journeyboard', version: 0, journey: { ...rest, name: title } }, migrations)
    expect(result.ok && result.value.title).toBe('Moving house')
  })
})

describe('version 1 files', () => {
  const scored = {
    ...journey,
    lanes: [{ id: 'feel', name: 'Feeling', kind: 'emotion' }],
    items: [{ id: 'i1', stageId: 's1', laneId: 'feel', text: 'Stressed', score: -1 }]
  }

  it('read as the same journey in version 2: one default curve, no evidence', () => {
    const v1 = parseJourneyFile({ format: 'journeyboard', version: 1, journey: scored })
    const v2 = parseJourneyFile({ format: 'journeyboard', version: 2, journey: scored })
    expect(v1).toEqual(v2)
    expect(v1.ok && v1.value.curves).toBeUndefined()
  })

  it('lose version 2 fields they could not have had, as version 1 readers dropped them', () => {
    const withNewFields = {
      ...scored,
      curves: [{ id: 'to-be', name: 'To be', color: 'violet' }],
      items: [{ ...scored.items[0], curveId: 'to-be', evidence: { level: 'validated' } }]
    }
    const result = parseJourneyFile({ format: 'journeyboard', version: 1, journey: withNewFields })
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.value.curves).toBeUndefined()
    expect(result.value.items[0]).not.toHaveProperty('curveId')
    expect(result.value.items[0]).not.toHaveProperty('evidence')
  })

  it('keep version 2 fields when the file says version 2', () => {
    const result = parseJourneyFile({
      format: 'journeyboard',
      version: 2,
      journey: { ...scored, curves: [{ id: 'to-be', name: 'To be', color: 'violet' }], items: [{ ...scored.items[0], curveId: 'to-be', evidence: { level: 'validated', participants: ['P3'] } }] }
    })
    expect(result.ok && result.value.items[0]).toMatchObject({ curveId: 'to-be', evidence: { level: 'validated', participants: ['P3'], sources: [], itemIds: [] } })
  })
})

describe('journeyFileJsonSchema', () => {
  it('describes the envelope and the journey', () => {
    const schema = journeyFileJsonSchema() as { properties: Record<string, { properties?: Record<string, unknown> }>; required: string[] }
    expect(schema.required).toEqual(expect.arrayContaining(['format', 'version', 'journey']))
    expect(Object.keys(schema.properties.journey?.properties ?? {})).toEqual(
      expect.arrayContaining(['title', 'personas', 'stages', 'lanes', 'items', 'links', 'emotionScale', 'blueprintLines'])
    )
  })

  it('matches the published schema/journey.schema.json', async () => {
    const { readFile } = await import('node:fs/promises')
    const published = JSON.parse(await readFile(new URL('../../schema/journey.schema.json', import.meta.url), 'utf8'))
    expect(published).toEqual(journeyFileJsonSchema())
  })
})

describe('parseJourneyFile without a migration', () => {
  it('says so instead of guessing', () => {
    expect(parseJourneyFile({ format: 'journeyboard', version: 0, journey })).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'no migration from version 0', code: 'no-migration', params: { version: 0 } }]
    })
  })
})
