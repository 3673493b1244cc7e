import { describe, expect, it } from 'vitest'

import { checkXmlWellFormed } from './check-xml-well-formed'

describe('checkXmlWellFormed (the test helper itself)', () => {
  it('accepts a well-formed document with entities, comments and self-closing tags', () => {
    expect(checkXmlWellFormed('<svg a="1" b="x &amp; y"><!-- note --><g><rect/></g><text>&lt;&#65;&#x42;</text></svg>\n')).toEqual([])
  })

  it.each([
    ['a mismatched end tag', '<svg><g></svg>'],
    ['an unclosed element', '<svg><g>'],
    ['an unknown entity', '<svg>&nbsp;</svg>'],
    ['a bare ampersand', '<svg>a & b</svg>'],
    ['a raw "<" in text', '<svg>a < b</svg>'],
    ['a repeated attribute', '<svg a="1" a="2"/>'],
    ['an unquoted attribute', '<svg a=1/>'],
    ['two roots', '<svg/><svg/>'],
    ['text outside the root', 'hi<svg/>'],
    ['a forbidden control character', '<svg>\u0001</svg>'],
    ['a lone surrogate', '<svg>\ud800</svg>']
  ])('rejects %s', (_label, xml) => {
    expect(checkXmlWellFormed(xml)).not.toEqual([])
  })
})
