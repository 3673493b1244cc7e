import { describe, expect, it } from 'vitest'

import { CATALOGUES, LANGUAGES, PROBLEM_CATALOGUES, problemText, READING_CATALOGUES } from '../../src/i18n'
import { createFigJamEmulator } from '../../src/emulator'
import { readBoard } from '../../src/reader'
import { ReadWarningCodeSchema, ReadWarningSchema } from '../../src/reader/board-reading'
import { readWarning } from '../../src/reader/warning-log'
import { warningText } from '../../src/reader/warning-text'
import { snapshotFromRestFile } from '../../src/reader'
import { TAG_KEY, TAG_NAMESPACE } from '../../src/plugin-data/board-tags'
import { smallJourney } from '../sync/sync-fixtures'
import { causesWords } from '../../ui/i18n/problem-words'
import { drawAsync, itemSticky, readBothWaysAsync } from './generated-board'
import { buildGridBoardAsync, buildShapeLegendBoardAsync, buildTableBoardAsync, buildTwoMapsAsync } from '../fixtures/hand-drawn-layouts'
import { buildMessyBoardAsync, buildOddBoardAsync, buildSwimlaneBoardAsync } from '../fixtures/hand-made-boards'

/** The values every code may be given, so each language's words can be filled whole. */
const VALUES = { node: { kind: 'STICKY', text: 'Calls the store' }, count: 2, colour: 'blue', name: 'Pains', field: 'text', length: 600, max: 500, cut: 100, problems: 'journey.items: must be a list', wanted: 'Repair', levels: ['Assumption', 'Observed'], colours: ['orange', 'green'], item: 'a', stage: 'Book', other: 'Drive', lane: 'Pains', persona: 'Customer', text: 'x', id: '1:2', value: 'NaN' }

describe('what the reader says about a board, in every language', () => {
  it.each(LANGUAGES.filter((language) => language !== 'en'))('words every warning in %s, filled whole and not left in English', (language) => {
    for (const code of ReadWarningCodeSchema.options) {
      const warning = readWarning('1:2', code, VALUES)
      const said = warningText(warning, READING_CATALOGUES[language], language)
      expect(said, code).not.toMatch(/\{\w+\}/)
      expect(said, code).not.toBe(warning.message)
    }
  })

  it('keeps the English words in each warning, with its code and values, as the command line and JSON show them', () => {
    const warning = readWarning('1:42', 'outside-sections', { node: { kind: 'STICKY', text: 'Call' } }, 'not-read')
    expect(ReadWarningSchema.parse(warning)).toEqual({
      nodeId: '1:42',
      code: 'outside-sections',
      params: {},
      node: { kind: 'STICKY', text: 'Call' },
      message: 'sticky "Call" is outside every stage section: not read',
      kind: 'not-read'
    })
    expect(warningText(warning, READING_CATALOGUES.fr, 'fr')).toBe('post-it «\u00a0Call\u00a0» est hors de toute section d’étape\u00a0: non lu')
    expect(warningText(warning, READING_CATALOGUES.ru, 'ru')).toBe('стикер «Call» вне всех секций этапов: не прочитано')
  })

  it('writes a list the reader gives as each language writes lists, in the message and in the panel\'s words, each level with its colour in the language\'s words', () => {
    const warning = readWarning('1:2', 'evidence-colour-unknown', { node: { kind: 'STICKY', text: 'x' }, levels: ['Assumption', 'Observed', 'Tested'], colours: ['orange', 'green', 'violet'], item: 'a' })
    expect(warning.params).toEqual({ levels: ['Assumption', 'Observed', 'Tested'], colours: ['orange', 'green', 'violet'], item: 'a' })
    expect(warning.message).toContain('(Assumption: orange, Observed: green and Tested: violet)')
    expect(warningText(warning, READING_CATALOGUES.fr, 'fr')).toContain('(Assumption\u00a0: orange, Observed\u00a0: vert et Tested\u00a0: violet)')
    expect(warningText(warning, READING_CATALOGUES['zh-Hans'], 'zh-Hans')).toContain('（Assumption：橙色、Observed：绿色和 Tested：紫色）')
    expect(ReadWarningSchema.safeParse(warning).success).toBe(true)
  })

  it('writes a warning\'s numbers as a problem\'s are written, in every language: the minus sign, the decimal mark, every digit and no grouping', () => {
    const point = { 100010: '100010', [-3]: '\u22123', 4.5: '4.5', [-1.5e-7]: '\u22121.5e\u22127' }
    const comma = { 100010: '100010', [-3]: '\u22123', 4.5: '4,5', [-1.5e-7]: '\u22121,5e\u22127' }
    const written: Readonly<Record<(typeof LANGUAGES)[number], Readonly<Record<string, string>>>> = { en: point, 'zh-Hans': point, fr: comma, da: comma, ru: comma }
    const warned = (language: (typeof LANGUAGES)[number], n: number): string =>
      warningText(readWarning(null, 'several-boards', { count: n, node: { kind: 'SECTION', text: 'A' } }), READING_CATALOGUES[language], language)
    for (const language of LANGUAGES) {
      for (const n of [100010, -3, 4.5, -1.5e-7]) {
        expect(warned(language, n), `${language} ${n}`).toContain(written[language][String(n)])
        expect(problemText('score-outside-scale', { score: n, min: 0, max: 1 }, PROBLEM_CATALOGUES[language], language), `${language} ${n}`).toContain(written[language][String(n)])
      }
    }
    expect(warned('fr', -3)).toBe('\u22123 tableaux trouvés\u00a0: lu section «\u00a0A\u00a0», le premier à partir de la gauche')
    expect(warned('en', -1.5e-7)).toBe('\u22121.5e\u22127 boards found: read section "A", the first from the left')
  })

  it('gives every warning read from the test boards a code whose English words are its message', async () => {
    const builders = [buildMessyBoardAsync, buildOddBoardAsync, buildSwimlaneBoardAsync, buildGridBoardAsync, buildShapeLegendBoardAsync, buildTableBoardAsync, buildTwoMapsAsync]
    const warnings = []
    for (const build of builders) {
      const emulator = createFigJamEmulator()
      await build(emulator.api)
      const snapshot = snapshotFromRestFile(emulator.toRestFile())
      if (!snapshot.ok) throw new Error(build.name)
      warnings.push(...readBoard(snapshot.value).warnings)
    }
    expect(new Set(warnings.map((warning) => warning.code)).size).toBeGreaterThan(3)
    for (const warning of warnings) expect(warningText(warning, READING_CATALOGUES.en, 'en')).toBe(warning.message)
  })
})

