import type { PlanFont } from './board-plan'

/**
 * Every size, gap and font the board layout uses, in canvas pixels. FigJam fixes a few of them
 * (sticky widths); the rest are this board's design choices, named so tests and the reader can
 * refer to them rather than repeat numbers.
 */

/**
 * Bump when a change here or in layoutJourney moves or repaints nodes, so a reader knows which rules
 * drew a board and an update compares every node of an older board in full. 2: stage headings and
 * the persona card's lists; 3: shapes painted with FigJam's shape presets (fill, outline and text
 * colour), no longer fill-only; 4: room for links' labels only in the gaps that need it, and
 * stickies joined by several links set apart.
 */
export const LAYOUT_VERSION = 4

/**
 * An assumption, not a FigJam fact: how far inside a shape's edge FigJam starts laying out its text,
 * each side. FigJam does not document it (Figma's guide only says shapes clip text that does not
 * fit, and sizes its own shapes with a generous margin), so every shape size the layout derives from
 * text rests on this number. The diagnostics of "Check Journeyboard in this file" (shape text fit)
 * will confirm it or give the real inset; the sizes below follow from it.
 */
export const ASSUMED_SHAPE_TEXT_INSET = 8
/**
 * The inner margin the layout leaves around a shape's text: twice the assumed inset, so the text
 * still fits if FigJam's inset is up to twice what we assume. Shapes never grow to fit their text
 * (FigJam clips it), so a shape is sized from its text measured this much narrower, plus this margin.
 */
export const SHAPE_TEXT_PADDING = 2 * ASSUMED_SHAPE_TEXT_INSET
/**
 * The inset the layout leaves around the one glyph of a marker, badge or legend swatch: the assumed
 * inset itself, since these shapes are small. They are sized from their glyph's measured line (never
 * below their nominal size), since a shape clips text that does not fit.
 */
export const GLYPH_INSET = ASSUMED_SHAPE_TEXT_INSET

// Fonts. Inter ships with every FigJam editor; Medium is what stickies and shapes default to.
export const BODY_FONT: PlanFont = { family: 'Inter', style: 'Medium' }
export const HEADING_FONT: PlanFont = { family: 'Inter', style: 'Bold' }

/**
 * Average advance of one narrow character, in ems. Inter Medium averages about 0.55 em over
 * mixed-case prose; 0.6 leaves room for capitals and wide letters, so estimates err tall.
 */
export const AVERAGE_CHAR_WIDTH_EM = 0.6
/** Ideographs, kana, hangul and emoji are about one em wide: counted as this many narrow characters. */
export const WIDE_CHAR_UNITS = 2
/** Line height as a multiple of the font size (Inter's own is about 1.21; FigJam stickies use more). */
export const LINE_HEIGHT_RATIO = 1.4

// Stickies: FigJam fixes the widths; the height grows with the text and cannot be set.
export const STICKY_SIZE = 240
export const STICKY_WIDE_WIDTH = 416
export const STICKY_FONT_SIZE = 18
/** Inner margin FigJam keeps around sticky text. */
export const STICKY_TEXT_PADDING = 24

// The board section and its header.
export const BOARD_PADDING = 96
export const TITLE_FONT_SIZE = 56
export const SCENARIO_FONT_SIZE = 28
export const CONTEXT_FONT_SIZE = 20
export const HEADER_LINE_GAP = 16
export const STATE_LABEL_WIDTH = 280
/** The least height of the state label; longer words make it taller. */
export const STATE_LABEL_HEIGHT = 64
export const STATE_LABEL_FONT_SIZE = 20
/** Vertical gap between the header, the persona/legend band, the phase bands and the grid. */
export const BAND_GAP = 80
/** Horizontal gap between side-by-side blocks (title and state label, persona card and legend). */
export const BLOCK_GAP = 64
/** The narrowest the content may get, so a one-stage map still has room for persona and legend. */
export const MIN_CONTENT_WIDTH = 1600

// Persona card.
export const PERSONA_CARD_WIDTH = 640
export const PERSONA_CARD_PADDING = 32
export const PERSONA_FONT_SIZE = 18
export const PERSONA_NAME_FONT_SIZE = 32
/** Between the card's blocks (name, role line, description, quote, each headed list). */
export const PERSONA_BLOCK_GAP = 16
/** Between a list's heading and its entries, and between the name and the role line. */
export const PERSONA_LIST_GAP = 4

// Legend.
export const LEGEND_TITLE_FONT_SIZE = 24
export const LEGEND_SWATCH_SIZE = 40
export const LEGEND_LABEL_WIDTH = 240
export const LEGEND_LABEL_FONT_SIZE = 16
export const LEGEND_SWATCH_GAP = 12
export const LEGEND_COLUMN_GAP = 32
export const LEGEND_ROW_GAP = 12

// Phase bands sit above the stage columns, leaving room for the stage sections' title tabs.
/** The least height of a phase band; a long phase name makes every band taller. */
export const PHASE_BAND_HEIGHT = 64
export const PHASE_FONT_SIZE = 24
export const PHASE_TO_STAGE_GAP = 56

