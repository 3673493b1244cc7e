import { deflateRawSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'

import { enBoard, enKinds } from '../../src/i18n/catalogues/board/en'
import { frBoard, frKinds } from '../../src/i18n/catalogues/board/fr'
import { base91Text } from '../../src/packing/base91-text'
import { differingLeaves } from '../../src/packing/leaf-values'
import { packedEnglishWords, packedWords } from '../../src/packing/packed-words'

const pack = (base: unknown, target: unknown): string => base91Text(deflateRawSync(JSON.stringify(differingLeaves(base, target))))
const packWhole = (value: unknown): string => base91Text(deflateRawSync(JSON.stringify(value)))

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

describe('packedEnglishWords', () => {
  const words = { legend: 'Legend', counts: { one: '{n} sticky', other: '{n} stickies' }, lanes: { thoughts: 'Thoughts', needs: 'Needs' } }
  const keys = { legend: 0, counts: 0, lanes: { thoughts: 0, needs: 0 } } as const

  it('has its keys, and those of the objects it lists, at once; the words on first read, equal to the source', () => {
    const [part] = packedEnglishWords([keys], packWhole([words]))
    const lanes = part!.lanes as Record<string, unknown>
    expect(Object.keys(part!)).toEqual(['legend', 'counts', 'lanes'])
    expect(Object.keys(lanes)).toEqual(['thoughts', 'needs'])
    expect(lanes.needs).toBe('Needs')
    expect(part).toEqual(words)
    // The listed object handed out before the words were read is the one that holds them.
    expect(part!.lanes).toBe(lanes)
    expect(Object.getOwnPropertyDescriptor(part, 'legend')).toEqual({ value: 'Legend', writable: true, enumerable: true, configurable: true })
  })

  it('throws at every read when the pack does not unpack, or unpacks to other keys; it never reads undefined', () => {
    const [broken] = packedEnglishWords([keys], 'AAAA')
    expect(() => broken!.legend).toThrow(/the en words could not be unpacked/)
    expect(() => broken!.legend).toThrow(/the en words could not be unpacked/)
    const [short] = packedEnglishWords([keys], packWhole([{ ...words, lanes: { thoughts: 'Thoughts' } }]))
    expect(() => (short!.lanes as Record<string, unknown>).thoughts).toThrow(/do not have the keys they stand for/)
  })
})
