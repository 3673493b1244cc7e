import { readFileSync } from 'node:fs'
import { constants, deflateRawSync, inflateRawSync, type ZlibOptions } from 'node:zlib'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { inflateRaw } from '../../src/packing/inflate-raw'
import { blankTemplate, carRentalTemplate } from '../../src/templates'
import { propertyRuns } from '../support/property-runs'

/** zlib's settings that make each kind of block: stored (level 0), fixed codes, dynamic codes. */
const SETTINGS: readonly ZlibOptions[] = [
  { level: 0 },
  { level: 1 },
  { level: 6 },
  { level: 9 },
  { level: 9, strategy: constants.Z_FIXED },
  { level: 9, strategy: constants.Z_HUFFMAN_ONLY },
  { level: 9, strategy: constants.Z_RLE },
  { level: 9, strategy: constants.Z_FILTERED, memLevel: 1 }
]

/** Texts like those the build packs: JSON of words and journeys, and source files in five languages. */
const REAL_TEXTS = ['src/templates/car-rental.ts', 'src/templates/ikea.ts', 'src/i18n/catalogues/board/ru.ts', 'src/i18n/catalogues/reading/zh-hans.ts', 'README.md'].map((file) => readFileSync(file))

/** The type of a raw DEFLATE stream's first block (0 stored, 1 fixed, 2 dynamic). */
const firstBlockType = (packed: Uint8Array): number => (packed[0]! >> 1) & 3

/** Bytes with repeats in them, so the compressor finds matches of every length and distance. */
const repetitive = fc
  .array(fc.record({ chunk: fc.uint8Array({ minLength: 1, maxLength: 40 }), times: fc.integer({ min: 1, max: 80 }) }), { maxLength: 12 })
  .map((parts) => Uint8Array.from(parts.flatMap(({ chunk, times }) => Array.from({ length: times }, () => [...chunk]).flat())))

/** What zlib makes of bytes: its output, or that it refuses them. */
function zlibInflate(bytes: Uint8Array): Uint8Array | 'refused' {
  try {
    return new Uint8Array(inflateRawSync(bytes))
  } catch {
    return 'refused'
  }
}

function ours(bytes: Uint8Array): Uint8Array | 'refused' {
  try {
    return inflateRaw(bytes)
  } catch {
    return 'refused'
  }
}

describe('inflateRaw', () => {
  it('unpacks each kind of block zlib writes: the settings make stored, fixed and dynamic blocks', () => {
    const text = REAL_TEXTS[0]!
    expect(firstBlockType(deflateRawSync(text, { level: 0 }))).toBe(0)
    expect(firstBlockType(deflateRawSync(text, { level: 9, strategy: constants.Z_FIXED }))).toBe(1)
    expect(firstBlockType(deflateRawSync(text, { level: 9 }))).toBe(2)
  })

  it('unpacks real texts (templates, words in five languages) packed with every setting to exactly themselves', () => {
    for (const text of REAL_TEXTS) {
      for (const settings of SETTINGS) expect(Buffer.from(inflateRaw(deflateRawSync(text, settings))).equals(text)).toBe(true)
    }
  })

  it('unpacks what zlib packs from random bytes, with any setting, to exactly those bytes', () => {
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 3000 }), repetitive), fc.constantFrom(...SETTINGS), (bytes, settings) => {
        expect(inflateRaw(deflateRawSync(bytes, settings))).toEqual(bytes)
      })
    )
  })

  it('unpacks what zlib packs with a preset dictionary, given the dictionary, to exactly those bytes; without it, not', () => {
    fc.assert(
      fc.property(repetitive, repetitive, fc.constantFrom(...SETTINGS), (bytes, dictionary, settings) => {
        const packed = deflateRawSync(bytes, { ...settings, ...(dictionary.length === 0 ? {} : { dictionary }) })
        expect(Buffer.from(inflateRaw(packed, dictionary)).equals(bytes)).toBe(true)
        expect(new Uint8Array(inflateRawSync(packed, dictionary.length === 0 ? {} : { dictionary }))).toEqual(bytes)
      }),
      propertyRuns(200)
    )
    // A real journey with the blank map's as its dictionary: copies reach back into the dictionary.
    const dictionary = Buffer.from(JSON.stringify(blankTemplate.journey('en')))
    const journey = Buffer.from(JSON.stringify(carRentalTemplate.journey('en')))
    const packed = deflateRawSync(journey, { level: 9, dictionary })
    expect(packed.length).toBeLessThan(deflateRawSync(journey, { level: 9 }).length)
    expect(Buffer.from(inflateRaw(packed, dictionary)).equals(journey)).toBe(true)
    expect(ours(packed)).not.toEqual(new Uint8Array(journey))
  })

  it('unpacks a stream of many blocks of every kind (zlib flushed between them)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.oneof(fc.uint8Array({ maxLength: 500 }), repetitive), fc.constantFrom(...SETTINGS)), { minLength: 1, maxLength: 6 }), (parts) => {
        // Each part packed on its own as a non-final run of blocks, ended by an empty final block.
        const packed = Buffer.concat([...parts.map(([bytes, settings]) => deflateRawSync(bytes, { ...settings, finishFlush: constants.Z_SYNC_FLUSH })), Buffer.from([3, 0])])
        const whole = Buffer.concat(parts.map(([bytes]) => bytes))
        expect(zlibInflate(packed)).toEqual(new Uint8Array(whole))
        expect(inflateRaw(packed)).toEqual(new Uint8Array(whole))
      })
    )
  })

  it('refuses an empty stream and one without a final block, as zlib does', () => {
    expect(() => inflateRaw(new Uint8Array(0))).toThrow(/ends before its last block/)
    expect(zlibInflate(new Uint8Array(0))).toBe('refused')
    const open = deflateRawSync(REAL_TEXTS[0]!, { finishFlush: constants.Z_SYNC_FLUSH })
    expect(() => inflateRaw(open)).toThrow(/ends before its last block/)
    expect(zlibInflate(open)).toBe('refused')
  })

  it('refuses exactly what zlib refuses, and otherwise agrees with it, on random and damaged streams', () => {
    const damaged = fc
      .tuple(fc.uint8Array({ minLength: 1, maxLength: 400 }), fc.constantFrom(...SETTINGS), fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean())
      .map(([bytes, settings, at, flip, cut]) => {
        const packed = new Uint8Array(deflateRawSync(bytes, settings))
        if (cut) return packed.slice(0, at % packed.length)
        packed[at % packed.length]! ^= flip
        return packed
      })
    fc.assert(
      fc.property(fc.oneof(fc.uint8Array({ maxLength: 200 }), damaged), (bytes) => {
        expect(ours(bytes)).toEqual(zlibInflate(bytes))
      }),
      propertyRuns(1000)
    )
  })
})
