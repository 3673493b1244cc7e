import { estimateTextWidth } from './estimate-text-width'
import { unspacedSegments } from './unspaced-segments'

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029\u000b\u000c\u0085]/
const SPACES = /[ \t\u00a0]+/

/** Splits a word wider than the line into pieces that fit, one character at a time. */
function breakWord(word: string, maxWidth: number, fontSize: number, fontWeight: number): string[] {
  const pieces: string[] = []
  let piece = ''
  for (const char of word) {
    if (piece !== '' && estimateTextWidth(piece + char, fontSize, fontWeight) > maxWidth) {
      pieces.push(piece)
      piece = char
    } else {
      piece += char
    }
  }
  if (piece !== '') pieces.push(piece)
  return pieces
}

/**
 * Greedy word wrap to `maxWidth` by the Inter width estimate. Explicit line breaks are kept
 * (an empty paragraph is an empty line); runs of spaces collapse. Chinese and Japanese, written
 * without spaces, break between words (see `unspacedSegments`), not inside them; a piece longer
 * than the line is broken between characters.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, fontWeight = 400): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(LINE_BREAKS)) {
    const pieces = paragraph
      .split(SPACES)
      .filter((word) => word !== '')
      .flatMap((word) => unspacedSegments(word).map((piece, index) => ({ piece, gap: index === 0 ? ' ' : '' })))
    let line = ''
    for (const { piece, gap } of pieces) {
      const candidate = line === '' ? piece : `${line}${gap}${piece}`
      if (estimateTextWidth(candidate, fontSize, fontWeight) <= maxWidth) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      if (estimateTextWidth(piece, fontSize, fontWeight) <= maxWidth) {
        line = piece
      } else {
        const broken = breakWord(piece, maxWidth, fontSize, fontWeight)
        line = broken.pop() ?? ''
        lines.push(...broken)
      }
    }
    lines.push(line)
  }
  return lines
}
