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
    ['zh-Hans', 'a、b和c', 'a、b或c']
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

  it('writes the lists in the reader’s warnings as each language writes lists', () => {
    const warning = readWarning('1:2', 'evidence-colour-unknown', { node: { kind: 'SHAPE' }, levels: ['Strong: green', 'Weak: yellow', 'Hunch: red'], item: 'i1' })
    expect(warning.params.levels).toEqual(['Strong: green', 'Weak: yellow', 'Hunch: red'])
    expect(warning.message).toContain('(Strong: green, Weak: yellow and Hunch: red)')
    expect(warningText(warning, READING_CATALOGUES['zh-Hans'], 'zh-Hans')).toContain('Strong: green、Weak: yellow和Hunch: red')
    expect(warningText(warning, READING_CATALOGUES.da, 'da')).toContain('Strong: green, Weak: yellow og Hunch: red')
  })
})
