import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { escapeMarkdown, escapeMarkdownParagraphs } from '../../src/formats'

/** What a CommonMark reader shows for backslash-escaped ASCII punctuation. */
function unescape(markdown: string): string {
  return markdown.replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

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

  it('puts text on one line and shows exactly the text as typed', () => {
    const unit = fc.constantFrom('a', ' ', '\n', '\r\n', '\t', '*', '_', '#', '>', '-', '1', '.', ')', '|', '[', ']', '<', '`', '\\', '&', '~', '$', '用', '😀')
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 20 }), (text) => {
        const escaped = escapeMarkdown(text)
        expect(escaped).not.toMatch(/[\r\n]/)
        expect(unescape(escaped)).toBe(text.replace(/\s*(?:\r\n|[\r\n])\s*/g, ' ').trim())
        expect(escaped).not.toMatch(/(^|[^\\])(\\\\)*[*_`[\]<>|~&$]/)
      })
    )
  })

  it('keeps paragraphs apart', () => {
    expect(escapeMarkdownParagraphs('One *a*\nstill one\n\n\n# Two')).toBe('One \\*a\\* still one\n\n\\# Two')
  })
})
