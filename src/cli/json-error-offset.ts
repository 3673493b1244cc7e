/**
 * Where a JSON text first breaks the grammar (RFC 8259), as a character offset; undefined when it
 * does not. V8 gives a position for most JSON.parse errors but not for an unexpected token
 * (`Unexpected token 'x', "{"a": x}" is not valid JSON`), so the command line finds it here to name
 * the line and column as for every other error. A loop with a stack, not recursion: files nested
 * far past the nesting limit must not overflow the stack before that limit is checked.
 */
export function jsonErrorOffset(text: string): number | undefined {
  const closers: string[] = []
  let expect: 'value' | 'value-or-close' | 'key' | 'key-or-close' | 'colon' | 'comma-or-close' | 'end' = 'value'
  let at = 0
  const afterValue = (): typeof expect => (closers.length === 0 ? 'end' : 'comma-or-close')
  for (;;) {
    at = skipWhiteSpace(text, at)
    if (at >= text.length) return expect === 'end' ? undefined : text.length
    const ch = text.charAt(at)
    if ((expect === 'value-or-close' || expect === 'key-or-close') && ch === closers.at(-1)) {
      closers.pop()
      at += 1
      expect = afterValue()
    } else if (expect === 'value' || expect === 'value-or-close') {
      if (ch === '{' || ch === '[') {
        closers.push(ch === '{' ? '}' : ']')
        at += 1
        expect = ch === '{' ? 'key-or-close' : 'value-or-close'
      } else {
        const end = scalarEnd(text, at)
        if (end < 0) return -end - 1
        at = end
        expect = afterValue()
      }
    } else if (expect === 'key' || expect === 'key-or-close') {
      if (ch !== '"') return at
      const end = stringEnd(text, at)
      if (end < 0) return -end - 1
      at = end
      expect = 'colon'
    } else if (expect === 'colon') {
      if (ch !== ':') return at
      at += 1
      expect = 'value'
    } else if (expect === 'comma-or-close') {
      if (ch === ',') {
        at += 1
        expect = closers.at(-1) === '}' ? 'key' : 'value'
      } else if (ch === closers.at(-1)) {
        closers.pop()
        at += 1
        expect = afterValue()
      } else {
        return at
      }
    } else {
      return at
    }
  }
}

const WHITE_SPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS = ['true', 'false', 'null']
const SIMPLE_ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't'])
const HEX_DIGIT = /^[0-9a-fA-F]$/
/** U+0020: characters below it must be escaped inside a string. */
const FIRST_PLAIN_CHARACTER = 0x20

function skipWhiteSpace(text: string, from: number): number {
  let at = from
  while (at < text.length && WHITE_SPACE.has(text.charAt(at))) at += 1
  return at
}

/** The scanners below return the offset after what they read, or -(offset + 1) of the error. */
function failAt(offset: number): number {
  return -offset - 1
}

function scalarEnd(text: string, from: number): number {
  const ch = text.charAt(from)
  if (ch === '"') return stringEnd(text, from)
  if (ch === '-' || isDigit(ch)) return numberEnd(text, from)
  const literal = LITERALS.find((word) => word.charAt(0) === ch)
  if (literal === undefined) return failAt(from)
  for (let i = 1; i < literal.length; i += 1) {
    if (text.charAt(from + i) !== literal.charAt(i)) return failAt(from + i)
  }
  return from + literal.length
}

function stringEnd(text: string, from: number): number {
  let at = from + 1
  while (at < text.length) {
    const ch = text.charAt(at)
    if (ch === '"') return at + 1
    if (text.charCodeAt(at) < FIRST_PLAIN_CHARACTER) return failAt(at)
    if (ch === '\\') {
      const escaped = text.charAt(at + 1)
      if (escaped === 'u') {
        for (let i = 2; i < 6; i += 1) if (!HEX_DIGIT.test(text.charAt(at + i))) return failAt(at + i)
        at += 6
      } else if (SIMPLE_ESCAPES.has(escaped)) {
        at += 2
      } else {
        return failAt(at + 1)
      }
    } else {
      at += 1
    }
  }
  return failAt(text.length)
}

function isDigit(ch: string): boolean {
  return ch >= '0' && ch <= '9'
}

function digitsEnd(text: string, from: number): number {
  let at = from
  while (isDigit(text.charAt(at))) at += 1
  return at
}

function numberEnd(text: string, from: number): number {
  let at = text.charAt(from) === '-' ? from + 1 : from
  if (text.charAt(at) === '0') at += 1
  else if (isDigit(text.charAt(at))) at = digitsEnd(text, at)
  else return failAt(at)
  if (text.charAt(at) === '.') {
    const end = digitsEnd(text, at + 1)
    if (end === at + 1) return failAt(end)
    at = end
  }
  if (text.charAt(at) === 'e' || text.charAt(at) === 'E') {
    let digits = at + 1
    if (text.charAt(digits) === '+' || text.charAt(digits) === '-') digits += 1
    const end = digitsEnd(text, digits)
    if (end === digits) return failAt(end)
    at = end
  }
  return at
}
