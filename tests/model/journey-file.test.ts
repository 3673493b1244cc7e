import { describe, expect, it } from 'vitest'

import { journeyFileJsonSchema, parseJourneyFile, toJourneyFile, validateJourney } from '../../src/model'

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
    expect(result).toEqual({ ok: false, problems: [{ path: 'stages[0].name', message: 'must not be empty' }] })
  })

  it('rejects a wrong envelope with every problem named', () => {
    expect(parseJourneyFile({ format: 'miro', version: 'one' })).toEqual({
      ok: false,
      problems: [
        { path: 'format', message: 'must be one of "journeyboard", got "miro"' },
        { path: 'version', message: 'must be a number, got text' },
        { path: 'journey', message: 'is required' }
      ]
    })
    expect(parseJourneyFile([1, 2])).toEqual({
      ok: false,
      problems: [{ path: '', message: 'a journey file must be a JSON object with "format", "version" and "journey"' }]
    })
  })

  it('refuses files from a newer version with a clear message', () => {
    const result = parseJourneyFile({ format: 'journeyboard', version: 2, journey })
    expect(result).toEqual({
      ok: false,
      problems: [{ path: 'version', message: 'version 2 is newer than this Journeyboard reads (up to 1); update Journeyboard' }]
    })
  })

  it('runs the migration hook for older versions', () => {
    // A pretend version 0 whose journeys called the title "name".
    const migrations = { 0: (old: unknown) => {
      const { name, ...rest } = old as Record<string, unknown>
      return { ...rest, title: name }
    } }
    const { title, ...rest } = journey
    const result = parseJourneyFile({ format: 'journeyboard', version: 0, journey: { ...rest, name: title } }, migrations)
    expect(result.ok && result.value.title).toBe('Moving house')
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
      problems: [{ path: 'version', message: 'no migration from version 0' }]
    })
  })
})
