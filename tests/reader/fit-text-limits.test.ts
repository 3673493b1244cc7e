import { describe, expect, it } from 'vitest'

import { createFigJamEmulator } from '../../src/emulator'
import { type Language, LANGUAGES } from '../../src/i18n'
import { MainToUiSchema } from '../../src/messages'
import { type Journey, MAX_ITEM_TEXT_LENGTH, MAX_NAME_LENGTH, type Stage } from '../../src/model'
import { startPlugin } from '../../src/plugin/start-plugin'
import { fitTextLimits } from '../../src/reader/fit-text-limits'
import { WarningLog } from '../../src/reader/warning-log'
import { createJourneyFromTemplate } from '../../src/templates'
import { itemSticky, loadFontOfAsync, templateJourney } from './generated-board'

describe('fitTextLimits', () => {
  it('should give a journey within its limits back validated, with no warning', () => {
    const journey = templateJourney('workshop-swimlane')
    const log = new WarningLog()
    expect(fitTextLimits(journey, log, '1:2')).toEqual({ ok: true, value: journey })
    expect(log.list()).toEqual([])
  })

  it('should cut a text past its limit to it, never inside a character, and say which and by how much', () => {
    const journey = templateJourney('workshop-swimlane')
    const item = journey.items[1]!
    // An emoji (two UTF-16 units) straddling the limit is left out whole.
    const long = `${'a'.repeat(MAX_ITEM_TEXT_LENGTH - 1)}😀tail`
    const log = new WarningLog()
    const fitted = fitTextLimits({ ...journey, items: journey.items.map((entry) => (entry.id === item.id ? { ...entry, text: long } : entry)) }, log, '1:2')

    if (!fitted.ok) throw new Error(JSON.stringify(fitted.problems))
    expect(fitted.value.items[1]!.text).toBe('a'.repeat(MAX_ITEM_TEXT_LENGTH - 1))
    expect(fitted.value.items.filter((entry) => entry.id !== item.id)).toEqual(journey.items.filter((entry) => entry.id !== item.id))
    expect(log.list()).toMatchObject([
      {
        nodeId: '1:2',
        code: 'text-cut',
        params: { field: 'text', length: long.length, max: MAX_ITEM_TEXT_LENGTH, cut: long.length - (MAX_ITEM_TEXT_LENGTH - 1) },
        node: { kind: 'items', text: item.id },
        message: `the text of item "${item.id}" is ${long.length} characters, more than the ${MAX_ITEM_TEXT_LENGTH} a journey holds: cut to ${MAX_ITEM_TEXT_LENGTH} (${long.length - (MAX_ITEM_TEXT_LENGTH - 1)} characters cut)`
      }
    ])
  })

  it('should name a text of the journey itself by its field, and an entry without an id by its whole path', () => {
    const journey = templateJourney('workshop-swimlane')
    const log = new WarningLog()
    const title = 'T'.repeat(MAX_NAME_LENGTH + 2)
    const stages = journey.stages.map((stage, index) => (index === 0 ? ({ ...stage, id: undefined, name: 'S'.repeat(MAX_NAME_LENGTH + 1) } as unknown as Stage) : stage))
    fitTextLimits({ ...journey, title, stages }, log, null)
    expect(log.list()).toMatchObject([
      { code: 'text-cut', params: { field: 'title', cut: 2 }, node: { kind: 'journey' }, message: `the title of the journey is ${MAX_NAME_LENGTH + 2} characters, more than the ${MAX_NAME_LENGTH} a journey holds: cut to ${MAX_NAME_LENGTH} (2 characters cut)` },
      { code: 'text-cut', params: { field: 'stages.0.name', cut: 1 }, node: { kind: 'journey' } }
    ])
  })

  it('should have the panel say which text was cut in its language: the kind of entry in its words, the id in its quotation marks, the field as a journey file names it', async () => {
    const emulator = createFigJamEmulator()
    startPlugin(emulator.api, '<p>panel</p>')
    const answers = () => emulator.uiMessages.map((message) => MainToUiSchema.parse(message))
    const made = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!made.ok) throw new Error('the car-rental template gave no journey')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: made.value })
    const sticky = itemSticky(emulator.api, 'plan-thought-1')
    await loadFontOfAsync(emulator.api, sticky.text)
    sticky.text.characters = 'x'.repeat(MAX_ITEM_TEXT_LENGTH + 10)
    await emulator.sendToPlugin({ type: 'read-back', requestId: 'r', scope: 'page' })
    const read = answers().at(-1)
    if (read?.type !== 'read-back-result') throw new Error('the board was not read back')
    const cut = read.warnings.filter((warning) => warning.code === 'text-cut')
    expect(cut).toMatchObject([{ params: { field: 'text', length: MAX_ITEM_TEXT_LENGTH + 10, max: MAX_ITEM_TEXT_LENGTH, cut: 10 }, node: { kind: 'items', text: 'plan-thought-1' } }])
    const said: Partial<Record<Language, string>> = {}
    for (const language of LANGUAGES) {
      await emulator.sendToPlugin({ type: 'word-warnings', requestId: language, language, warnings: cut })
      const worded = answers().at(-1)
      if (worded?.type !== 'warnings-worded') throw new Error(`the warnings were not worded in ${language}`)
      said[language] = worded.messages[0]
    }
    // The reading's numbers are written as they are, in every language.
    expect(said).toEqual({
      en: 'the text of item "plan-thought-1" is 100010 characters, more than the 100000 a journey holds: cut to 100000 (10 characters cut)',
      fr: 'le champ text (élément «\u00a0plan-thought-1\u00a0») compte 100010 caractères, plus que les 100000 qu’un parcours accepte\u00a0: coupé à 100000 (10 caractères coupés)',
      da: 'feltet text i element »plan-thought-1« er 100010 tegn, mere end de 100000, en rejse rummer: forkortet til 100000 (10 tegn fjernet)',
      ru: 'поле text (элемент «plan-thought-1»): 100010 символов, больше 100000, которые вмещает путь: обрезано до 100000 (обрезано символов: 10)',
      'zh-Hans': '条目“plan-thought-1”的 text 字段有 100010 个字符，超过旅程可容纳的 100000 个：截为 100000 个（截去 10 个）'
    })
    expect(said.en).toBe(cut[0]?.message)
  })

  it('should answer a journey wrong in other ways than its lengths with its problems, cutting nothing', () => {
    const journey = templateJourney('workshop-swimlane')
    const log = new WarningLog()
    const broken = { ...journey, items: [{ ...journey.items[0]!, stageId: 'no such stage' }, ...journey.items.slice(1)] } as Journey
    const fitted = fitTextLimits(broken, log, null)
    expect(fitted.ok).toBe(false)
    if (!fitted.ok) expect(fitted.problems.map((problem) => problem.path)).toContain('items[0].stageId')
    expect(log.list()).toEqual([])
  })
})
