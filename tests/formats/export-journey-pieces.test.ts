import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { sizedJourney } from '../../bench/sized-journey'
import {
  exportJourney,
  exportJourneyPieces,
  exportJourneyWithWarnings,
  ExportFormatSchema,
  JOURNEY_CSV_COLUMNS,
  journeyCsvRecords,
  journeyToCsvPieces,
  journeyToMarkdownPieces,
  replaceLoneSurrogates,
  TEXT_PIECE_CHARS,
  writeCsvRecord
} from '../../src/formats'
import { LANGUAGES } from '../../src/i18n'
import { type Journey, type JourneyEnvelope, toJourneyFile } from '../../src/model'
import { createJourneyFromTemplate } from '../../src/templates'
import { journeyArbitrary } from '../fixtures/journey-arbitrary'
import { propertyRuns } from '../support/property-runs'

const HIGH = '\uD83D'
const LOW = '\uDE00'

function expectWithinLimit(pieces: readonly string[]): void {
  for (const piece of pieces) {
    expect(piece.length).toBeGreaterThan(0)
    expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS)
  }
}

/** Where each piece after the first starts in the joined text. */
function cutsOf(pieces: readonly string[]): number[] {
  const cuts: number[] = []
  let at = 0
  for (const piece of pieces.slice(0, -1)) {
    at += piece.length
    cuts.push(at)
  }
  return cuts
}

function template(locale: string): Journey {
  const made = createJourneyFromTemplate({ templateId: 'car-rental', locale })
  if (!made.ok) throw new Error('template failed')
  return made.value
}

describe('exportJourneyPieces', () => {
  it('writes a 5,000-item journey in every format as pieces of at most TEXT_PIECE_CHARS characters, joined the text exportJourney gives', () => {
    const journey = sizedJourney(5000)
    for (const format of ExportFormatSchema.options) {
      const { pieces, warnings } = exportJourneyPieces(journey, format)
      expect(warnings).toEqual([])
      expectWithinLimit(pieces)
      expect(pieces.join('')).toBe(exportJourney(journey, format))
      if (format !== 'mermaid') expect(pieces.length).toBeGreaterThan(1)
    }
    // Made apart from the pieces: the CSV record by record, the JSON by one JSON.stringify.
    const csv = exportJourneyPieces(journey, 'csv').pieces.join('')
    expect(csv).toBe([[...JOURNEY_CSV_COLUMNS], ...journeyCsvRecords(journey)].map(writeCsvRecord).join(''))
    expect(exportJourneyPieces(journey, 'json').pieces.join('')).toBe(`${JSON.stringify(toJourneyFile(journey), null, 2)}\n`)
  })

  it('writes the JSON file value by value exactly as one JSON.stringify writes it, extension fields of any shape included', () => {
    const extension = fc.jsonValue({ maxDepth: 4 })
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 6, extensions: true }), fc.dictionary(fc.string().map((key) => `x-${key}`), extension, { maxKeys: 3 }), (journey, fields) => {
        // fast-check's JSON values are the model's, typed apart.
        const envelope = fields as JourneyEnvelope
        const { pieces } = exportJourneyPieces(journey, 'json', { envelope })
        expectWithinLimit(pieces)
        expect(pieces.join('')).toBe(`${JSON.stringify(toJourneyFile(journey, envelope), null, 2)}\n`)
      }),
      propertyRuns(60)
    )
  })

  it('cuts the CSV only between rows and the Markdown only between lines, in every language', () => {
    for (const locale of LANGUAGES) {
      const journey = { ...sizedJourney(2000), locale }
      for (const [format, end] of [['csv', '\r\n'], ['md', '\n']] as const) {
        const { pieces } = exportJourneyPieces(journey, format, { localizedHeader: true })
        expect(pieces.length).toBeGreaterThan(1)
        expectWithinLimit(pieces)
        for (const piece of pieces.slice(0, -1)) expect(piece.endsWith(end)).toBe(true)
      }
    }
  })

  it('replaces lone surrogates piece by piece exactly as in the whole text, with the same warnings', () => {
    fc.assert(
      fc.property(journeyArbitrary({ maxItems: 12 }), (journey) => {
        for (const format of ExportFormatSchema.options) {
          const { pieces, warnings } = exportJourneyPieces(journey, format)
          expectWithinLimit(pieces)
          expect({ text: pieces.join(''), warnings }).toEqual(exportJourneyWithWarnings(journey, format))
        }
        expect(exportJourneyPieces(journey, 'csv').pieces.join('')).toBe(replaceLoneSurrogates(journeyToCsvPieces(journey).join('')))
        expect(exportJourneyPieces(journey, 'md').pieces.join('')).toBe(replaceLoneSurrogates(journeyToMarkdownPieces(journey).join('')))
      }),
      propertyRuns(40)
    )
  })

  it('never parts a surrogate pair at a piece\'s edge, and keeps a lone half at the edge replaced, in CSV and Markdown', () => {
    const base = template('en')
    const painLanes = new Set(base.lanes.filter((lane) => lane.kind === 'pains').map((lane) => lane.id))
    const index = base.items.findIndex((item) => painLanes.has(item.laneId))
    // A pain longer than a piece, so a cut falls inside its text (the report lists every pain).
    const withText = (text: string): Journey => ({ ...base, items: base.items.map((item, i) => (i === index ? { ...item, text } : item)) })
    // A mark no other text of the template holds, to find where the pain's text starts.
    const plain = `\u2603${'x'.repeat(3 * TEXT_PIECE_CHARS)}`
    for (const format of ['csv', 'md'] as const) {
      const before = exportJourneyPieces(withText(plain), format).pieces
      const start = before.join('').indexOf('\u2603')
      const cut = cutsOf(before).find((at) => at > start + 1 && at < start + plain.length)
      if (cut === undefined) throw new Error(`no cut inside the text in ${format}`)
      const at = cut - start
      const place = (units: string): string => plain.slice(0, at - 1) + units + plain.slice(at + 1)

      // A pair across the cut: the cut moves one back, before the pair.
      const paired = exportJourneyPieces(withText(place(HIGH + LOW)), format)
      expect(paired.warnings).toEqual([])
      expect(cutsOf(paired.pieces)).toContain(cut - 1)
      expect(paired.pieces.join('')).toBe(exportJourney(withText(place(HIGH + LOW)), format))
      expect(paired.pieces.join('')).toContain(`x${HIGH}${LOW}x`)
      expectWithinLimit(paired.pieces)

      // A lone high half before the cut, a lone low half after it: each is U+FFFD, as in the whole text.
      for (const lone of [HIGH + 'x', 'x' + LOW]) {
        const journey = withText(place(lone))
        const { pieces, warnings } = exportJourneyPieces(journey, format)
        expect(cutsOf(pieces)).toContain(cut)
        const raw = (format === 'csv' ? journeyToCsvPieces(journey) : journeyToMarkdownPieces(journey)).join('')
        expect(pieces.join('')).toBe(replaceLoneSurrogates(raw))
        expect(pieces.join('').slice(cut - 1, cut + 1)).toBe(lone.replace(/[\uD800-\uDFFF]/, '\uFFFD'))
        expect(warnings.map((warning) => [warning.code, warning.path])).toEqual([['lone-surrogate', `items[${index}].text`]])
      }
    }
  })
})
