import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { TEXT_PIECE_CHARS, textPieces } from '../../src/formats'
import { propertyRuns } from '../support/property-runs'

const HIGH = '\uD83D'
const LOW = '\uDE00'

/** Whether a cut between `before` and `after` parts a surrogate pair. */
function partsPair(before: string, after: string): boolean {
  return /[\uD800-\uDBFF]$/.test(before) && /^[\uDC00-\uDFFF]/.test(after)
}

/**
 * Chunks of every size about a piece's (a few characters up to longer than a piece), made of
 * letters with a pair, a lone high or a lone low half at either end now and then, so cuts fall
 * beside them.
 */
const edge = fc.constantFrom('', '', HIGH, LOW, HIGH + LOW, 'é', '中')
const chunk = fc
  .record({ start: edge, length: fc.oneof(fc.nat(40), fc.integer({ min: TEXT_PIECE_CHARS - 40, max: TEXT_PIECE_CHARS + 40 }), fc.nat(3 * TEXT_PIECE_CHARS)), end: edge })
  .map(({ start, length, end }) => start + 'x'.repeat(length) + end)

describe('textPieces', () => {
  it('gives pieces none of them empty or over TEXT_PIECE_CHARS, which join to the chunks and the ending, never parting a surrogate pair', () => {
    fc.assert(
      fc.property(fc.array(chunk, { maxLength: 8 }), edge, (chunks, ending) => {
        const pieces = [...textPieces(chunks, ending)]
        expect(pieces.join('')).toBe(chunks.join('') + ending)
        for (const piece of pieces) {
          expect(piece.length).toBeGreaterThan(0)
          expect(piece.length).toBeLessThanOrEqual(TEXT_PIECE_CHARS)
        }
        for (let i = 1; i < pieces.length; i += 1) expect(partsPair(pieces[i - 1]!, pieces[i]!)).toBe(false)
      }),
      propertyRuns(100)
    )
  })

  it('cuts only between chunks while each fits in a piece, as many whole chunks to a piece as fit', () => {
    const row = `${'y'.repeat(99)}\n`
    const pieces = [...textPieces(Array.from({ length: 1000 }, () => row))]
    const perPiece = Math.floor(TEXT_PIECE_CHARS / row.length)
    expect(pieces.map((piece) => piece.length)).toEqual([...Array.from({ length: Math.floor(1000 / perPiece) }, () => perPiece * row.length), (1000 % perPiece) * row.length])
  })

  it('cuts a chunk longer than a piece one short of the limit where the limit would part a pair', () => {
    const text = 'x'.repeat(TEXT_PIECE_CHARS - 1) + HIGH + LOW + 'x'.repeat(10)
    expect([...textPieces([text])]).toEqual(['x'.repeat(TEXT_PIECE_CHARS - 1), HIGH + LOW + 'x'.repeat(10)])
  })

  it('moves the first half of a pair to the next piece when the pair comes in two chunks', () => {
    const pieces = [...textPieces(['x'.repeat(TEXT_PIECE_CHARS - 1) + HIGH, LOW + 'x'])]
    expect(pieces).toEqual(['x'.repeat(TEXT_PIECE_CHARS - 1), HIGH + LOW + 'x'])
  })

  it('cuts beside a lone half at the limit, which stays lone on its side', () => {
    expect([...textPieces(['x'.repeat(TEXT_PIECE_CHARS - 1) + HIGH + 'x'])]).toEqual(['x'.repeat(TEXT_PIECE_CHARS - 1) + HIGH, 'x'])
    expect([...textPieces(['x'.repeat(TEXT_PIECE_CHARS) + LOW])]).toEqual(['x'.repeat(TEXT_PIECE_CHARS), LOW])
  })

  it('gives nothing for nothing', () => {
    expect([...textPieces([], '')]).toEqual([])
    expect([...textPieces(['', ''], '')]).toEqual([])
  })
})
