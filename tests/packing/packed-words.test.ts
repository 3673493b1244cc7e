import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { enBoard, enKinds } from '../../src/i18n/catalogues/board/en'
import { frBoard, frKinds } from '../../src/i18n/catalogues/board/fr'
import { differingLeaves } from '../../src/packing/leaf-values'
import { packedWords } from '../../src/packing/packed-words'

const pack = (base: unknown, target: unknown): string => deflateRawSync(JSON.stringify(differingLeaves(base, target))).toString('base64')

describe('packedWords', () => {
  it('stands for the words: the English keys at once, the words on first read, equal to the source', () => {
    const [board, kinds] = packedWords('fr', [enBoard, enKinds] as const, pack([enBoard, enKinds], [frBoard, frKinds]))
    expect(Object.keys(board)).toEqual(Object.keys(enBoard))
    expect(kinds.lanes.thoughts).toBe(frKinds.lanes.thoughts)
    expect(board).toEqual(frBoard)
    expect({ ...kinds }).toEqual(frKinds)
    expect(JSON.parse(JSON.stringify(board))).toEqual(frBoard)
    expect(Object.getOwnPropertyDescriptor(board, 'legend')).toEqual({ value: frBoard.legend, writable: true, enumerable: true, configurable: true })
  })

  it('throws at every read, naming the language, when its pack does not unpack; it never reads undefined', () => {
    const [board] = packedWords('fr', [enBoard] as const, 'AAAA')
    expect(() => board.legend).toThrow(/the fr words could not be unpacked/)
    expect(() => board.legend).toThrow(/the fr words could not be unpacked/)
    const [short] = packedWords('ru', [enBoard] as const, pack(['a'], ['b']))
    expect(() => short.legend).toThrow(/the ru words could not be unpacked/)
  })
})
