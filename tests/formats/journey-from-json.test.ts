import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { journeyFromJson, journeyToJson } from '../../src/formats'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'

describe('journeyFromJson(journeyToJson(journey))', () => {
  it('gives back the same journey, field for field', () => {
    fc.assert(
      fc.property(journeyArbitrary(), (journey) => {
        expect(journeyFromJson(journeyToJson(journey))).toStrictEqual({ ok: true, value: journey })
      })
    )
  })
})

describe('journeyToJson', () => {
  it('writes the versioned file, pretty-printed, ending with a newline', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 2 }), (journey) => {
        const text = journeyToJson(journey)
        expect(JSON.parse(text)).toEqual({ format: 'journeyboard', version: 2, journey })
        expect(text.startsWith('{\n  "format": "journeyboard",\n  "version": 2,\n  "journey": {\n')).toBe(true)
        expect(text.endsWith('}\n')).toBe(true)
      })
    )
  })
})

describe('journeyFromJson', () => {
  it('reads a file that starts with a byte order mark', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 2 }), (journey) => {
        expect(journeyFromJson(`\uFEFF${journeyToJson(journey)}`)).toStrictEqual({ ok: true, value: journey })
      })
    )
  })

  it('names the line and column of bad JSON when the engine gives its position', () => {
    const result = journeyFromJson('{\n  "format": "journeyboard",\n  "version": 1,\n  }')
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.problems).toHaveLength(1)
    expect(result.problems[0]?.message).toMatch(/^not valid JSON: /)
    // Engines differ in whether they report a position; when they do, it must be the right one.
    if (result.problems[0]?.path !== '') expect(result.problems[0]?.path).toBe('line 4, column 3')
  })

  it('passes on the model’s problems, with paths from the journey', () => {
    const result = journeyFromJson(JSON.stringify({ format: 'journeyboard', version: 1, journey: { id: 'x' } }))
    expect(result.ok).toBe(false)
    expect(!result.ok && result.problems.map((p) => p.path)).toEqual(expect.arrayContaining(['title', 'personas', 'stages', 'lanes']))
  })
})
