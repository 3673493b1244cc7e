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
  if (paints === undefined) return undefined
  // A loop, not `find`: a callback made for every node read.
  for (let i = 0; i < paints.length; i += 1) {
    const paint = paints[i]!
    const color = paint.color
    if (paint.type === 'SOLID' && paint.visible !== false && color !== undefined) return hexOf(channelValue(color.r), channelValue(color.g), channelValue(color.b))
  }
  return undefined
}

/**
 * Colours spelled so far, by their three channels as one number. A board has a few colours and
 * thousands of nodes: each node's colour is the same string, not a new one. A file can hold any
 * number of colours, so the table stops growing at HEX_KEPT of them.
 */
const hexByRgb = new Map<number, string>()
const HEX_KEPT = 1024
const CHANNEL_BITS = 8

function hexOf(r: number, g: number, b: number): string {
  // A channel that is no number (a broken file) spells NaN, as it always has, and is not kept.
  if (Number.isNaN(r) || Number.isNaN(g) || Number.isNaN(b)) return `#${digitsOf(r)}${digitsOf(g)}${digitsOf(b)}`
  const key = (((r << CHANNEL_BITS) | g) << CHANNEL_BITS) | b
  let hex = hexByRgb.get(key)
  if (hex === undefined) {
    hex = `#${digitsOf(r)}${digitsOf(g)}${digitsOf(b)}`
    if (hexByRgb.size < HEX_KEPT) hexByRgb.set(key, hex)
  }
  return hex
}

/** `00` to `FF`, made once: a board reads a colour for nearly every node. */
const CHANNEL_DIGITS = Array.from({ length: CHANNEL_MAX + 1 }, (_, value) => value.toString(16).toUpperCase().padStart(2, '0'))

/** 0 to 255, or NaN for a channel that is no number. */
function channelValue(channel: number): number {
  return Math.max(0, Math.min(CHANNEL_MAX, Math.round(channel * CHANNEL_MAX)))
}

function digitsOf(value: number): string {
  return CHANNEL_DIGITS[value] ?? value.toString(16).toUpperCase().padStart(2, '0')
}
