// @vitest-environment happy-dom
import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/preact'
import { afterEach, describe, expect, it } from 'vitest'

import type { Language } from '../../../src/i18n'
import { MainToUiSchema } from '../../../src/messages'
import { storedPartKey, TAG_NAMESPACE } from '../../../src/plugin-data/board-tags'
import { App } from '../../../ui/app'
import { boardOf } from '../../sync/sync-board-helpers'
import { smallJourney } from '../../sync/sync-fixtures'
import { readBackResult, readWholePageAsync } from '../read-whole-page'
import { createSandboxBridge } from '../sandbox-bridge'

afterEach(() => {
  cleanup()
})

/** What `shown` reads in English, then after the panel switches to each other language in turn. */
async function saidInEachLanguageAsync(shown: () => string, settledAsync: () => Promise<void>): Promise<Partial<Record<Language, string>>> {
  const said: Partial<Record<Language, string>> = { en: shown() }
  for (const language of ['fr', 'da', 'ru', 'zh-Hans'] as const) {
    fireEvent.change(screen.getByTestId('panel-language'), { target: { value: language } })
    await act(settledAsync)
    said[language] = shown()
  }
  return said
}

/**
 * Draws a small board, stores `stored` as its journey's first part, opens the panel and reads the
 * whole page back as a user does; returns the panel, the read's warning on the stored journey and
 * the settle function.
 */
async function readStoredAsync(stored: string) {
  const { bridge, emulator, settledAsync } = createSandboxBridge()
  await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey: smallJourney() })
  boardOf(emulator).setSharedPluginData(TAG_NAMESPACE, storedPartKey(0), stored)
  render(<App bridge={bridge} />)
  await act(settledAsync)
  const panel = await readWholePageAsync(settledAsync)
  const read = readBackResult(emulator)
  return { panel, settledAsync, unreadable: read.warnings.find((warning) => warning.code === 'stored-journey-unreadable') }
}

