/**
 * A small, strict XML 1.0 well-formedness check for the renderer's output (no DTDs, no
 * processing instructions, no CDATA: the SVG writer emits none). happy-dom's parser forgives
 * too much (unknown entities, repeated attributes) to prove well-formedness on its own.
 * @returns the problems found; empty when the text is well formed.
 */
export function checkXmlWellFormed(xml: string): string[] {
  const problems: string[] = []
  const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u.exec(xml)
  if (forbidden !== null) problems.push(`forbidden character U+${(forbidden[0].codePointAt(0) ?? 0).toString(16)} at ${forbidden.index}`)

  const name = '[A-Za-z_:][-A-Za-z0-9_:.]*'
  const reference = /&(?:amp|lt|gt|quot|apos|#[0-9]+|#x[0-9A-Fa-f]+);/y
  const checkCharData = (text: string, at: number, inAttribute: boolean): void => {
    for (let i = 0; i < text.length; i++) {
      const c = text[i]
      if (c === '<') problems.push(`raw "<" at ${at + i}`)
      if (inAttribute && c === '"') problems.push(`raw quote in attribute at ${at + i}`)
      if (c === '&') {
        reference.lastIndex = i
        if (!reference.test(text)) problems.push(`bad entity reference at ${at + i}: ${text.slice(i, i + 12)}`)
      }
    }
  }

  const stack: string[] = []
  let roots = 0
  let pos = 0
  const tag = new RegExp(`<(/?)(${name})((?:\\s+${name}\\s*=\\s*"[^"]*")*)\\s*(/?)>`, 'y')
  const comment = /<!--(?:(?!--)[\s\S])*-->/y
  const attribute = new RegExp(`(${name})\\s*=\\s*"([^"]*)"`, 'g')
  while (pos < xml.length) {
    const lt = xml.indexOf('<', pos)
    const text = xml.slice(pos, lt === -1 ? xml.length : lt)
    if (stack.length === 0 && text.trim() !== '') problems.push(`text outside the root element at ${pos}`)
    checkCharData(text, pos, false)
    if (lt === -1) break
    comment.lastIndex = lt
    if (comment.test(xml)) {
      pos = comment.lastIndex
      continue
    }
    tag.lastIndex = lt
    const match = tag.exec(xml)
    if (match === null) {
      problems.push(`malformed tag at ${lt}: ${xml.slice(lt, lt + 40)}`)
      break
    }
    const [, closing, tagName = '', attrs = '', selfClosing] = match
    if (closing === '/') {
      if (attrs !== '' || selfClosing === '/') problems.push(`malformed end tag at ${lt}`)
      const open = stack.pop()
      if (open !== tagName) problems.push(`</${tagName}> at ${lt} closes <${open ?? 'nothing'}>`)
    } else {
      if (stack.length === 0) roots++
      const seen = new Set<string>()
      for (const [, attrName = '', value = ''] of attrs.matchAll(attribute)) {
        if (seen.has(attrName)) problems.push(`attribute ${attrName} repeated on <${tagName}> at ${lt}`)
        seen.add(attrName)
        checkCharData(value, lt, true)
      }
      if (selfClosing !== '/') stack.push(tagName)
    }
    pos = tag.lastIndex
  }
  if (stack.length > 0) problems.push(`unclosed elements: ${stack.join(' > ')}`)
  if (roots !== 1) problems.push(`expected one root element, found ${roots}`)
  return problems
}