// Stage columns (sections) and lane rows.
export const STAGE_GAP = 48
export const STAGE_PADDING = 24
/** Space at the top of a stage section for FigJam's section title tab. */
export const STAGE_TITLE_CLEARANCE = 64
/**
 * The stage's name as a heading under the section's title tab: FigJam's tab is a small navigation
 * label, so without it the stage names would be the smallest text on the board.
 */
export const STAGE_HEADING_FONT_SIZE = 32
/** Between a stage's heading and its description (or its first row). */
export const STAGE_HEADING_GAP = 16
export const STAGE_DESCRIPTION_FONT_SIZE = 16
export const STAGE_BOTTOM_PADDING = 24
export const LANE_LABEL_WIDTH = 280
export const LANE_LABEL_FONT_SIZE = 22
export const LANE_LABEL_PADDING = 24
export const LANE_LABEL_GAP = 48
export const ROW_GAP = 32
/** Above and below the stickies inside a row; must exceed MARKER_OVERHANG so markers stay in the row. */
export const CELL_PADDING = 24
/** The hint written in an empty cell (where the lane's stickies go); it is no item and goes once the cell has one. */
export const CELL_HINT_FONT_SIZE = 16
/** Gap between stickies in one cell. */
export const STICKY_GAP = 32
/** A cell with many stickies wraps into at most this many sticky columns. */
export const CELL_MAX_COLUMNS = 3

// Flag and moment-of-truth markers, pinned to their sticky's top-right corner.
export const MARKER_SIZE = 40
/** How far a marker sticks out above and to the right of its sticky; less than STICKY_GAP and CELL_PADDING. */
export const MARKER_OVERHANG = 12
export const MARKER_SPACING = 8
export const MARKER_FONT_SIZE = 18
/**
 * A diamond's text area is its inscribed square, half its side: the red flag's "!" at
 * MARKER_FONT_SIZE would be taller than that, and FigJam clips or shifts text that does not fit
 * (nothing in the Plugin or REST API aligns a shape's text; FigJam centres what fits).
 */
export const DIAMOND_GLYPH_FONT_SIZE = 12
/**
 * How much of a shape's side its text area spans (the largest centred square inside it): a glyph
 * shape is sized so its glyph's line fits there. Squares and rounded rectangles use all of it.
 */
export const SHAPE_TEXT_AREA_SHARE: Readonly<Partial<Record<'DIAMOND' | 'ELLIPSE' | 'STAR', number>>> = {
  DIAMOND: 0.5,
  ELLIPSE: Math.SQRT1_2,
  STAR: 0.4
}
/** A score on an item outside any emotion row shows as a badge on the sticky's top-left corner. */
export const SCORE_BADGE_SIZE = 40
export const SCORE_BADGE_FONT_SIZE = 14

// Emotion curve: a band at the top of the emotion row, the emotion stickies below it.
export const EMOTION_BAND_HEIGHT = 320
export const EMOTION_BAND_GAP = 32
export const EMOTION_POINT_SIZE = 72
export const EMOTION_POINT_GAP = 24
export const EMOTION_POINT_FONT_SIZE = 20
export const EMOTION_LINE_WEIGHT = 4

// Links between items.
export const LINK_STROKE_WEIGHT = 3
export const LINK_FONT_SIZE = 16
/** The pill FigJam draws behind a connector's label reaches about this far past the text (our model). */
export const LINK_LABEL_PADDING_X = 8
export const LINK_LABEL_PADDING_Y = 4
/** How far a link's line and label keep from stickies and text, so neither grazes them. */
export const LINK_CLEARANCE = 4
/** Labels wrap at this width (our model; FigJam does not document where its connector labels wrap). */
export const LINK_LABEL_MAX_WIDTH = 200
/**
 * When a link cannot be routed clear, a gap between its ends (the one grown most already, of those
 * the nearest its label) grows by the label's size (at least this much) and the board is laid out
 * again (widen-for-links.ts), at most MAX_LINK_ROOM_ROUNDS times.
 */
export const LINK_ROOM_STEP = 48
export const MAX_LINK_ROOM_ROUNDS = 12
/**
 * Labelled links between the same two stickies that the layout keeps clear of each other: two
 * stickies have sixteen pairs of sides, several of whose lines share their middle, so beyond about
 * this many some labels overlap however the board grows (tests/plugin-api/link-routes.test.ts).
 */
export const LABELLED_LINKS_KEPT_CLEAR = 10

// Service-blueprint lines, drawn in a widened gap below the lane they follow: each line takes a
// slot as tall as its label plus a margin above and below.
export const BLUEPRINT_LINE_THICKNESS = 4
/** The least height of a line's label; a long label makes it (and its slot) taller. */
export const BLUEPRINT_LABEL_HEIGHT = 40
export const BLUEPRINT_LABEL_MARGIN = 12
export const BLUEPRINT_LABEL_FONT_SIZE = 16
