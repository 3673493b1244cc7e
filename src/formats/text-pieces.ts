/**
 * The most characters one piece of written text holds. V8 gives a string over 128 KiB memory of
 * its own, mapped for it alone (a large object); text with a character past U+00FF takes two bytes a
 * character, so a piece of at most 32 Ki characters is at most 64 KiB whatever it holds, and no
 * piece, nor the flat string a write makes of it, is ever such an object. Writing a big board is
 * still a few hundred writes rather than one per node or row.
 */
export const TEXT_PIECE_CHARS = 32 * 1024

const isHighSurrogate = (unit: number): boolean => unit >= 0xd800 && unit <= 0xdbff
const isLowSurrogate = (unit: number): boolean => unit >= 0xdc00 && unit <= 0xdfff

/** Whether `before` ends with the first half of a surrogate pair whose second half starts `after`. */
function pairAcross(before: string, after: string): boolean {
  return isHighSurrogate(before.charCodeAt(before.length - 1)) && isLowSurrogate(after.charCodeAt(0))
}

/**
 * `chunk` added to the piece being gathered, `piece`: the pieces it fills go to `full`, and what is
 * left is the piece gathered now.
 */
function gather(piece: string, chunk: string, full: string[]): string {
  let gathered = piece
  let rest = chunk
  if (gathered.length + rest.length > TEXT_PIECE_CHARS && gathered !== '') {
    if (pairAcross(gathered, rest)) {
      rest = gathered.slice(-1) + rest
      gathered = gathered.slice(0, -1)
    }
    if (gathered !== '') full.push(gathered)
    gathered = ''
  }
  while (rest.length > TEXT_PIECE_CHARS) {
    const cut = isHighSurrogate(rest.charCodeAt(TEXT_PIECE_CHARS - 1)) && isLowSurrogate(rest.charCodeAt(TEXT_PIECE_CHARS)) ? TEXT_PIECE_CHARS - 1 : TEXT_PIECE_CHARS
    full.push(rest.slice(0, cut))
    rest = rest.slice(cut)
  }
  return gathered + rest
}

/**
 * `chunks` then `ending`, gathered into pieces of at most TEXT_PIECE_CHARS characters for writing:
 * whole chunks (a row, a line, a node) as many as fit, and a chunk longer than a piece cut into
 * pieces of its own. A cut never parts a surrogate pair, so each piece is the same UTF-8 alone as
 * within the whole text, and a lone half stays lone. Joined, the pieces are `chunks` and `ending`
 * joined.
 */
export function* textPieces(chunks: Iterable<string>, ending = ''): Generator<string> {
  let piece = ''
  // Filled only when a piece is: most chunks just join the piece being gathered.
  const full: string[] = []
  for (const chunk of chunks) {
    piece = gather(piece, chunk, full)
    if (full.length > 0) {
      for (let i = 0; i < full.length; i += 1) yield full[i]!
      full.length = 0
    }
  }
  piece = gather(piece, ending, full)
  for (let i = 0; i < full.length; i += 1) yield full[i]!
  if (piece !== '') yield piece
}
