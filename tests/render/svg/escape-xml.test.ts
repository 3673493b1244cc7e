import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

import { escapeXml } from '../../../src/render/svg/escape-xml'

const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u

function unescape(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name] ?? '')
}

describe('escapeXml', () => {
  it('escapes the five markup characters', () => {
    expect(escapeXml(`<a href="x">Tom & 'Jerry'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; &apos;Jerry&apos;&lt;/a&gt;')
  })

  it('drops control characters, lone surrogates and U+FFFE/U+FFFF but keeps tabs, newlines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ud800e\udfffg\ufffeh\uffff')).toBe('abcdegh')
    expect(escapeXml('tab\there\nnew\r\n🚗 汽车')).toBe('tab\there\nnew\r\n🚗 汽车')
  })

  it('always yields XML-safe text that unescapes to the input minus forbidden characters', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (input) => {
        const out = escapeXml(input)
        expect(FORBIDDEN.test(out)).toBe(false)
        expect(out).not.toMatch(/[<>"']/)
        expect(unescape(out)).toBe(input.replace(new RegExp(FORBIDDEN.source, 'gu'), ''))
      })
    )
  })
})
