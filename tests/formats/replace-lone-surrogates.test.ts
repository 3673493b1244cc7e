import fc from 'fast-check'
import { describe, expect, it, vi } from 'vitest'

import { exportJourneyWithWarnings, importJourney, journeyFromJson, replaceLoneSurrogates } from '../../src/formats'
import type { Journey } from '../../src/model'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

/** A decoder that keeps a leading U+FEFF as text, as a string holds it (the default decoder drops it as a byte-order mark). */
const UTF8 = new TextDecoder('utf-8', { ignoreBOM: true })

/** Whether UTF-8 holds the text as it is (no lone surrogate), by a real encoder and decoder. */
function isWellFormed(text: string): boolean {
  return UTF8.decode(new TextEncoder().encode(text)) === text
}

/** A lone high or low surrogate: half of a character, which JSON can carry and UTF-8 cannot. */
const loneSurrogate = fc.oneof(fc.integer({ min: 0xd800, max: 0xdbff }), fc.integer({ min: 0xdc00, max: 0xdfff })).map((unit) => String.fromCharCode(unit))

/**
 * Text with lone surrogates now and then, which may meet and pair up: a string of unit 'binary' is
 * whole code points only, so it never holds one.
 */
const textWithHalves = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 6 }), loneSurrogate), { maxLength: 8 }).map((pieces) => pieces.join(''))

/**
 * A journey with a lone surrogate put into one item's text, at a random place, and into its title
 * (which the Markdown report always shows), and that item's index.
 */
const journeyWithLoneSurrogate = journeyArbitrary({ minItems: 1, maxItems: 6 }).chain((journey) =>
  fc.record({ index: fc.nat({ max: journey.items.length - 1 }), unit: loneSurrogate, at: fc.nat() }).map(({ index, unit, at }) => {
    const items = journey.items.map((item, i) => {
      if (i !== index) return item
      // Between two letters, so the half never meets another half and makes a pair.
      const cut = at % (item.text.length + 1)
      return { ...item, text: `${item.text.slice(0, cut)}a${unit}a${item.text.slice(cut)}` }
    })
    return { journey: { ...journey, title: `${journey.title}a${unit}a`, items } as Journey, index, unit }
  })
)

describe('lone surrogates: one rule for every format', () => {
  it('replaceLoneSurrogates writes exactly what a UTF-8 encoder writes, and leaves well-formed text alone', () => {
    fc.assert(
      fc.property(textWithHalves, (text) => {
        const replaced = replaceLoneSurrogates(text)
        expect(replaced).toBe(UTF8.decode(new TextEncoder().encode(text)))
        expect(replaced.length).toBe(text.length)
        if (isWellFormed(text)) expect(replaced).toBe(text)
      }),
      propertyRuns(300)
    )
  })

  it('writes the same where the engine has no String.prototype.isWellFormed (ES2024), as FigJam\'s sandbox may not', async () => {
    const own = Object.getOwnPropertyDescriptor(String.prototype, 'isWellFormed')
    vi.resetModules()
    Reflect.deleteProperty(String.prototype, 'isWellFormed')
    let withoutIt: typeof replaceLoneSurrogates
    try {
      ;({ replaceLoneSurrogates: withoutIt } = await import('../../src/formats/replace-lone-surrogates'))
    } finally {
      if (own !== undefined) Object.defineProperty(String.prototype, 'isWellFormed', own)
      vi.resetModules()
    }
    fc.assert(
      fc.property(textWithHalves, (text) => {
        expect(withoutIt(text)).toBe(UTF8.decode(new TextEncoder().encode(text)))
      }),
      propertyRuns(300)
    )
  })

  it('CSV and Markdown write U+FFFD and name the text in a warning; JSON and Mermaid keep the half exactly', () => {
    fc.assert(
      fc.property(journeyWithLoneSurrogate, ({ journey, index, unit }) => {
        const code = `U+${unit.charCodeAt(0).toString(16).toUpperCase()}`
        for (const format of ['csv', 'md'] as const) {
          const { text, warnings } = exportJourneyWithWarnings(journey, format)
          expect(isWellFormed(text)).toBe(true)
          expect(text).toContain('a\uFFFDa')
          expect(warnings.map((w) => w.path)).toEqual(expect.arrayContaining(['title', `items[${index}].text`]))
          const warning = warnings.find((w) => w.path === `items[${index}].text`)
          expect(warning?.message).toContain(code)
          // A code and its values, so the panel says it in its own language.
          expect(warning?.code).toBe('lone-surrogate')
          expect(warning?.params?.units).toContain(code)
        }
        const csv = importJourney(exportJourneyWithWarnings(journey, 'csv').text, 'csv')
        if (!csv.ok) throw new Error(JSON.stringify(csv.problems))
        const item = journey.items[index]
        expect(csv.value.items.find((i) => i.id === item?.id)?.text).toBe(replaceLoneSurrogates(item?.text ?? ''))

        const json = exportJourneyWithWarnings(journey, 'json')
        expect(json.warnings).toEqual([])
        expect(isWellFormed(json.text)).toBe(true)
        expect(journeyFromJson(json.text)).toEqual({ ok: true, value: journey })

        const mermaid = exportJourneyWithWarnings(journey, 'mermaid')
        expect(mermaid.warnings).toEqual([])
        expect(isWellFormed(mermaid.text)).toBe(true)
        const back = importJourney(mermaid.text, 'mermaid')
        if (!back.ok) throw new Error(JSON.stringify(back.problems))
        // Mermaid holds the title always (items only of the lanes it draws as tasks).
        expect(back.value.title).toBe(journey.title)
      }),
      propertyRuns(60)
    )
  })
})
