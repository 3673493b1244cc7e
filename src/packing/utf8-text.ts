/** How many code units go to String.fromCharCode at a time: far below any engine's argument limit. */
const CHUNK = 4096

/**
 * Text from UTF-8 bytes, for the sandbox, which has no TextDecoder. Strict: bytes that are not
 * UTF-8 (a stray continuation byte, an overlong form, a surrogate, past U+10FFFF, a cut-off
 * sequence) throw, since packed text that decodes to anything else is damaged, not to be guessed at.
 */
export function utf8Text(bytes: Uint8Array): string {
  const parts: string[] = []
  const units: number[] = []
  const malformed = (at: number): never => {
    throw new Error(`packed text is not UTF-8 at byte ${at}`)
  }
  for (let index = 0; index < bytes.length; ) {
    const start = index
    const lead = bytes[index++]!
    let point: number
    if (lead < 0x80) point = lead
    else {
      // Multi-byte: how many continuation bytes follow, the lead's bits, and the smallest code point
      // the form may hold (anything less is overlong).
      const more = lead >= 0xc2 && lead <= 0xdf ? 1 : lead >= 0xe0 && lead <= 0xef ? 2 : lead >= 0xf0 && lead <= 0xf4 ? 3 : malformed(start)
      point = lead & (0x3f >> more)
      for (let count = 0; count < more; count++) {
        const next = bytes[index++]
        if (next === undefined || (next & 0xc0) !== 0x80) malformed(start)
        point = (point << 6) | (next! & 0x3f)
      }
      const least = more === 1 ? 0x80 : more === 2 ? 0x800 : 0x10000
      if (point < least || point > 0x10ffff || (point >= 0xd800 && point <= 0xdfff)) malformed(start)
    }
    if (point < 0x10000) units.push(point)
    else units.push(0xd800 + ((point - 0x10000) >> 10), 0xdc00 + ((point - 0x10000) & 0x3ff))
    if (units.length >= CHUNK) parts.push(String.fromCharCode(...units.splice(0)))
  }
  parts.push(String.fromCharCode(...units))
  return parts.join('')
}
