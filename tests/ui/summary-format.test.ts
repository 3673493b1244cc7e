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

  it('words board counts, leaving out zeros', () => {
    const en = panelText('en')
    expect(formatCounts({ sections: 8, stickies: 63, shapes: 0, texts: 0, connectors: 1 }, en)).toBe('63 stickies, 8 sections and 1 connector')
    expect(formatCounts({ sections: 0, stickies: 1, shapes: 0, texts: 2, connectors: 0 }, en)).toBe('1 sticky and 2 texts')
    expect(formatCounts({ sections: 0, stickies: 0, shapes: 0, texts: 0, connectors: 0 }, en)).toBe('nothing was drawn')
  })

  it('words board counts in the panel’s language, with each language’s plural forms and list mark', () => {
    const counts = { sections: 8, stickies: 63, shapes: 0, texts: 0, connectors: 1 }
    expect(formatCounts(counts, panelText('da'))).toBe('63 sedler, 8 sektioner og 1 forbindelse')
    expect(formatCounts(counts, panelText('ru'))).toBe('63 стикера, 8 секций и 1 связь')
    expect(formatCounts({ ...counts, stickies: 25 }, panelText('ru'))).toBe('25 стикеров, 8 секций и 1 связь')
    expect(formatCounts(counts, panelText('zh-Hans'))).toBe('63 张便利贴、8 个分区和 1 条连线')
    expect(formatScore(-1.5, 'fr')).toBe('\u22121,5')
  })

  it('words what an update did as each language joins things done: Chinese with a comma, not the 和 that joins nouns, and the semicolon as each language sets it', () => {
    const result = { changeSet: { changes: [{}, {}, {}], boardEdits: [{}, {}] }, counts: { created: 4, removed: 2, moved: 0, adopted: 0 } } as unknown as Parameters<typeof formatSyncCounts>[0]
    expect(formatSyncCounts(result, panelText('en'))).toBe('3 changes from the data made and 2 edits on the board kept; 4 nodes added and 2 nodes removed')
    expect(formatSyncCounts(result, panelText('fr'))).toBe('3 changements des données appliqués et 2 modifications du tableau conservées\u00a0; 4 nœuds ajoutés et 2 nœuds supprimés')
    expect(formatSyncCounts(result, panelText('zh-Hans'))).toBe('已应用 3 项来自数据的更改，保留了画板上的 2 处改动；新增 4 个节点，删除 2 个节点')
  })

  it('names export files after the journey title', () => {
    expect(exportFileName('Renting a car in the USA', 'csv')).toBe('renting-a-car-in-the-usa.csv')
    expect(exportFileName('Flytning – Ærø', 'json')).toBe('flytning-aeroe.json')
    expect(exportFileName('!!!', 'mermaid')).toBe('journey.mmd')
  })
})
