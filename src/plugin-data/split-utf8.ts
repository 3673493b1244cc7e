/**
 * Cuts text into consecutive pieces of at most `maxBytes` UTF-8 bytes each, never inside a
 * character (a surrogate pair stays whole), so joining the pieces gives the text back exactly.
 * An empty text gives one empty piece.
 */
export function splitUtf8(text: string, maxBytes: number): string[] {
  if (!(maxBytes >= 4)) throw new RangeError(`splitUtf8 needs room for at least one character (4 bytes), got ${maxBytes}`)
  const pieces: string[] = []
  let start = 0
  let bytes = 0
  let i = 0
  while (i < text.length) {
    const code = text.charCodeAt(i)
    const pair = code >= 0xd800 && code <= 0xdbff && i + 1 < text.length
    const width = code < 0x80 ? 1 : code < 0x800 ? 2 : pair ? 4 : 3
    if (bytes + width > maxBytes) {
      pieces.push(text.slice(start, i))
      start = i
      bytes = 0
    }
    bytes += width
    i += pair ? 2 : 1
  }
  pieces.push(text.slice(start))
  return pieces
}
