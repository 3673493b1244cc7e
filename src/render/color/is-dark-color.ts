/** Below this WCAG relative luminance, dark text stops being readable and FigJam switches to white. */
const DARK_LUMINANCE = 0.4

function linear(channel: number): number {
  const c = channel / 255
  return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4)
}

/** True when white text reads better than charcoal on this `#RRGGBB` background. */
export function isDarkColor(hex: string): boolean {
  const value = Number.parseInt(hex.slice(1, 7), 16)
  const luminance = 0.2126 * linear((value >> 16) & 0xff) + 0.7152 * linear((value >> 8) & 0xff) + 0.0722 * linear(value & 0xff)
  return luminance < DARK_LUMINANCE
}
