/**
 * FigJam's palettes, one per node type, as Figma's FigJam guide lists them ([G]:
 * figma/mcp-server-guide, skills/figma-use-figjam/references/figjam-colors.md and
 * create-shape-with-text.md). FigJam shows a colour as a palette swatch only when every channel is
 * exactly `hex/255`; anything else is a "custom" colour. Kept apart from the plugin's own palette
 * (src/layout/figjam-palette.ts) on purpose: the emulator judges the plugin and must not borrow its
 * answers.
 */

/** [G] figjam-colors.md, "Sticky palette". */
export const STICKY_SWATCHES: readonly string[] = ['FFFFFF', 'E6E6E6', 'B3EFBD', 'B3F4EF', 'A8DAFF', 'D3BDFF', 'FFA8DB', 'FFB8A8', 'FFD3A8', 'FFE299']

/** [G] figjam-colors.md, "Section background palette". */
export const SECTION_SWATCHES: readonly string[] = ['FFFFFF', 'F9F9F9', 'EBFFEE', 'F1FEFD', 'F5FBFF', 'F8F5FF', 'FFF0FA', 'FFF5F5', 'FFF7F0', 'FFFBF0']

/** [G] figjam-colors.md, "Connector stroke palette". */
export const CONNECTOR_SWATCHES: readonly string[] = [
  '1E1E1E',
  '757575',
  'B3B3B3',
  'D9D9D9',
  '66D575',
  '5AD8CC',
  '3DADFF',
  '874FFF',
  'F849C1',
  'FF7556',
  'FF9E42',
  'FFC943',
  'FFFFFF'
]

/** [G] figjam-colors.md "Default text color": charcoal. */
export const CHARCOAL_HEX = '1E1E1E'

/** [G] create-shape-with-text.md, "Hex Reference": fill, stroke and text colour set together. */
export const SHAPE_PRESETS: readonly { fill: string; stroke: string; text: string }[] = [
  { fill: '1E1E1E', stroke: 'B3B3B3', text: 'FFFFFF' },
  { fill: '757575', stroke: '5E5E5E', text: 'FFFFFF' },
  { fill: 'B3B3B3', stroke: '8F8F8F', text: '1E1E1E' },
  { fill: 'D9D9D9', stroke: 'B3B3B3', text: '1E1E1E' },
  { fill: '66D575', stroke: '3E9B4B', text: 'FFFFFF' },
  { fill: 'CDF4D3', stroke: '66D575', text: '1E1E1E' },
  { fill: '5AD8CC', stroke: '369E94', text: 'FFFFFF' },
  { fill: 'C6FAF6', stroke: '5AD8CC', text: '1E1E1E' },
  { fill: '3DADFF', stroke: '007AD2', text: 'FFFFFF' },
  { fill: 'C2E5FF', stroke: '3DADFF', text: '1E1E1E' },
  { fill: '874FFF', stroke: '5427B4', text: 'FFFFFF' },
  { fill: 'DCCCFF', stroke: '874FFF', text: '1E1E1E' },
  { fill: 'F849C1', stroke: 'B42487', text: 'FFFFFF' },
  { fill: 'FFC2EC', stroke: 'F849C1', text: '1E1E1E' },
  { fill: 'FF7556', stroke: 'DC3009', text: 'FFFFFF' },
  { fill: 'FFCDC2', stroke: 'FF7556', text: '1E1E1E' },
  { fill: 'FF9E42', stroke: 'EB7500', text: 'FFFFFF' },
  { fill: 'FFE0C2', stroke: 'FF9E42', text: '1E1E1E' },
  { fill: 'FFC943', stroke: 'E8A302', text: '1E1E1E' },
  { fill: 'FFECBD', stroke: 'FFC943', text: '1E1E1E' },
  { fill: 'FFFFFF', stroke: 'B3B3B3', text: '1E1E1E' }
]

/**
 * The text colour FigJam gives a shape of this fill: its preset's, since FigJam coordinates the
 * two; charcoal, FigJam's default text colour, for any other fill ([G] create-shape-with-text
 * "Color Presets", figjam-colors "Default text color"). The REST API has no field for a shape's text
 * colour, so a shape read from a REST file takes this.
 */
export function shapeTextHexFor(fill: string | undefined): string {
  return SHAPE_PRESETS.find((preset) => preset.fill === fill)?.text ?? CHARCOAL_HEX
}

/** A `RRGGBB` colour as exact `hex/255` channels. */
export function hexRgb(hex: string): RGB {
  const byte = (at: number): number => parseInt(hex.slice(at, at + 2), 16) / 255
  return { r: byte(0), g: byte(2), b: byte(4) }
}

/**
 * The `RRGGBB` of a solid paint when each channel is exactly a whole number over 255, as FigJam
 * needs to match a swatch; undefined for anything else (rounded decimals, gradients, no paint).
 */
export function exactHex(paints: ReadonlyArray<Paint>): string | undefined {
  const paint = paints.find((candidate) => candidate.visible !== false)
  if (paint === undefined || paint.type !== 'SOLID' || paints.length !== 1) return undefined
  let hex = ''
  for (const channel of [paint.color.r, paint.color.g, paint.color.b]) {
    const byte = Math.round(channel * 255)
    if (byte / 255 !== channel) return undefined
    hex += byte.toString(16).padStart(2, '0').toUpperCase()
  }
  return hex
}
