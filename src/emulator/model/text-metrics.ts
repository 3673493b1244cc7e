/**
 * A deterministic stand-in for text layout. Real glyph widths are unknowable outside Figma, so every
 * character counts as half an em wide and a line is 1.25 ems tall; lines wrap greedily at spaces
 * (a word longer than a line is split). The numbers are rough on purpose: what matters is that long
 * text makes a sticky grow and that the same text always measures the same.
 */
export const CHAR_WIDTH_EM = 0.5
export const LINE_HEIGHT_EM = 1.25

/** How many characters fit on a line `width` wide at `fontSize` (at least one). */
export function charsPerLine(width: number, fontSize: number): number {
  return Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH_EM)))
}

/** The lines `characters` wraps into with at most `maxChars` per line; an empty paragraph is one line. */
export function wrapLines(characters: string, maxChars: number): string[] {
  const lines: string[] = []
  for (const paragraph of characters.split('\n')) {
    let line = ''
    for (const word of paragraph.split(' ')) {
      let rest = word
      while (rest.length > maxChars) {
        if (line !== '') lines.push(line)
        lines.push(rest.slice(0, maxChars))
        rest = rest.slice(maxChars)
        line = ''
      }
      const candidate = line === '' ? rest : `${line} ${rest}`
      if (candidate.length <= maxChars) line = candidate
      else {
        lines.push(line)
        line = rest
      }
    }
    lines.push(line)
  }
  return lines
}

export function lineHeight(fontSize: number): number {
  return fontSize * LINE_HEIGHT_EM
}

/** The box `characters` needs: unwrapped (auto width) when `wrapWidth` is undefined. */
export function measureText(characters: string, fontSize: number, wrapWidth?: number): { width: number; height: number } {
  const lines =
    wrapWidth === undefined ? characters.split('\n') : wrapLines(characters, charsPerLine(wrapWidth, fontSize))
  const longest = lines.reduce((max, line) => Math.max(max, line.length), 0)
  return {
    width: wrapWidth ?? longest * fontSize * CHAR_WIDTH_EM,
    height: lines.length * lineHeight(fontSize)
  }
}
