import type { StickyColor } from '../model'

/**
 * FigJam's own swatches, one palette per node type, as Figma's FigJam guide lists them
 * (figma/mcp-server-guide, skills/figma-use-figjam/references/figjam-colors.md and
 * create-shape-with-text.md). The writer turns each hex into `channel / 255` exactly, because FigJam
 * only shows a colour as a palette swatch (rather than "custom") when it matches to the last bit.
 * The board layout, the renderer and the preview all take their colours from here.
 */

/** A colour as `#RRGGBB`, upper case. */
export type Hex = string

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

/** Connector strokes. */
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
const WHITE_TEXT: Hex = '#FFFFFF'

/**
 * A shape's colours: FigJam coordinates the fill, the outline and the text colour of a shape, so a
 * shape is painted with all three of one preset. Setting only the fill keeps FigJam's default
 * outline and text colour, which look wrong on most fills (create-shape-with-text.md, "Color
 * Presets").
 */
export interface ShapePreset {
  fill: Hex
  stroke: Hex
  /** The colour of the shape's text. */
  textFill: Hex
}

/** FigJam's shape presets (create-shape-with-text.md, "Hex Reference"). Saturated fills take white text. */
export const SHAPE_PRESETS = {
  black: { fill: '#1E1E1E', stroke: '#B3B3B3', textFill: WHITE_TEXT },
  darkGray: { fill: '#757575', stroke: '#5E5E5E', textFill: WHITE_TEXT },
  gray: { fill: '#B3B3B3', stroke: '#8F8F8F', textFill: TEXT_COLOR },
  lightGray: { fill: '#D9D9D9', stroke: '#B3B3B3', textFill: TEXT_COLOR },
  green: { fill: '#66D575', stroke: '#3E9B4B', textFill: WHITE_TEXT },
  lightGreen: { fill: '#CDF4D3', stroke: '#66D575', textFill: TEXT_COLOR },
  teal: { fill: '#5AD8CC', stroke: '#369E94', textFill: WHITE_TEXT },
  lightTeal: { fill: '#C6FAF6', stroke: '#5AD8CC', textFill: TEXT_COLOR },
  blue: { fill: '#3DADFF', stroke: '#007AD2', textFill: WHITE_TEXT },
  lightBlue: { fill: '#C2E5FF', stroke: '#3DADFF', textFill: TEXT_COLOR },
  violet: { fill: '#874FFF', stroke: '#5427B4', textFill: WHITE_TEXT },
  lightViolet: { fill: '#DCCCFF', stroke: '#874FFF', textFill: TEXT_COLOR },
  pink: { fill: '#F849C1', stroke: '#B42487', textFill: WHITE_TEXT },
  lightPink: { fill: '#FFC2EC', stroke: '#F849C1', textFill: TEXT_COLOR },
  red: { fill: '#FF7556', stroke: '#DC3009', textFill: WHITE_TEXT },
  lightRed: { fill: '#FFCDC2', stroke: '#FF7556', textFill: TEXT_COLOR },
  orange: { fill: '#FF9E42', stroke: '#EB7500', textFill: WHITE_TEXT },
  lightOrange: { fill: '#FFE0C2', stroke: '#FF9E42', textFill: TEXT_COLOR },
  yellow: { fill: '#FFC943', stroke: '#E8A302', textFill: TEXT_COLOR },
  lightYellow: { fill: '#FFECBD', stroke: '#FFC943', textFill: TEXT_COLOR },
  white: { fill: '#FFFFFF', stroke: '#B3B3B3', textFill: TEXT_COLOR }
} as const satisfies Record<string, ShapePreset>
export type ShapePresetName = keyof typeof SHAPE_PRESETS

/**
 * The shape preset that shows a sticky colour: the light one of the same hue (white for white, light
 * gray for gray). Lane labels, phase bands and the legend's swatches for sticky colours use these,
 * since a shape cannot take a sticky swatch and stay a palette colour.
 */
export const STICKY_SHAPE_PRESETS: Readonly<Record<StickyColor, ShapePreset>> = {
  white: SHAPE_PRESETS.white,
  gray: SHAPE_PRESETS.lightGray,
  green: SHAPE_PRESETS.lightGreen,
  teal: SHAPE_PRESETS.lightTeal,
  blue: SHAPE_PRESETS.lightBlue,
  violet: SHAPE_PRESETS.lightViolet,
  pink: SHAPE_PRESETS.lightPink,
  red: SHAPE_PRESETS.lightRed,
  orange: SHAPE_PRESETS.lightOrange,
  yellow: SHAPE_PRESETS.lightYellow
}

const PRESET_BY_FILL: ReadonlyMap<Hex, ShapePreset> = new Map(Object.values(SHAPE_PRESETS).map((preset) => [preset.fill, preset]))

/** The preset a shape filled with this colour belongs to (each preset has its own fill); undefined off the palette. */
export function shapePresetOfFill(fill: Hex): ShapePreset | undefined {
  return PRESET_BY_FILL.get(fill.toUpperCase())
}

/** The preset filled with this colour; throws for a fill no preset has (a bug in the caller's table). */
export function presetFilledWith(fill: Hex): ShapePreset {
  const preset = shapePresetOfFill(fill)
  if (preset === undefined) throw new Error(`no FigJam shape preset is filled with ${fill}`)
  return preset
}

/** The sticky colour a shape preset's fill stands for (its hue, light or saturated); undefined for any other colour and for black. */
export function stickyColorOfShapeFill(fill: Hex): StickyColor | undefined {
  const preset = shapePresetOfFill(fill)
  if (preset === undefined) return undefined
  const hue = (Object.keys(SHAPE_PRESETS) as ShapePresetName[]).find((name) => SHAPE_PRESETS[name] === preset)
  if (hue === undefined || hue === 'black') return undefined
  const base = hue.replace(/^light|^dark/, '')
  return (base.charAt(0).toLowerCase() + base.slice(1)) as StickyColor
}

/**
 * Every colour the board may use for a fill, stroke or text; anything else is a layout bug. Made
 * when asked for: the board's checks ask, the sandbox never does, and a set built as a module
 * loads would stay in its bundle.
 */
export function figjamPalette(): ReadonlySet<Hex> {
  return new Set<Hex>([
    ...Object.values(STICKY_COLORS),
    ...Object.values(SECTION_COLORS),
    ...Object.values(CONNECTOR_COLORS),
    ...Object.values(SHAPE_PRESETS).flatMap((preset) => [preset.fill, preset.stroke, preset.textFill])
  ])
}
