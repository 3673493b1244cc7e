import { LINE_HEIGHT_RATIO } from '../render-theme'
import { ellipsizeText } from './ellipsize-text'
import { wrapText } from './wrap-text'

export interface FitTextOptions {
  maxFontSize: number
  minFontSize: number
  fontWeight: number
  lineHeightRatio?: number
}

export interface FittedText {
  lines: string[]
  fontSize: number
  lineHeight: number
  /** True when even the smallest size overflowed and lines were dropped (the last ends in an ellipsis). */
  truncated: boolean
}

/**
 * Wraps `text` into a `width` × `height` box at the largest whole font size that fits, the way
 * FigJam's "auto" sticky text shrinks; below `minFontSize` it keeps the lines that fit and ends
 * the last with an ellipsis rather than spilling out of the box.
 */
export function fitText(text: string, width: number, height: number, options: FitTextOptions): FittedText {
  const ratio = options.lineHeightRatio ?? LINE_HEIGHT_RATIO
  const max = Math.max(options.minFontSize, options.maxFontSize)
  for (let size = max; size >= options.minFontSize; size--) {
    const lines = wrapText(text, width, size, options.fontWeight)
    if (lines.length * size * ratio <= height) return { lines, fontSize: size, lineHeight: size * ratio, truncated: false }
  }
  const fontSize = options.minFontSize
  const lineHeight = fontSize * ratio
  const lines = wrapText(text, width, fontSize, options.fontWeight)
  const room = Math.max(1, Math.floor(height / lineHeight))
  if (lines.length <= room) return { lines, fontSize, lineHeight, truncated: false }
  const kept = lines.slice(0, room)
  const last = `${kept[room - 1] ?? ''}\u2026`
  kept[room - 1] = ellipsizeText(last, width, fontSize, options.fontWeight)
  return { lines: kept, fontSize, lineHeight, truncated: true }
}
