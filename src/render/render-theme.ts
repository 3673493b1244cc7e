/**
 * FigJam's look as named constants. Colours are the FigJam UI3 palette values (sticky, section
 * and connector swatches); sizes are what FigJam draws at 100 % zoom, judged by eye where the
 * platform publishes nothing.
 */

export const FONT_FAMILY = "Inter, 'Helvetica Neue', Helvetica, Arial, sans-serif"
export const FONT_WEIGHT_REGULAR = 400
export const FONT_WEIGHT_MEDIUM = 500
export const FONT_WEIGHT_SEMIBOLD = 600
/** Line box height as a multiple of the font size (Inter's "auto" line height is ~1.21). */
export const LINE_HEIGHT_RATIO = 1.25
/** Inter's ascender and descender, in em; used to place baselines inside a line box. */
export const FONT_ASCENT_EM = 0.96875
export const FONT_DESCENT_EM = 0.2421875

export const CHARCOAL = '#1E1E1E'
export const WHITE = '#FFFFFF'
export const DARK_GRAY = '#757575'
export const GRAY = '#B3B3B3'

export const CANVAS_COLOR = '#F5F5F5'
export const CANVAS_DOT_COLOR = '#D9D9D9'
export const CANVAS_DOT_SPACING = 24
export const CANVAS_DOT_RADIUS = 1.25

export const SECTION_DEFAULT_FILL = WHITE
export const SECTION_CORNER_RADIUS = 12
export const SECTION_BORDER_WIDTH = 1
/** How much of the border colour is black mixed into the section fill. */
export const SECTION_BORDER_DARKEN = 0.16
export const SECTION_TITLE_DARKEN = 0.08
export const SECTION_TITLE_FONT_SIZE = 16
export const SECTION_TITLE_INSET = 12
export const SECTION_TITLE_PADDING_X = 10
export const SECTION_TITLE_PADDING_Y = 6
export const SECTION_TITLE_RADIUS = 8
/** A title pill never runs past the section's right edge minus this. */
export const SECTION_TITLE_MAX_WIDTH_MARGIN = 24
export const SECTION_HIDDEN_NOTE = 'Contents hidden'

export const STICKY_DEFAULT_FILL = '#FFE299'
export const STICKY_CORNER_RADIUS = 2
export const STICKY_PADDING = 20
export const STICKY_MAX_FONT_SIZE = 24
export const STICKY_MIN_FONT_SIZE = 12
export const STICKY_SHADOW = { offsetX: 0, offsetY: 2, blur: 4, color: '#000000', opacity: 0.16 } as const

export const SHAPE_DEFAULT_FILL = WHITE
export const SHAPE_DEFAULT_CORNER_RADIUS = 16
export const SHAPE_PADDING = 16
/** The most of a shape's text box (per side) its padding takes, for shapes too small for SHAPE_PADDING. */
export const SHAPE_PADDING_SHARE = 0.1
export const SHAPE_MAX_FONT_SIZE = 24
export const SHAPE_MIN_FONT_SIZE = 10

export const TEXT_DEFAULT_FONT_SIZE = 16
/** Auto-width text is measured by estimate, so allow it to run a little past its box before wrapping. */
export const TEXT_WRAP_SLACK = 1.1

export const TABLE_CELL_DEFAULT_FILL = WHITE
export const TABLE_CELL_BORDER = GRAY
export const TABLE_CELL_PADDING = 8
export const TABLE_CELL_FONT_SIZE = 14

export const CONNECTOR_DEFAULT_COLOR = CHARCOAL
export const CONNECTOR_DEFAULT_WIDTH = 2
export const CONNECTOR_ELBOW_RADIUS = 12
/** How far a curved connector's control points reach out, as a share of the end-to-end distance. */
export const CONNECTOR_CURVE_REACH = 0.5
export const CONNECTOR_CAP_BASE_SIZE = 10
export const CONNECTOR_CAP_SIZE_PER_WIDTH = 2
export const CONNECTOR_LABEL_FONT_SIZE = 14
export const CONNECTOR_LABEL_MAX_WIDTH = 200
export const CONNECTOR_LABEL_PADDING_X = 8
export const CONNECTOR_LABEL_PADDING_Y = 4
export const CONNECTOR_LABEL_FILL = WHITE

export const PLACEHOLDER_FILL = '#F0F0F0'
export const PLACEHOLDER_STROKE = GRAY
export const PLACEHOLDER_TEXT = DARK_GRAY
export const PLACEHOLDER_DASH = [6, 4] as const
export const PLACEHOLDER_FONT_SIZE = 14
