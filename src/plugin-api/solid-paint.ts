/**
 * A solid paint for a `#RRGGBB` palette colour. Each channel is written as `value / 255` exactly:
 * FigJam recognises a palette swatch only on an exact match, and a rounded decimal would show as a
 * custom colour.
 */
export function solidPaint(hex: string): SolidPaint {
  const match = /^#([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})([0-9A-Fa-f]{2})$/.exec(hex)
  if (match === null) throw new Error(`"${hex}" is not a #RRGGBB colour`)
  const channel = (digits: string | undefined): number => parseInt(digits ?? '0', 16) / 255
  return { type: 'SOLID', color: { r: channel(match[1]), g: channel(match[2]), b: channel(match[3]) } }
}
