/** The colour fields both APIs give a paint; REST adds an alpha channel the plugin keeps in `opacity`. */
export interface PaintLike {
  type: string
  visible?: boolean
  color?: { r: number; g: number; b: number }
}

const CHANNEL_MAX = 255

/**
 * The first visible solid paint as `#RRGGBB` (upper case), or undefined when there is none. Channels
 * are 0..1 floats in both APIs; FigJam writes palette colours as `channel / 255`, so rounding the
 * product back gives the swatch exactly.
 */
export function solidPaintHex(paints: readonly PaintLike[] | undefined): string | undefined {
  const paint = paints?.find((p) => p.type === 'SOLID' && p.visible !== false && p.color !== undefined)
  if (paint?.color === undefined) return undefined
  const { r, g, b } = paint.color
  return `#${channelHex(r)}${channelHex(g)}${channelHex(b)}`
}

/** `00` to `FF`, made once: a board reads a colour for nearly every node. */
const CHANNEL_DIGITS = Array.from({ length: CHANNEL_MAX + 1 }, (_, value) => value.toString(16).toUpperCase().padStart(2, '0'))

function channelHex(channel: number): string {
  const value = Math.max(0, Math.min(CHANNEL_MAX, Math.round(channel * CHANNEL_MAX)))
  return CHANNEL_DIGITS[value] ?? value.toString(16).toUpperCase().padStart(2, '0')
}
