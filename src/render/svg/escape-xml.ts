/**
 * Characters XML 1.0 does not allow anywhere, even escaped: C0 controls other than tab, line feed
 * and carriage return, lone surrogates, and U+FFFE/U+FFFF.
 */
const FORBIDDEN = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu

const ENTITIES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;'
}

/** Makes any string safe as XML text or as a quoted attribute value: drops forbidden characters, escapes markup. */
export function escapeXml(text: string): string {
  return text.replace(FORBIDDEN, '').replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char)
}
