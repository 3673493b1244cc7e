import type { StickyColor } from '../model'
import type { Hex } from './board-plan'

/**
 * FigJam's own swatches. The writer turns each hex into `channel / 255` exactly, because FigJam
 * only shows a colour as a palette swatch (rather than "custom") when it matches to the last bit.
 */

/** Sticky notes (UI3 palette). */
export const STICKY_COLORS: Readonly<Record<StickyColor, Hex>> = {
  white: '#FFFFFF',
  gray: '#E6E6E6',
  green: '#B3EFBD',
  teal: '#B3F4EF',
  blue: '#A8DAFF',
  violet: '#D3BDFF',
  pink: '#FFA8DB',
  red: '#FFB8A8',
  orange: '#FFD3A8',
  yellow: '#FFE299'
}

/** Section backgrounds. */
export const SECTION_COLORS = {
  white: '#FFFFFF',
  lightGray: '#F9F9F9',
  lightGreen: '#EBFFEE',
  lightTeal: '#F1FEFD',
  lightBlue: '#F5FBFF',
  lightViolet: '#F8F5FF',
  lightPink: '#FFF0FA',
  lightRed: '#FFF5F5',
  lightOrange: '#FFF7F0',
  lightYellow: '#FFFBF0'
} as const satisfies Record<string, Hex>

/**
 * Connector strokes. FigJam's shape fills use the same saturated swatches (a blue shape is
 * `#3DADFF`), so markers and emotion points take their fills from here too.
 */
export const CONNECTOR_COLORS = {
  black: '#1E1E1E',
  darkGray: '#757575',
  gray: '#B3B3B3',
  lightGray: '#D9D9D9',
  green: '#66D575',
  teal: '#5AD8CC',
  blue: '#3DADFF',
  violet: '#874FFF',
  pink: '#F849C1',
  red: '#FF7556',
  orange: '#FF9E42',
  yellow: '#FFC943',
  white: '#FFFFFF'
} as const satisfies Record<string, Hex>

/** FigJam's default text colour (charcoal). */
export const TEXT_COLOR: Hex = CONNECTOR_COLORS.black

/** Every colour the board may use for a fill or stroke; anything else is a layout bug. */
export const FIGJAM_PALETTE: ReadonlySet<Hex> = new Set<Hex>([
  ...Object.values(STICKY_COLORS),
  ...Object.values(SECTION_COLORS),
  ...Object.values(CONNECTOR_COLORS)
])
