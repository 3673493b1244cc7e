import { estimateTextWidth } from './estimate-text-width'

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
 * (an empty paragraph is an empty line); runs of spaces collapse; a word longer than the line is
 * broken between characters, which is also how unspaced scripts such as Chinese wrap.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, fontWeight = 400): string[] {
  const lines: string[] = []
  for (const paragraph of text.split(LINE_BREAKS)) {
    const words = paragraph.split(SPACES).filter((word) => word !== '')
    let line = ''
    for (const word of words) {
      const candidate = line === '' ? word : `${line} ${word}`
      if (estimateTextWidth(candidate, fontSize, fontWeight) <= maxWidth) {
        line = candidate
        continue
      }
      if (line !== '') lines.push(line)
      if (estimateTextWidth(word, fontSize, fontWeight) <= maxWidth) {
        line = word
      } else {
        const pieces = breakWord(word, maxWidth, fontSize, fontWeight)
        line = pieces.pop() ?? ''
        lines.push(...pieces)
      }
    }
    lines.push(line)
  }
  return lines
}
