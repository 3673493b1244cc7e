const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'

/**
 * The bytes base64 text stands for, for the sandbox, which has no atob. Strict: only the standard
 * alphabet, padded to a multiple of four; anything else throws.
 */
export function base64Bytes(text: string): Uint8Array {
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0
  if (text.length % 4 !== 0) throw new Error('packed text is not base64: its length is not a multiple of four')
  const bytes = new Uint8Array((text.length / 4) * 3 - padding)
  let buffer = 0
  let written = 0
  for (let index = 0; index < text.length - padding; index++) {
    const value = ALPHABET.indexOf(text[index]!)
    if (value < 0) throw new Error(`packed text is not base64 at character ${index}`)
    buffer = (buffer << 6) | value
    if (index % 4 === 3) {
      bytes[written++] = buffer >> 16
      bytes[written++] = (buffer >> 8) & 0xff
      bytes[written++] = buffer & 0xff
      buffer = 0
    }
  }
  // The last group, padded: its spare bits must be zero, as every encoder writes them.
  if (padding === 2) {
    if ((buffer & 0xf) !== 0) throw new Error('packed text is not base64: stray bits before its padding')
    bytes[written] = buffer >> 4
  } else if (padding === 1) {
    if ((buffer & 0x3) !== 0) throw new Error('packed text is not base64: stray bits before its padding')
    bytes[written++] = buffer >> 10
    bytes[written] = (buffer >> 2) & 0xff
  }
  return bytes
}
