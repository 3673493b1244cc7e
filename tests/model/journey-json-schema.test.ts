import { readFile } from 'node:fs/promises'

import Ajv2020 from 'ajv/dist/2020'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { JOURNEY_FILE_VERSION, type JourneyInput, MAX_NAME_LENGTH, parseJourneyFile } from '../../src/model'
import { journeyInputArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/**
 * The published JSON Schema and `validate` accept the same files, field by field (the schema cannot
 * say the cross-field rules: unique ids, references, scores on the scale). Checked with a real JSON
 * Schema validator on the file people download, not on our own reading of it.
 */

const published = JSON.parse(await readFile(new URL('../../schema/journey.schema.json', import.meta.url), 'utf8')) as object
const schemaAccepts = new Ajv2020({ strict: false, allErrors: true }).compile(published)

function file(journey: unknown, envelope: Record<string, unknown> = {}): Record<string, unknown> {
  return { format: 'journeyboard', version: JOURNEY_FILE_VERSION, journey, ...envelope }
}

function verdicts(data: unknown): { schema: boolean; validate: boolean } {
  return { schema: schemaAccepts(data), validate: parseJourneyFile(data).ok }
}

const base: JourneyInput = {
  id: 'j',
  title: 'Moving house',
  personas: [{ id: 'p', name: 'Sara' }],
  stages: [{ id: 's1', name: 'Deciding to move' }],
  lanes: [{ id: 'l1', name: 'Thoughts', kind: 'thoughts' }]
}

const BLANKS = ['', ' ', '   ', '\t', '\u00A0', '\u00A0 \u00A0', '\n', '\u3000', '\uFEFF', '\u2028']

describe('the published JSON Schema and validate', () => {
  it.each(BLANKS.map((blank) => [JSON.stringify(blank), blank]))('both refuse a title or name of only white space: %s', (_label, blank) => {
    expect(verdicts(file({ ...base, title: blank }))).toEqual({ schema: false, validate: false })
    expect(verdicts(file({ ...base, stages: [{ id: 's1', name: blank }] }))).toEqual({ schema: false, validate: false })
    expect(verdicts(file({ ...base, personas: [{ id: 'p', name: blank }] }))).toEqual({ schema: false, validate: false })
  })

  it('both count a name as written: padding that takes it past the limit is refused by both', () => {
    const padded = ` ${'a'.repeat(MAX_NAME_LENGTH - 1)}  `
    expect(verdicts(file({ ...base, title: padded }))).toEqual({ schema: false, validate: false })
    const fits = ` ${'a'.repeat(MAX_NAME_LENGTH - 2)} `
    expect(verdicts(file({ ...base, title: fits }))).toEqual({ schema: true, validate: true })
  })

  it('validate trims names once, at the door, and keeps every other text as written', () => {
    const result = parseJourneyFile(file({ ...base, title: '\u00A0 Moving house\t', scenario: '  as written  ' }))
    expect(result.ok && [result.value.title, result.value.scenario]).toEqual(['Moving house', '  as written  '])
  })

  it('both keep extension fields anywhere and refuse other unknown fields, validate naming the path', () => {
    const extended = file(
      { ...base, 'x-team': 'A7', stages: [{ id: 's1', name: 'S', 'x-code': { deep: [1, 'two'] } }] },
      { $schema: './schema/journey.schema.json', 'x-source': 'interviews' }
    )
    expect(verdicts(extended)).toEqual({ schema: true, validate: true })
    const unknown = file({ ...base, stages: [{ id: 's1', name: 'S', colour: 'red' }], notes: 'n' }, { extra: 1 })
    expect(verdicts(unknown)).toEqual({ schema: false, validate: false })
    const result = parseJourneyFile(unknown)
    expect(result.ok ? [] : result.problems.map((p) => p.path).sort()).toEqual(['extra'])
    const inner = parseJourneyFile(file({ ...base, stages: [{ id: 's1', name: 'S', colour: 'red' }], notes: 'n' }))
    expect(inner.ok ? [] : inner.problems).toEqual([
      { path: 'stages[0].colour', message: 'unknown field "colour" (fields of your own must start with "x-")', code: 'unknown-field', params: { field: 'colour', prefix: 'x-' } },
      { path: 'notes', message: 'unknown field "notes" (fields of your own must start with "x-")', code: 'unknown-field', params: { field: 'notes', prefix: 'x-' } }
    ])
  })

  it('refuses an extension value nested deeper than the stated limit, without overflowing the stack', () => {
    let deep: unknown = 'bottom'
    for (let i = 0; i < 100_000; i += 1) deep = [deep]
    const result = parseJourneyFile(file({ ...base, 'x-deep': deep }))
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'x-deep', message: 'must nest at most 64 lists or objects deep', code: 'json-too-deep', params: { n: 64 } }])
  })

  it('both accept every random valid journey as written (padded names, many scripts, extension fields)', () => {
    fc.assert(
      fc.property(journeyInputArbitrary({ extensions: true }), (journey) => {
        expect(verdicts(file(journey))).toEqual({ schema: true, validate: true })
      }),
      propertyRuns(200)
    )
  })

  it('both refuse a random valid journey with one name blanked or one unknown field added', () => {
    fc.assert(
      fc.property(
        journeyInputArbitrary({ maxItems: 4 }),
        fc.constantFrom(...BLANKS),
        fc.constantFrom('title', 'stage', 'lane', 'persona', 'unknown-item', 'unknown-journey'),
        (journey, blank, where) => {
          const broken = structuredClone(journey) as JourneyInput & Record<string, unknown>
          if (where === 'title') broken.title = blank
          if (where === 'stage') broken.stages[0]!.name = blank
          if (where === 'lane') broken.lanes[0]!.name = blank
          if (where === 'persona') broken.personas[0]!.name = blank
          if (where === 'unknown-item') (broken.stages[0] as Record<string, unknown>).colour = 'red'
          if (where === 'unknown-journey') broken.notes = blank
          expect(verdicts(file(broken))).toEqual({ schema: false, validate: false })
        }
      ),
      propertyRuns(200)
    )
  })
})
