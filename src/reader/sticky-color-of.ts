import { STICKY_COLORS, stickyColorOfShapeFill } from '../layout'
import type { StickyColor } from '../model'

const PALETTE = Object.entries(STICKY_COLORS) as [StickyColor, string][]

/**
 * The FigJam sticky colour a fill shows: the swatch itself; for a shape painted from FigJam's shape
 * presets, the hue of its preset (a light blue shape is a blue swatch in a legend); for a custom or
 * older-palette colour the swatch nearest to it (by distance in RGB).
 */
export function stickyColorOf(hex: string): StickyColor {
  const exact = PALETTE.find(([, swatch]) => swatch === hex.toUpperCase())
  if (exact !== undefined) return exact[0]
  const hue = stickyColorOfShapeFill(hex)
  if (hue !== undefined) return hue
  const target = rgb(hex)
  let best: StickyColor = 'yellow'
  let bestDistance = Infinity
  for (const [name, swatch] of PALETTE) {
    const c = rgb(swatch)
    const d = (c[0] - target[0]) ** 2 + (c[1] - target[1]) ** 2 + (c[2] - target[2]) ** 2
    if (d < bestDistance) {
      best = name
      bestDistance = d
    }
  }
  return best
}

function rgb(hex: string): [number, number, number] {
  const value = Number.parseInt(hex.replace('#', ''), 16)
  if (!Number.isFinite(value)) return [0, 0, 0]
  return [(value >> 16) & 0xff, (value >> 8) & 0xff, value & 0xff]
}
