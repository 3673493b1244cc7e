import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { escapeMarkdown, escapeMarkdownParagraphs } from '../../src/formats'

describe('escapeMarkdown', () => {
  it('escapes inline syntax and what would start a block', () => {
    expect(escapeMarkdown('*bold* _x_ `code` [a](b) <b> | ~s~ &amp; $x$ \\')).toBe(
      '\\*bold\\* \\_x\\_ \\`code\\` \\[a\\](b) \\<b\\> \\| \\~s\\~ \\&amp; \\$x\\$ \\\\'
    )
    expect(['# h', '> q', '- l', '+ l', '= u', '12. n', '3) n', 'a # b'].map(escapeMarkdown)).toEqual([
      '\\# h',
      '\\> q',
      '\\- l',
      '\\+ l',
      '\\= u',
      '12\\. n',
      '3\\) n',
      'a # b'
    ])
  })

  it('puts text on one line (what it shows is checked by a CommonMark library in markdown-rendering.test.ts)', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\r\n', '\r', '\t', '*', '#', '用')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        expect(escapeMarkdown(text)).not.toMatch(/[\r\n]/)
      })
    )
  })

  it('leaves a text with nothing to escape as it is', () => {
    const plain = ['Compares prices on two sites (1)', 'Is this the final price?', '1 a', '12 of 13', 'a:b/c', 'x.com', 'www', 'wwwa.', 'e-mail', 'a # b', 'Ærø, 用户 😀']
    expect(plain.map(escapeMarkdown)).toEqual(plain)
    expect(['http://a', 'WWW.a', 'a@b', 'a#', ' a', 'a\u00A0'].map(escapeMarkdown)).toEqual(['http\\://a', 'WWW\\.a', 'a\\@b', 'a\\#', 'a', 'a&#xA0;'])
  })

  it('keeps paragraphs apart', () => {
    expect(escapeMarkdownParagraphs('One *a*\nstill one\n\n\n# Two')).toBe('One \\*a\\* still one\n\n\\# Two')
  })
})
