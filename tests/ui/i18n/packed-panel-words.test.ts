import { deflateRawSync } from 'node:zlib'

import { describe, expect, it } from 'vitest'

import { BOARD_CATALOGUES, CATALOGUES, LANGUAGES } from '../../../src/i18n'
import { base91Text } from '../../../src/packing/base91-text'
import { differingLeaves, withLeaves } from '../../../src/packing/leaf-values'
import { packedPanelWords, packedWords, panelWordsReady, startWordsFailures, startWordsReady, unpackPanelWordsAsync, unpackStartWordsAsync } from '../../../ui/i18n/packed-panel-words'

/** Parts of a language's words as the build packs them (scripts/pack-panel-words.mjs): what differs from the English parts, together. */
function pack(shapes: readonly unknown[], parts: readonly unknown[]): string {
  return base91Text(deflateRawSync(JSON.stringify(differingLeaves(shapes, parts)), { level: 9 }))
}

describe('panel words packed as what differs from English', () => {
  it('give every language its words back exactly, counted texts in its own plural forms', () => {
    for (const language of LANGUAGES) {
      const words = CATALOGUES[language].panel
      const values = JSON.parse(JSON.stringify(differingLeaves([CATALOGUES.en.panel], [words]))) as unknown[]
      expect(withLeaves([CATALOGUES.en.panel], values), language).toEqual([words])
    }
    // Russian counts in more forms than English: a counted text travels whole.
    expect(Object.keys(CATALOGUES.ru.panel.import.toFix).length).toBeGreaterThan(Object.keys(CATALOGUES.en.panel.import.toFix).length)
    expect(differingLeaves([CATALOGUES.en.panel], [CATALOGUES.ru.panel])).toContainEqual([CATALOGUES.ru.panel.import.toFix])
  })

  it('refuse values that do not fit the shape', () => {
    const values = differingLeaves([CATALOGUES.en.panel], [CATALOGUES.da.panel])
    expect(() => withLeaves([CATALOGUES.en.panel], [...values, 'one too many'])).toThrow(/hold .* entries/)
  })
})

describe('packed panel words', () => {
  it('are unpacked with the platform decompressor into the catalogue object the panel holds, on first use', async () => {
    const words = packedPanelWords('xx-test', pack([CATALOGUES.en.panel], [CATALOGUES.fr.panel]))
    expect(panelWordsReady('xx-test')).toBe(false)
    // Reading them too early is a bug that names itself.
    expect(() => words.tabs).toThrow('xx-test words were read before they were unpacked')
    // Words unpacked at the start are other words: these wait for their language.
    await unpackStartWordsAsync()
    expect(panelWordsReady('xx-test')).toBe(false)
    await unpackPanelWordsAsync('XX-Test')
    expect(panelWordsReady('xx-test')).toBe(true)
    expect(words.tabs.create).toBe(CATALOGUES.fr.panel.tabs.create)
    expect({ ...words }).toEqual(CATALOGUES.fr.panel)
    await unpackPanelWordsAsync('xx-test')
    expect(words.tabs.create).toBe(CATALOGUES.fr.panel.tabs.create)
  })

  it('of several parts are unpacked together at the start, each into its own object', async () => {
    const [board, kinds] = packedWords('yy-test', [BOARD_CATALOGUES.en.board, BOARD_CATALOGUES.en.kinds], pack([BOARD_CATALOGUES.en.board, BOARD_CATALOGUES.en.kinds], [BOARD_CATALOGUES.ru.board, BOARD_CATALOGUES.ru.kinds]), 'start')
    expect(() => kinds.lanes).toThrow('yy-test words were read before they were unpacked')
    await unpackStartWordsAsync()
    expect({ ...board }).toEqual(BOARD_CATALOGUES.ru.board)
    expect({ ...kinds }).toEqual(BOARD_CATALOGUES.ru.kinds)
  })

  it('fail naming their language when a pack does not unpack or does not fit, and are tried again next time', async () => {
    packedPanelWords('zz-test', pack(['a'], ['b']))
    const first = await unpackPanelWordsAsync('zz-test').catch((error: unknown) => error)
    expect(String(first)).toMatch(/the zz-test words could not be unpacked: packed values/)
    const again = await unpackPanelWordsAsync('zz-test').catch((error: unknown) => error)
    // A new failure, not the first one kept.
    expect(again).not.toBe(first)
    expect(String(again)).toMatch(/the zz-test words could not be unpacked/)
    expect(panelWordsReady('zz-test')).toBe(false)
    packedPanelWords('zy-test', 'AAAA')
    await expect(unpackPanelWordsAsync('zy-test')).rejects.toThrow(/the zy-test words could not be unpacked/)
  })

  it('needed from the start that cannot be unpacked give the English words in their place, and say which language failed and why', async () => {
    const [board] = packedWords('ww-test', [BOARD_CATALOGUES.en.board], 'AAAA', 'start')
    await unpackStartWordsAsync()
    expect(startWordsReady()).toBe(true)
    expect({ ...board }).toEqual(BOARD_CATALOGUES.en.board)
    expect(startWordsFailures()).toEqual([{ language: 'ww-test', error: expect.any(String) as string }])
    expect(startWordsFailures()[0]?.error).not.toBe('')
    // Not tried again, nor said twice.
    await unpackStartWordsAsync()
    expect(startWordsFailures()).toHaveLength(1)
  })

  it('leave words that were never packed ready at once', async () => {
    expect(panelWordsReady('en')).toBe(true)
    await expect(unpackPanelWordsAsync('en')).resolves.toBeUndefined()
  })
})
