import { formatNumber } from '../../i18n/format-number'
import type { Box } from '../display-list'

/**
 * Limits of a drawn picture. A PNG encoder holds the whole canvas in memory (4 bytes a pixel), so
 * both sides and the area are bounded: 20,000 px a side (the most `render --width` takes) and
 * 100 million pixels (400 MB). A wider request keeps the board's proportions and shrinks to fit.
 */
export const MAX_PICTURE_SIDE = 20_000
export const MAX_PICTURE_PIXELS = 100_000_000

/**
 * How far from the page's origin a drawn board may reach, in board units. Far past any board
 * people make; a node beyond it (a script's x = 1e15) would make every other node vanish to less
 * than a pixel and overflow the PNG encoder's numbers, so such a board is refused, naming the limit.
 */
export const MAX_BOARD_EXTENT = 1_000_000

export interface PictureSize {
  width: number
  height: number
  /** Pixels per board unit. */
  scale: number
  /** True when the picture was made smaller than asked, to keep within the limits. */
  limited: boolean
}

/** The picture's size for a view (content plus padding) at the wanted scale, kept within the limits. */
export function pictureSize(view: Box, wantedScale: number): PictureSize {
  const fits = [wantedScale]
  if (view.width > 0) fits.push(MAX_PICTURE_SIDE / view.width)
  if (view.height > 0) fits.push(MAX_PICTURE_SIDE / view.height)
  if (view.width > 0 && view.height > 0) fits.push(Math.sqrt(MAX_PICTURE_PIXELS / (view.width * view.height)))
  const scale = Math.min(...fits)
  return { width: view.width * scale, height: view.height * scale, scale, limited: scale < wantedScale }
}

/** What is wrong with the board's extent for drawing, if anything. */
export function boardExtentProblem(bounds: Box): string | undefined {
  const edges = [bounds.x, bounds.y, bounds.x + bounds.width, bounds.y + bounds.height]
  if (edges.every((edge) => Number.isFinite(edge) && Math.abs(edge) <= MAX_BOARD_EXTENT)) return undefined
  const far = edges.reduce((a, b) => (Math.abs(b) > Math.abs(a) || !Number.isFinite(b) ? b : a))
  // Said for people, as the command line says it: a minus sign, and the limit as README writes it.
  return `the board reaches ${formatNumber('en', far)} on the page, beyond the ±${MAX_BOARD_EXTENT.toLocaleString('en')} the renderer draws: move the far-away node back`
}
