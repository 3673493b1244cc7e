import { describe, expect, it } from 'vitest'

import { BOARD_CATALOGUES, LANGUAGES } from '../../src/i18n'
import { panelText } from '../../ui/i18n/panel-text'
import { formatCounts, formatSyncCounts } from '../../ui/state/format-counts'
import { emotionBar, firstOf, formatScore } from '../../ui/state/summary-format'
import { exportFileName } from '../../ui/state/export-file'

describe('summary formatting', () => {
  it('writes scores with a sign and at most one decimal', () => {
    expect(formatScore(1.5)).toBe('+1.5')
    expect(formatScore(-0.26)).toBe('\u22120.3')
    expect(formatScore(0.04)).toBe('0')
    expect(formatScore(2)).toBe('+2')
  })

  it('draws emotion bars from the neutral point toward the score', () => {
    const scale = { min: -2, max: 2, per: 'stage' as const }
    expect(emotionBar(1, scale)).toEqual({ left: 50, width: 25, positive: true })
    expect(emotionBar(-2, scale)).toEqual({ left: 0, width: 50, positive: false })
    expect(emotionBar(5, scale)).toEqual({ left: 50, width: 50, positive: true })
    // A scale that does not span zero is centred on its middle.
    expect(emotionBar(2, { min: 1, max: 5, per: 'stage' })).toEqual({ left: 25, width: 25, positive: false })
  })

  it('cuts long lists and says how many were left out', () => {
    expect(firstOf([1, 2, 3, 4], 3)).toEqual({ shown: [1, 2, 3], more: 1 })
    expect(firstOf([1], 3)).toEqual({ shown: [1], more: 0 })
  })

  it('words what a board holds in the user’s terms, leaving out zeros', () => {
    const en = panelText('en')
    expect(formatCounts({ stages: 7, lanes: 9, stickies: 101, links: 0, emotionPoints: 14 }, en)).toBe('7 stages, 9 lanes, 101 stickies and 14 emotion points')
    expect(formatCounts({ stages: 1, lanes: 1, stickies: 1, links: 1, emotionPoints: 0 }, en)).toBe('1 stage, 1 lane, 1 sticky and 1 link')
  })

  it('words what a board holds in the panel’s language, with each language’s plural forms and list mark', () => {
    const contents = { stages: 8, lanes: 7, stickies: 56, links: 9, emotionPoints: 0 }
    expect(formatCounts(contents, panelText('da'))).toBe('8 trin, 7 rækker, 56 sedler og 9 forbindelser')
    expect(formatCounts(contents, panelText('fr'))).toBe('8 étapes, 7 lignes, 56 post-it et 9 liens')
    expect(formatCounts(contents, panelText('ru'))).toBe('8 этапов, 7 дорожек, 56 стикеров и 9 связей')
    expect(formatCounts({ ...contents, stickies: 21, links: 2, emotionPoints: 3 }, panelText('ru'))).toBe('8 этапов, 7 дорожек, 21 стикер, 2 связи и 3 точки эмоций')
    expect(formatCounts(contents, panelText('zh-Hans'))).toBe('8 个阶段、7 条泳道、56 张便利贴和 9 条连线')
    expect(formatScore(-1.5, 'fr')).toBe('\u22121,5')
    // The minus sign and decimal mark the board and the reports write, from each language's typography.
    for (const language of LANGUAGES) {
      const { minus, decimal } = BOARD_CATALOGUES[language].typography
      expect([formatScore(-0.26, language), formatScore(1.25, language)]).toEqual([`${minus}0${decimal}3`, `+1${decimal}3`])
    }
  })

  const none = { stages: 0, lanes: 0, stickies: 0, links: 0, emotionPoints: 0 }
  type Done = Parameters<typeof formatSyncCounts>[0]
  const updated = (made: number, edits: number, counts: Partial<Done['counts']>): Done =>
    ({
      changeSet: { changes: Array.from({ length: made }, () => ({})), boardEdits: Array.from({ length: edits }, () => ({})) },
      counts: { created: 0, kept: 0, removed: 0, moved: 0, adopted: 0, contentsAdded: none, contentsRemoved: none, ...counts }
    }) as unknown as Done

  it('words what an update added and removed in the terms people map in, never FigJam’s nodes, each in its own part, as each language sets parts apart', () => {
    // Swatches, badges and hints an update also drew and removed are in the node counts, and no one's words.
    const result = updated(3, 2, {
      created: 9,
      removed: 12,
      contentsAdded: { ...none, stickies: 3, links: 1 },
      contentsRemoved: { ...none, stages: 1, stickies: 4, emotionPoints: 2 }
    })
    expect(formatSyncCounts(result, panelText('en'))).toBe(
      '3 changes from the data made and 2 edits on the board kept; 3 stickies and 1 link added; 1 stage, 4 stickies and 2 emotion points removed'
    )
    expect(formatSyncCounts(result, panelText('da'))).toBe('3 ændringer fra data udført og 2 ændringer på tavlen bevaret; 3 sedler og 1 forbindelse tilføjet; 1 trin, 4 sedler og 2 følelsespunkter fjernet')
    expect(formatSyncCounts(result, panelText('fr'))).toBe(
      '3 changements des données appliqués et 2 modifications du tableau conservées\u00a0; 3 post-it et 1 lien ajoutés\u00a0; 1 étape, 4 post-it et 2 points d’émotion supprimés'
    )
    expect(formatSyncCounts(result, panelText('ru'))).toBe('внесено 3 изменения из данных и сохранено 2 правки на доске; добавлены 3 стикера и 1 связь; удалены 1 этап, 4 стикера и 2 точки эмоций')
    // Chinese joins things done with a comma, not the 和 that joins nouns (which the lists of things take).
    expect(formatSyncCounts(result, panelText('zh-Hans'))).toBe('已应用 3 项来自数据的更改，保留了画板上的 2 处改动；新增 3 张便利贴和 1 条连线；删除 1 个阶段、4 张便利贴和 2 个情绪点')
    for (const language of ['en', 'da', 'fr', 'ru', 'zh-Hans'] as const) {
      expect(formatSyncCounts(result, panelText(language))).not.toMatch(/node|noder|nœud|узл|узел|节点|9|12/)
    }
  })

  it('counts what an update added and removed with each language’s plural forms, Russian’s three among them', () => {
    const ru = panelText('ru')
    const one = updated(1, 0, { contentsAdded: { ...none, stages: 1, lanes: 1 }, contentsRemoved: { ...none, stickies: 21, links: 1 } })
    expect(formatSyncCounts(one, ru)).toBe('внесено 1 изменение из данных; добавлены 1 этап и 1 дорожка; удалены 21 стикер и 1 связь')
    const few = updated(2, 0, { contentsAdded: { ...none, stickies: 3 }, contentsRemoved: { ...none, lanes: 2, emotionPoints: 4 } })
    expect(formatSyncCounts(few, ru)).toBe('внесено 2 изменения из данных; добавлены 3 стикера; удалены 2 дорожки и 4 точки эмоций')
    const many = updated(5, 0, { contentsAdded: { ...none, stickies: 11, links: 5 }, contentsRemoved: { ...none, stages: 5, lanes: 12 } })
    expect(formatSyncCounts(many, ru)).toBe('внесено 5 изменений из данных; добавлены 11 стикеров и 5 связей; удалены 5 этапов и 12 дорожек')
    expect(formatSyncCounts(one, panelText('en'))).toBe('1 change from the data made; 1 stage and 1 lane added; 21 stickies and 1 link removed')
    expect(formatSyncCounts(one, panelText('da'))).toBe('1 ændring fra data udført; 1 trin og 1 række tilføjet; 21 sedler og 1 forbindelse fjernet')
    expect(formatSyncCounts(one, panelText('fr'))).toBe('1 changement des données appliqué\u00a0; 1 étape et 1 ligne ajoutées\u00a0; 21 post-it et 1 lien supprimés')
    // One kind alone: the words agree with it, its gender and its count.
    const alone = (added: Partial<Done['counts']['contentsAdded']>, removed: Partial<Done['counts']['contentsRemoved']>): Done =>
      updated(1, 0, { contentsAdded: { ...none, ...added }, contentsRemoved: { ...none, ...removed } })
    expect(formatSyncCounts(alone({ links: 1 }, { stages: 1 }), ru)).toBe('внесено 1 изменение из данных; добавлена 1 связь; удалён 1 этап')
    expect(formatSyncCounts(alone({ stickies: 5 }, { lanes: 22 }), ru)).toBe('внесено 1 изменение из данных; добавлено 5 стикеров; удалены 22 дорожки')
    expect(formatSyncCounts(alone({ emotionPoints: 21 }, { stickies: 3 }), ru)).toBe('внесено 1 изменение из данных; добавлена 21 точка эмоций; удалены 3 стикера')
    const fr = panelText('fr')
    expect(formatSyncCounts(alone({ stages: 1 }, { links: 1 }), fr)).toBe('1 changement des données appliqué\u00a0; 1 étape ajoutée\u00a0; 1 lien supprimé')
    // French: feminine only when every kind listed is (stages and lanes), masculine as soon as one is not.
    expect(formatSyncCounts(alone({ lanes: 2 }, { stages: 1, stickies: 2 }), fr)).toBe('1 changement des données appliqué\u00a0; 2 lignes ajoutées\u00a0; 1 étape et 2 post-it supprimés')
    expect(formatSyncCounts(alone({ stickies: 1 }, { lanes: 1 }), panelText('zh-Hans'))).toBe('已应用 1 项来自数据的更改；新增 1 张便利贴；删除 1 条泳道')
    // Only what there was: nothing added, nothing said of it.
    expect(formatSyncCounts(updated(0, 1, { contentsRemoved: { ...none, links: 2 } }), panelText('en'))).toBe('nothing from the data to change and 1 edit on the board kept; 2 links removed')
    expect(formatSyncCounts(updated(1, 0, { created: 3, removed: 1 }), panelText('en'))).toBe('1 change from the data made')
  })

  it('counts what people made by hand and an update moved or took into the map with each language’s plural forms, Russian’s three among them', () => {
    const done = (moved: number, adopted: number) => updated(1, 0, { moved, adopted })
    const ru = panelText('ru')
    expect(formatSyncCounts(done(1, 1), ru)).toBe('внесено 1 изменение из данных; вместе с ячейкой перемещён 1 созданный вручную элемент и в карту включён 1 созданный вручную элемент')
    expect(formatSyncCounts(done(3, 22), ru)).toBe('внесено 1 изменение из данных; вместе с ячейками перемещены 3 созданных вручную элемента и в карту включены 22 созданных вручную элемента')
    expect(formatSyncCounts(done(5, 11), ru)).toBe('внесено 1 изменение из данных; вместе с ячейками перемещено 5 созданных вручную элементов и в карту включено 11 созданных вручную элементов')
    expect(formatSyncCounts(done(1, 2), panelText('en'))).toBe('1 change from the data made; 1 made by hand moved with its cell and 2 made by hand taken into the map')
    // French and Danish name what was made by hand, as Russian does: '1 fait à la main' alone reads as 'a fact'.
    expect(formatSyncCounts(done(1, 2), panelText('fr'))).toBe(
      '1 changement des données appliqué\u00a0; 1 élément fait à la main déplacé avec sa case et 2 éléments faits à la main intégrés à la carte'
    )
    expect(formatSyncCounts(done(2, 1), panelText('da'))).toBe('1 ændring fra data udført; 2 håndlavede elementer flyttet med deres felter og 1 håndlavet element taget med i kortet')
    const all = updated(1, 0, { moved: 2, contentsAdded: { ...none, stickies: 1 } })
    expect(formatSyncCounts(all, panelText('en'))).toBe('1 change from the data made; 1 sticky added; 2 made by hand moved with their cells')
  })

  it('names export files after the journey title', () => {
    expect(exportFileName('Renting a car in the USA', 'csv')).toBe('renting-a-car-in-the-usa.csv')
    expect(exportFileName('Flytning – Ærø', 'json')).toBe('flytning-aeroe.json')
    expect(exportFileName('!!!', 'mermaid')).toBe('journey.mmd')
  })
})
