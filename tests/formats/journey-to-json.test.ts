import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { journeyToJson } from '../../src/formats'
import { UiToMainSchema } from '../../src/messages'
import { envelopeOf, type Journey, type JourneyEnvelope, toJourneyFile, validateJourney } from '../../src/model'
import { createJourneyFromTemplate } from '../../src/templates'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/** What the writer must give: the text of one JSON.stringify of the whole file, and a newline. */
function stringified(journey: Journey, envelope: JourneyEnvelope = {}): string {
  return `${JSON.stringify(toJourneyFile(journey, envelope), null, 2)}\n`
}

function template(): Journey {
  const made = createJourneyFromTemplate({ templateId: 'car-rental' })
  if (!made.ok) throw new Error('template failed')
  return made.value
}

/** Values JSON.stringify does not write as they are: a Date and an object that writes itself. */
const SELF_WRITING: readonly [string, unknown][] = [
  ['a Date', new Date(0)],
  ['an object with a toJSON method', { toJSON: () => 'written by itself' }]
]

describe('journeyToJson', () => {
  it('writes random journeys, extension fields of any JSON shape and the envelope’s included, exactly as JSON.stringify(file, null, 2) does', () => {
    const envelope = fc.record(
      { $schema: fc.string(), fields: fc.dictionary(fc.string().map((key) => `x-${key}`), fc.jsonValue({ maxDepth: 4 }), { maxKeys: 3 }) },
      { requiredKeys: ['fields'] }
    )
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 6, extensions: true }), envelope, fc.boolean(), (journey, { $schema, fields }, unset) => {
        // fast-check's JSON values are the model's, typed apart.
        const given = { ...($schema === undefined ? {} : { $schema }), ...fields } as JourneyEnvelope
        // An optional field set to undefined, as code that spreads a journey may leave it, is left out as JSON.stringify leaves it out.
        const written = unset ? { ...journey, personaId: undefined, personas: journey.personas.map((persona) => ({ ...persona, scenario: undefined })) } : journey
        expect(journeyToJson(written, given)).toBe(stringified(written, given))
      }),
      propertyRuns(40)
    )
  })

  // The writer writes plain objects field by field and leaves every other value to JSON.stringify,
  // with no case of its own for a value with a toJSON method: the model holds none.
  describe.each(SELF_WRITING)('never meets %s: the model refuses one', (_, value) => {
    it('in an extension field of the journey or of an item, as not plain JSON', () => {
      const journey = template()
      const onJourney = validateJourney({ ...journey, 'x-when': value })
      expect(onJourney.ok ? [] : onJourney.problems.map((found) => [found.path, found.code])).toEqual([['x-when', 'json-not-plain']])
      const onItem = validateJourney({ ...journey, items: journey.items.map((item, index) => (index === 0 ? { ...item, 'x-when': { nested: [value] } } : item)) })
      expect(onItem.ok ? [] : onItem.problems.map((found) => [found.path, found.code])).toEqual([['items[0].x-when', 'json-not-plain']])
    })

    it('in the file’s envelope, whose extension fields that are not plain JSON are left behind', () => {
      expect(envelopeOf({ $schema: 'journey.schema.json', 'x-when': value, 'x-kept': [1] })).toEqual({ $schema: 'journey.schema.json', 'x-kept': [1] })
    })

    it('in the panel’s export request, which the sandbox refuses at the door', () => {
      const journey = template()
      const request = { type: 'export', requestId: 'r1', format: 'json' }
      expect(UiToMainSchema.safeParse({ ...request, journey }).success).toBe(true)
      expect(UiToMainSchema.safeParse({ ...request, journey: { ...journey, 'x-when': value } }).success).toBe(false)
    })
  })

  it('never meets a toJSON method as a field of the model’s own objects: it is a field the model does not know', () => {
    const journey = template()
    const checked = validateJourney({ ...journey, stages: journey.stages.map((stage, index) => (index === 0 ? { ...stage, toJSON: () => 'stage' } : stage)) })
    expect(checked.ok ? [] : checked.problems.map((found) => [found.path, found.code])).toEqual([['stages[0].toJSON', 'unknown-field']])
  })
})