describe('the problems a warning sums up', () => {
  it('carries a tag it cannot read as the problems it is, each by its code, worded in English in its message and by whoever words them in another language', async () => {
    const emulator = await drawAsync(smallJourney())
    const sticky = itemSticky(emulator.api, 'a1')
    sticky.setSharedPluginData(TAG_NAMESPACE, TAG_KEY, '{"r":"item"}')
    const reading = await readBothWaysAsync(emulator)
    const unreadable = reading.warnings.filter((warning) => warning.code === 'tag-unreadable')
    expect(unreadable).toEqual([
      {
        nodeId: sticky.id,
        code: 'tag-unreadable',
        params: {},
        causes: [{ path: 't.k', code: 'required', params: {}, message: 'is required' }],
        message: 'its journeyboard data could not be read (t.k: is required): read as if made by hand'
      }
    ])
    const [warning] = unreadable
    if (warning === undefined) throw new Error('no tag-unreadable warning')
    expect(ReadWarningSchema.parse(warning)).toEqual(warning)
    // The panel words the problems (it holds their words in every language), the sandbox the warning.
    const said = Object.fromEntries(LANGUAGES.map((language) => [language, warningText(warning, READING_CATALOGUES[language], language, causesWords(warning.causes ?? [], { language, catalogue: CATALOGUES[language] }))]))
    expect(said).toEqual({
      en: 'its journeyboard data could not be read (t.k: is required): read as if made by hand',
      fr: 'ses données Journeyboard sont illisibles (t.k\u00a0: est obligatoire)\u00a0: lu comme s’il était fait à la main',
      da: 'dens Journeyboard-data kunne ikke læses (t.k: skal udfyldes): læst, som om den var lavet i hånden',
      ru: 'его данные Journeyboard не читаются (t.k: обязательное поле): прочитано как сделанное вручную',
      'zh-Hans': '无法读取其 Journeyboard 数据（t.k：必须填写）：按手工制作读取'
    })
    expect(said.en).toBe(warning.message)
  })
})
