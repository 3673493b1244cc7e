import { describe, expect, it } from 'vitest'

import { CATALOGUES, LANGUAGES, type Language } from '../../src/i18n'
import type { Problem } from '../../src/model'
import type { Conflict } from '../../src/sync/change-set'
import { conflictProblems } from '../../src/sync/conflict-problems'
import { problemLine } from '../../ui/i18n/problem-words'

const inEveryLanguage = (found: Problem): Record<Language, string> =>
  Object.fromEntries(LANGUAGES.map((language) => [language, problemLine(found, { language, catalogue: CATALOGUES[language] })])) as Record<Language, string>

const conflict = (fields: Conflict['fields'], kind: Conflict['kind'] = 'both-changed'): Conflict => ({
  id: 'item:f1',
  subject: 'item',
  targetId: 'f1',
  kind,
  label: 'Excited',
  place: 'Plan / Feelings',
  fields,
  choices: ['board', 'data']
})

describe('conflictProblems', () => {
  it('gives one problem per field, a number as a number each language writes in its marks, an id as the name people know', () => {
    const names = { stage: { plan: 'Plan', book: 'Book' }, lane: {}, phase: {}, activity: {}, persona: {} }
    const found = conflictProblems(
      conflict([
        { field: 'score', base: 1, board: -1.5, data: 0.5 },
        { field: 'stageId', base: 'plan', board: 'book', data: 'plan' }
      ]),
      names
    )
    expect(found.map(({ path, code, params }) => ({ path, code, params }))).toEqual([
      { path: 'item:f1', code: 'needs-resolution', params: { field: 'score', board: -1.5, data: 0.5 } },
      { path: 'item:f1', code: 'needs-resolution', params: { field: 'stageId', board: '"Book"', data: '"Plan"' } }
    ])
    expect(inEveryLanguage(found[0]!)).toEqual({
      en: 'item:f1: needs a resolution (board, data or keep-both): "score" is −1.5 on the board, 0.5 in the data',
      fr: 'item:f1\u00a0: attend votre choix (tableau, données ou garder les deux)\u00a0: «\u00a0score\u00a0» vaut −1,5 sur le tableau, 0,5 dans les données',
      da: 'item:f1: skal afgøres (tavle, data eller behold begge): »score« er −1,5 på tavlen, 0,5 i data',
      ru: 'item:f1: нужно выбрать решение (доска, данные или оставить оба): «score» — −1,5 на доске, 0,5 в данных',
      'zh-Hans': 'item:f1：需要选择处理方式（画板、数据或两者都保留）：“score”在画板上为 −1.5，在数据中为 0.5'
    })
  })

  it('refuses something deleted on the board whose change in the data is in no field the comparison names, still as one problem', () => {
    const [found, ...more] = conflictProblems(conflict([], 'removed-on-board'))
    expect(more).toEqual([])
    expect(found).toMatchObject({ path: 'item:f1', code: 'deleted-but-changed', params: {} })
    expect(inEveryLanguage(found!)).toEqual({
      en: 'item:f1: needs a resolution (board, data or keep-both): deleted on the board, changed in the data',
      fr: 'item:f1\u00a0: attend votre choix (tableau, données ou garder les deux)\u00a0: supprimé sur le tableau, modifié dans les données',
      da: 'item:f1: skal afgøres (tavle, data eller behold begge): slettet på tavlen, ændret i data',
      ru: 'item:f1: нужно выбрать решение (доска, данные или оставить оба): удалено на доске, изменено в данных',
      'zh-Hans': 'item:f1：需要选择处理方式（画板、数据或两者都保留）：已在画板上删除，但在数据中有改动'
    })
  })
})
