import { base91Character, BASE91_DIGITS, FOURTEEN_BITS_BELOW } from './base91-bytes'

/** Bytes as basE91 text (see base91-bytes.ts), as the build packs them; base91Bytes gives them back. */
export function base91Text(bytes: Uint8Array): string {
  let text = ''
  let bits = 0
  let count = 0
  const pair = (value: number): string => base91Character(value % BASE91_DIGITS) + base91Character(Math.floor(value / BASE91_DIGITS))
  for (const byte of bytes) {
    bits |= byte << count
    count += 8
    if (count > 13) {
      const low = bits & 8191
      const wide = low < FOURTEEN_BITS_BELOW
      text += pair(wide ? bits & 16383 : low)
      bits >>>= wide ? 14 : 13
      count -= wide ? 14 : 13
    }
  }
  if (count > 0) {
    text += base91Character(bits % BASE91_DIGITS)
    if (count > 7 || bits >= BASE91_DIGITS) text += base91Character(Math.floor(bits / BASE91_DIGITS))
  }
  return text
}
