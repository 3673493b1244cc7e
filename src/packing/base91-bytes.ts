/**
 * The packs' text encoding, basE91 (J. Henke's scheme: 13 or 14 bits in two characters), over 91
 * printable ASCII characters: '!' to '~' but for the double quote, the apostrophe and the backslash,
 * so a pack stands in the bundle's string literals without an escape. About 1.23 characters a byte
 * against base64's 1.33, which is 7 KB less in the sandbox's bundle; one byte each in UTF-8.
 */
const FIRST_CODE = 33
const LAST_CODE = 126
const LEFT_OUT = [34, 39, 92]
export const BASE91_DIGITS = 91
/** Two characters carry 14 bits where the value's low 13 bits are below this, else 13 (basE91's rule). */
export const FOURTEEN_BITS_BELOW = 89

/** Each ASCII character's value, or -1 outside the alphabet: a table, as it is read for every character of a pack (made at the first unpacking). */
let digits: Int8Array | undefined
function digitTable(): Int8Array {
  const table = new Int8Array(LAST_CODE + 1).fill(-1)
  for (let digit = 0; digit < BASE91_DIGITS; digit++) table[base91Character(digit).charCodeAt(0)] = digit
  return table
}

/** The character standing for a value from 0 to 90. */
export function base91Character(digit: number): string {
  let code = digit + FIRST_CODE
  for (const left of LEFT_OUT) if (code >= left) code++
  return String.fromCharCode(code)
}

/**
 * The bytes basE91 text stands for, for the sandbox, which has no decoder of its own. Any character
 * outside the alphabet throws; the DEFLATE and JSON checks after it catch a pack cut short.
 */
export function base91Bytes(text: string): Uint8Array<ArrayBuffer> {
  // Two characters give at least 13 bits, so one and a bit bytes; a last lone character one byte.
  const bytes = new Uint8Array(Math.ceil((text.length * 7) / 4))
  let written = 0
  let bits = 0
  let count = 0
  const table = (digits ??= digitTable())
  // A character outside the alphabet reads -1, or undefined past the table: neither is >= 0. Where to name is found only then.
  const refuse = (from: number): never => {
    const index = [from, from + 1].find((at) => !(table[text.charCodeAt(at)]! >= 0))!
    throw new Error(`packed text is not basE91 at character ${index}`)
  }
  const pairs = text.length - (text.length % 2)
  for (let index = 0; index < pairs; index += 2) {
    const low = table[text.charCodeAt(index)]!
    const high = table[text.charCodeAt(index + 1)]!
    if (!(low >= 0 && high >= 0)) refuse(index)
    const value = low + high * BASE91_DIGITS
    bits |= value << count
    count += (value & 8191) < FOURTEEN_BITS_BELOW ? 14 : 13
    while (count >= 8) {
      bytes[written++] = bits & 0xff
      bits >>>= 8
      count -= 8
    }
  }
  if (pairs < text.length) {
    const last = table[text.charCodeAt(pairs)]!
    if (!(last >= 0)) refuse(pairs)
    bytes[written++] = (bits | (last << count)) & 0xff
  }
  return bytes.subarray(0, written)
}
