import { describe, expect, it } from 'vitest'

import { createFigJamEmulator, type FigJamEmulator } from '../../src/emulator'
import { type Language, LANGUAGES } from '../../src/i18n'
import { MARK_COLORS } from '../../src/layout'
import { MainToUiSchema } from '../../src/messages'
import type { ReadWarning } from '../../src/reader/board-reading'
import { startPlugin } from '../../src/plugin/start-plugin'
import { createJourneyFromTemplate } from '../../src/templates'
import { buildStickyLegendBoardAsync } from '../fixtures/hand-drawn-layouts'
import { BoardBuilder } from '../fixtures/hand-made-boards'
import { taggedNode } from './generated-board'

/** The board read back as the panel asks for it, then each warning of `code` worded as the panel asks for it in each language. */
async function wordedAsync(emulator: FigJamEmulator, code: ReadWarning['code']): Promise<{ warnings: ReadWarning[]; said: Record<Language, string[]> }> {
  const answers = () => emulator.uiMessages.map((message) => MainToUiSchema.parse(message))
  await emulator.sendToPlugin({ type: 'read-back', requestId: 'r', scope: 'page' })
  const read = answers().at(-1)
  if (read?.type !== 'read-back-result') throw new Error('the board was not read back')
  const warnings = read.warnings.filter((warning) => warning.code === code)
  const said: Partial<Record<Language, string[]>> = {}
  for (const language of LANGUAGES) {
    await emulator.sendToPlugin({ type: 'word-warnings', requestId: language, language, warnings })
    const worded = answers().at(-1)
    if (worded?.type !== 'warnings-worded') throw new Error(`the warnings were not worded in ${language}`)
    said[language] = worded.messages
  }
  return { warnings, said: said as Record<Language, string[]> }
}

/** The plugin started on a board drawn by hand with a sticky legend (see buildStickyLegendBoardAsync). */
async function stickyLegendBoardAsync(): Promise<FigJamEmulator> {
  const emulator = createFigJamEmulator()
  startPlugin(emulator.api, '<p>panel</p>')
  await buildStickyLegendBoardAsync(emulator.api)
  return emulator
}

function solid(hex: string): SolidPaint {
  const value = Number.parseInt(hex.slice(1), 16)
  return { type: 'SOLID', color: { r: ((value >> 16) & 0xff) / 255, g: ((value >> 8) & 0xff) / 255, b: (value & 0xff) / 255 } }
}

describe('the colours a warning names, in the panel’s language', () => {
  it('names the colour of a sticky the legend does not name in each language’s word for it, the warning’s values holding its id', async () => {
    const emulator = await stickyLegendBoardAsync()
    const { warnings, said } = await wordedAsync(emulator, 'colour-not-in-legend')
    expect(warnings).toMatchObject([{ params: { colour: 'blue', lane: 'Blue stickies' }, node: { kind: 'STICKY', text: 'Gets the bill by e-mail' } }])
    expect(said).toEqual({
      en: ['sticky "Gets the bill by e-mail" is blue, a colour the legend does not name: read into lane "Blue stickies"'],
      fr: ['post-it «\u00a0Gets the bill by e-mail\u00a0» a pour couleur le bleu, que la légende ne nomme pas\u00a0: lu dans la ligne «\u00a0Blue stickies\u00a0»'],
      da: ['seddel »Gets the bill by e-mail« har farven blå, som forklaringen ikke nævner: læst ind i rækken »Blue stickies«'],
      ru: ['стикер «Gets the bill by e-mail» имеет цвет синий, которого нет в легенде: прочитано в дорожку «Blue stickies»'],
      'zh-Hans': ['便利贴“Gets the bill by e-mail”是蓝色，图例中没有这种颜色：读入泳道“Blue stickies”']
    })
    expect(said.en).toEqual([warnings[0]?.message])
  })

  it('names the colour a legend repeats in each language’s word for it', async () => {
    const emulator = await stickyLegendBoardAsync()
    // A fourth sample sticky in the legend, yellow as "Doing" is.
    ;(await BoardBuilder.createAsync(emulator.api)).sticky('Task', { x: 2200, y: 780 }, { color: 'yellow' })
    const { warnings, said } = await wordedAsync(emulator, 'legend-colour-repeated')
    expect(warnings).toMatchObject([{ params: { colour: 'yellow', name: 'Doing' }, node: { kind: 'STICKY', text: 'Task' } }])
    expect(said).toEqual({
      en: ['sticky "Task" repeats the legend\'s yellow (already "Doing"): read as "Doing"'],
      fr: ['post-it «\u00a0Task\u00a0» répète le jaune de la légende (déjà «\u00a0Doing\u00a0»)\u00a0: lu comme «\u00a0Doing\u00a0»'],
      da: ['seddel »Task« gentager forklaringens farve gul (allerede »Doing«): læst som »Doing«'],
      ru: ['стикер «Task» повторяет цвет жёлтый из легенды (уже «Doing»): прочитано как «Doing»'],
      'zh-Hans': ['便利贴“Task”重复了图例中的黄色（已是“Doing”）：按“Doing”读取']
    })
    expect(said.en).toEqual([warnings[0]?.message])
  })

  it('lists the evidence levels with the colour of each in the language’s words and pair form, the warning’s values holding names and colour ids', async () => {
    const emulator = createFigJamEmulator()
    startPlugin(emulator.api, '<p>panel</p>')
    const made = createJourneyFromTemplate({ templateId: 'car-rental' })
    if (!made.ok) throw new Error('the car-rental template gave no journey')
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: made.value })
    taggedNode<ShapeWithTextNode>(emulator.api, { role: 'evidence-marker', itemId: 'plan-quote-1' }).fills = [solid(MARK_COLORS.blue)]
    const { warnings, said } = await wordedAsync(emulator, 'evidence-colour-unknown')
    expect(warnings).toMatchObject([{ params: { levels: ['Assumption', 'Some evidence', 'Validated'], colours: ['red', 'yellow', 'green'], item: 'plan-quote-1' } }])
    expect(said).toEqual({
      en: ['shape "V" has a colour no evidence level has (Assumption: red, Some evidence: yellow and Validated: green): item "plan-quote-1" keeps its level'],
      fr: ['forme «\u00a0V\u00a0» a une couleur qu’aucun niveau de preuve n’a (Assumption\u00a0: rouge, Some evidence\u00a0: jaune et Validated\u00a0: vert)\u00a0: l’élément «\u00a0plan-quote-1\u00a0» garde son niveau'],
      da: ['figur »V« har en farve, intet evidensniveau har (Assumption: rød, Some evidence: gul og Validated: grøn): element »plan-quote-1« beholder sit niveau'],
      ru: ['фигура «V»: цвет, которого нет ни у одного уровня доказательности (Assumption: красный, Some evidence: жёлтый и Validated: зелёный): элемент «plan-quote-1» сохраняет свой уровень'],
      'zh-Hans': ['形状“V”的颜色不属于任何证据等级（Assumption：红色、Some evidence：黄色和 Validated：绿色）：条目“plan-quote-1”保留原等级']
    })
    expect(said.en).toEqual([warnings[0]?.message])
  })
})
