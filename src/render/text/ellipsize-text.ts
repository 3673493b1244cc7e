import { estimateTextWidth } from './estimate-text-width'

const ELLIPSIS = '\u2026'

/** Shortens `text` until it plus an ellipsis fits `maxWidth`; text that already fits is returned unchanged. */
export function ellipsizeText(text: string, maxWidth: number, fontSize: number, fontWeight = 400): string {
  if (estimateTextWidth(text, fontSize, fontWeight) <= maxWidth) return text
  const chars = Array.from(text)
  while (chars.length > 0) {
    chars.pop()
    const candidate = chars.join('').trimEnd() + ELLIPSIS
    if (estimateTextWidth(candidate, fontSize, fontWeight) <= maxWidth) return candidate
  }
  return ELLIPSIS
}
