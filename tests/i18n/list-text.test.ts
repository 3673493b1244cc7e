import { describe, expect, it } from 'vitest'

import { LANGUAGES, listText, READING_CATALOGUES } from '../../src/i18n'
import { readWarning } from '../../src/reader/warning-log'
import { warningText } from '../../src/reader/warning-text'

describe('listText', () => {
  it.each([
    ['en', 'a, b and c', 'a, b or c'],
    ['da', 'a, b og c', 'a, b eller c'],
    ['fr', 'a, b et c', 'a, b ou c'],
    ['ru', 'a, b и c', 'a, b или c'],
    ['zh-Hans', 'a、b 和 c', 'a、b 或 c']
  ] as const)('writes a list of things together and of alternatives as %s writes lists', (language, together, alternatives) => {
    expect(listText(language, ['a', 'b', 'c'])).toBe(together)
    expect(listText(language, ['a', 'b', 'c'], 'or')).toBe(alternatives)
  })

  it('writes two items with the last word alone, one item as it is and none as nothing, in every language', () => {
    for (const language of LANGUAGES) {
      expect(listText(language, ['a', 'b'])).toBe(listText(language, ['a', 'b', 'c']).replace(/c$/, '').replace(/^a, b|^a、b/, 'a') + 'b')
      expect(listText(language, ['a'])).toBe('a')
      expect(listText(language, [])).toBe('')
    }
  })

  it('spaces a Chinese list word from a Latin word or a number beside it, as the catalogue writes them, and not from Chinese', () => {
    expect(listText('zh-Hans', ['green', 'red'], 'or')).toBe('green 或 red')
    expect(listText('zh-Hans', ['8 个分区', '1 条连线'])).toBe('8 个分区和 1 条连线')
    expect(listText('zh-Hans', ['已在画板上编辑', '已在画板上连线'])).toBe('已在画板上编辑和已在画板上连线')
    expect(listText('en', ['green', 'red'], 'or')).toBe('green or red')
  })

  it('writes the lists in the reader’s warnings as each language writes lists', () => {
    const warning = readWarning('1:2', 'evidence-colour-unknown', { node: { kind: 'SHAPE' }, levels: ['Strong', 'Weak', 'Hunch'], colours: ['green', 'yellow', 'red'], item: 'i1' })
    expect(warning.params.levels).toEqual(['Strong', 'Weak', 'Hunch'])
    expect(warning.message).toContain('(Strong: green, Weak: yellow and Hunch: red)')
    expect(warningText(warning, READING_CATALOGUES['zh-Hans'], 'zh-Hans')).toContain('Strong：绿色、Weak：黄色和 Hunch：红色')
    expect(warningText(warning, READING_CATALOGUES.da, 'da')).toContain('Strong: grøn, Weak: gul og Hunch: rød')
  })
})