describe('a warning that sums up problems, in the panel’s language', () => {
  it('words the problems a stored journey cannot be read for in the panel’s language, each by its code, as the panel words a problem’s causes', async () => {
    // The journey the board stores, damaged: two items in stages it does not have.
    const damaged = smallJourney()
    damaged.items = damaged.items.map((item, index) => (index < 2 ? { ...item, stageId: ['nowhere', 'elsewhere'][index]! } : item))
    const { panel, settledAsync, unreadable } = await readStoredAsync(JSON.stringify({ journey: damaged }))
    expect(unreadable?.params).toEqual({})
    expect(unreadable?.causes?.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'journey.items[0].stageId', code: 'no-stage', params: { id: 'nowhere' } },
      { path: 'journey.items[1].stageId', code: 'no-stage', params: { id: 'elsewhere' } }
    ])
    const shown = (): string => within(panel).getAllByRole('listitem').map((item) => item.textContent ?? '').find((text) => /journey\.items\[0\]/.test(text)) ?? ''
    const said = await saidInEachLanguageAsync(shown, settledAsync)
    // The sandbox words the warning, the panel its problems: each in the language's marks and clause separator.
    expect(said).toEqual({
      en: 'The journey stored on the board could not be read (journey.items[0].stageId: no stage has id "nowhere"; journey.items[1].stageId: no stage has id "elsewhere"): read from what the board shows',
      fr: 'Le parcours enregistré sur le tableau est illisible (journey.items[0].stageId\u00a0: aucune étape n’a l’id «\u00a0nowhere\u00a0»\u00a0; journey.items[1].stageId\u00a0: aucune étape n’a l’id «\u00a0elsewhere\u00a0»)\u00a0: lu d’après ce que montre le tableau',
      da: 'Rejsen, der er gemt på tavlen, kunne ikke læses (journey.items[0].stageId: intet trin har id »nowhere«; journey.items[1].stageId: intet trin har id »elsewhere«): læst fra det, tavlen viser',
      ru: 'Путь, сохранённый на доске, не читается (journey.items[0].stageId: нет этапа с ID «nowhere»; journey.items[1].stageId: нет этапа с ID «elsewhere»): прочитано по тому, что видно на доске',
      'zh-Hans': '无法读取画板中保存的旅程（journey.items[0].stageId：没有编号为“nowhere”的阶段；journey.items[1].stageId：没有编号为“elsewhere”的阶段）：按画板上显示的内容读取'
    })
    // The English words, as the command line and JSON keep them, are the panel's English.
    expect(said.en).toBe(`T${unreadable?.message.slice(1) ?? ''}`)
  })

  it.each([
    {
      damage: 'broken JSON',
      stored: '{"broken',
      cause: { path: 'journey', code: 'not-valid-json-at', params: { position: 8 } },
      said: {
        en: 'The journey stored on the board could not be read (journey: is not valid JSON (at position 8)): read from what the board shows',
        fr: 'Le parcours enregistré sur le tableau est illisible (journey\u00a0: n’est pas du JSON valide (à la position 8))\u00a0: lu d’après ce que montre le tableau',
        da: 'Rejsen, der er gemt på tavlen, kunne ikke læses (journey: er ikke gyldig JSON (ved position 8)): læst fra det, tavlen viser',
        ru: 'Путь, сохранённый на доске, не читается (journey: не является корректным JSON (позиция 8)): прочитано по тому, что видно на доске',
        'zh-Hans': '无法读取画板中保存的旅程（journey：不是有效的 JSON（位置 8））：按画板上显示的内容读取'
      }
    },
    {
      damage: 'a missing part',
      stored: '',
      cause: { path: 's0', code: 'stored-part-missing', params: { part: 1, parts: 1 } },
      said: {
        en: 'The journey stored on the board could not be read (s0: part 1 of 1 is missing): read from what the board shows',
        fr: 'Le parcours enregistré sur le tableau est illisible (s0\u00a0: la partie 1 sur 1 manque)\u00a0: lu d’après ce que montre le tableau',
        da: 'Rejsen, der er gemt på tavlen, kunne ikke læses (s0: del 1 af 1 mangler): læst fra det, tavlen viser',
        ru: 'Путь, сохранённый на доске, не читается (s0: не хватает части 1 из 1): прочитано по тому, что видно на доске',
        'zh-Hans': '无法读取画板中保存的旅程（s0：缺少第 1 段（共 1 段））：按画板上显示的内容读取'
      }
    }
  ])('words why a stored journey holding $damage cannot be read, by its code, in every language', async ({ stored, cause, said: expected }) => {
    const { panel, settledAsync, unreadable } = await readStoredAsync(stored)
    expect(unreadable?.causes?.map(({ path, code, params }) => ({ path, code, params }))).toEqual([cause])
    const shown = (): string => within(panel).getAllByRole('listitem').map((item) => item.textContent ?? '').find((text) => text.includes(cause.path)) ?? ''
    const said = await saidInEachLanguageAsync(shown, settledAsync)
    expect(said).toEqual(expected)
    expect(said.en).toBe(`T${unreadable?.message.slice(1) ?? ''}`)
  })

  it('words the problems a stored base cannot be read for in the update’s review, in the panel’s language, following a switch', async () => {
    const { bridge, emulator, settledAsync } = createSandboxBridge()
    const journey = smallJourney()
    await emulator.sendToPlugin({ type: 'generate', requestId: 'g', journey })
    // The base the board keeps to compare with, damaged: an item in a stage it does not have.
    const base = { ...journey, items: journey.items.map((item, index) => (index === 0 ? { ...item, stageId: 'nowhere' } : item)) }
    boardOf(emulator).setSharedPluginData(TAG_NAMESPACE, storedPartKey(0), JSON.stringify({ journey, dataBase: base }))
    render(<App bridge={bridge} />)
    await act(settledAsync)
    fireEvent.click(within(screen.getByRole('tabpanel', { name: 'Create' })).getByRole('button', { name: 'Update board…' }))
    await act(settledAsync)
    const preview = emulator.uiMessages.map((message) => MainToUiSchema.parse(message)).find((message) => message.type === 'sync-preview-result')
    if (preview?.type !== 'sync-preview-result') throw new Error('the board was not compared')
    expect(preview.warnings).toMatchObject([{ code: 'stored-base-unreadable', params: {}, causes: [{ path: 'dataBase.items[0].stageId', code: 'no-stage', params: { id: 'nowhere' } }] }])
    const shown = (): string => [...document.querySelectorAll('li')].map((item) => item.textContent ?? '').find((text) => text.includes('dataBase.items[0]')) ?? ''
    const said = await saidInEachLanguageAsync(shown, settledAsync)
    expect(said).toEqual({
      en: 'The stored base cannot be read (dataBase.items[0].stageId: no stage has id "nowhere"): compared with the journey the board stores instead',
      fr: 'La base enregistrée est illisible (dataBase.items[0].stageId\u00a0: aucune étape n’a l’id «\u00a0nowhere\u00a0»)\u00a0: comparé plutôt au parcours que le tableau enregistre',
      da: 'Det gemte udgangspunkt kan ikke læses (dataBase.items[0].stageId: intet trin har id »nowhere«): sammenlignet med rejsen, tavlen gemmer, i stedet',
      ru: 'Сохранённая основа не читается (dataBase.items[0].stageId: нет этапа с ID «nowhere»): сравнение идёт с путём, сохранённым на доске',
      'zh-Hans': '无法读取保存的基准（dataBase.items[0].stageId：没有编号为“nowhere”的阶段）：改为与画板保存的旅程比较'
    })
  })
})
