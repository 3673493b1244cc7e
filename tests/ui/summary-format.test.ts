import { describe, expect, it } from 'vitest'

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
  })

  it('words what an update did as each language joins things done: Chinese with a comma, not the 和 that joins nouns, and the semicolon as each language sets it', () => {
    const result = { changeSet: { changes: [{}, {}, {}], boardEdits: [{}, {}] }, counts: { created: 4, removed: 2, moved: 0, adopted: 0 } } as unknown as Parameters<typeof formatSyncCounts>[0]
    expect(formatSyncCounts(result, panelText('en'))).toBe('3 changes from the data made and 2 edits on the board kept; 4 nodes added and 2 nodes removed')
    expect(formatSyncCounts(result, panelText('fr'))).toBe('3 changements des données appliqués et 2 modifications du tableau conservées\u00a0; 4 nœuds ajoutés et 2 nœuds supprimés')
    expect(formatSyncCounts(result, panelText('zh-Hans'))).toBe('已应用 3 项来自数据的更改，保留了画板上的 2 处改动；新增 4 个节点，删除 2 个节点')
  })

  it('counts what people made by hand and an update moved or took into the map with each language’s plural forms, Russian’s three among them', () => {
    const done = (moved: number, adopted: number) =>
      ({ changeSet: { changes: [{}], boardEdits: [] }, counts: { created: 0, removed: 0, moved, adopted } }) as unknown as Parameters<typeof formatSyncCounts>[0]
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
  })

  it('names export files after the journey title', () => {
    expect(exportFileName('Renting a car in the USA', 'csv')).toBe('renting-a-car-in-the-usa.csv')
    expect(exportFileName('Flytning – Ærø', 'json')).toBe('flytning-aeroe.json')
    expect(exportFileName('!!!', 'mermaid')).toBe('journey.mmd')
  })
})
