/**
 * Sizes, fonts and colours a fresh emulated node starts with. Sizes marked "documented" come from the
 * Plugin API typings or Figma's FigJam guidance; the rest are the emulator's own fixed choices, kept
 * here so tests and estimates can refer to them by name.
 */

/** Documented: a sticky is 240 x 240, or 416 wide with `isWideWidth`; height grows with its text. */
export const STICKY_SIZE = 240
export const STICKY_WIDE_WIDTH = 416

/** Documented: a shape with text starts 208 x 208 as an ellipse. */
export const SHAPE_WITH_TEXT_SIZE = 208
export const SHAPE_WITH_TEXT_DEFAULT_TYPE = 'ELLIPSE'

/** Documented: a connector starts 200 wide, from (0, 0) to (200, 0). */
export const CONNECTOR_DEFAULT_LENGTH = 200

/**
 * A new table's rows and columns [T: createTable defaults to 2 x 2]. FigJam documents no cell size;
 * these are the emulator's own, so a test that cares resizes rows and columns itself.
 */
export const TABLE_DEFAULT_ROWS = 2
export const TABLE_DEFAULT_COLUMNS = 2
export const TABLE_COLUMN_WIDTH = 160
export const TABLE_ROW_HEIGHT = 40
/** Cell text starts in FigJam's default font [G: load `cellAt(0, 0).text.fontName` before writing]; its size is undocumented. */
export const TABLE_CELL_FONT: FontName = { family: 'Inter', style: 'Medium' }
export const TABLE_CELL_FONT_SIZE = 16

/** Documented as "very small"; the exact number is the emulator's choice. */
export const SECTION_INITIAL_SIZE = 100

/** Documented: a new frame is 100 x 100 with a white background [T: createFrame]. */
export const FRAME_INITIAL_SIZE = 100
/** Figma names a new group "Group" and a new frame "Frame" (the layer names its editor gives). */
export const GROUP_NAME = 'Group'
export const FRAME_NAME = 'Frame'

/** Documented: `resize` rejects sizes below this. */
export const MIN_NODE_SIZE = 0.01

/** [T] rescale: "The scale factor must be >= 0.01" (a factor, not a size: the same figure by chance). */
export const MIN_SCALE_FACTOR = 0.01

/** Documented: FigJam's sticky and shape text is Inter Medium; text nodes get the platform default. */
export const STICKY_FONT: FontName = { family: 'Inter', style: 'Medium' }
export const SHAPE_FONT: FontName = { family: 'Inter', style: 'Medium' }
export const TEXT_NODE_FONT: FontName = { family: 'Inter', style: 'Regular' }
/** Documented: a fresh connector's label font is invalid until the plugin assigns one. */
export const UNSET_CONNECTOR_FONT: FontName = { family: '', style: '' }

/** Emulator choices for font sizes. */
export const STICKY_FONT_SIZE = 24
export const SHAPE_FONT_SIZE = 16
export const CONNECTOR_FONT_SIZE = 16
export const TEXT_NODE_FONT_SIZE = 12
export const MIN_FONT_SIZE = 1

/** The fonts an emulated editor offers unless the options say otherwise (FigJam's text presets and Inter). */
export const DEFAULT_AVAILABLE_FONTS: readonly FontName[] = [
  { family: 'Inter', style: 'Regular' },
  { family: 'Inter', style: 'Medium' },
  { family: 'Inter', style: 'Semi Bold' },
  { family: 'Inter', style: 'Bold' },
  { family: 'Inter', style: 'Italic' },
  { family: 'Figma Hand', style: 'Regular' },
  { family: 'Figma Hand', style: 'Bold' },
  { family: 'Roboto Mono', style: 'Regular' },
  { family: 'Roboto Mono', style: 'Medium' },
  { family: 'Merriweather', style: 'Regular' },
  { family: 'Merriweather', style: 'Bold' }
]

/** Colours as 0-1 floats of the hex values named. */
const channel = (hex: number): number => hex / 255
export const CHARCOAL: RGB = { r: channel(0x1e), g: channel(0x1e), b: channel(0x1e) }
export const WHITE: RGB = { r: 1, g: 1, b: 1 }
/** FigJam's yellow sticky (#FFE299). */
export const STICKY_YELLOW: RGB = { r: 1, g: channel(0xe2), b: channel(0x99) }
/** FigJam's light gray (#E6E6E6), the emulator's fill for a fresh shape. */
export const SHAPE_GRAY: RGB = { r: channel(0xe6), g: channel(0xe6), b: channel(0xe6) }

export const DEFAULT_STROKE_WEIGHT = 1
export const CONNECTOR_STROKE_WEIGHT = 4
export const DEFAULT_CONNECTOR_LINE_TYPE = 'ELBOWED'
export const DEFAULT_CONNECTOR_START_CAP = 'NONE'
export const DEFAULT_CONNECTOR_END_CAP = 'ARROW_LINES'

/** The user a fresh emulator runs as; a sticky's `authorName` is theirs, and `figma.currentUser` them where the manifest allows it. */
export const EMULATOR_USER: User = Object.freeze({
  id: 'emulator-user',
  name: 'Emulator User',
  photoUrl: null,
  color: '#0D99FF',
  sessionId: 1
})

/** Documented `showUI` defaults. */
export const UI_DEFAULT_WIDTH = 300
export const UI_DEFAULT_HEIGHT = 200
/** Documented: a plugin window is at least 70 wide and 0 high ([T] showUI options, `ui.resize`). */
export const UI_MIN_WIDTH = 70
export const UI_MIN_HEIGHT = 0

/** Documented: a notification shows at most 100 characters of its message ([T] `notify`). */
export const NOTIFY_MESSAGE_LIMIT = 100

/** Emulator choice: the on-screen canvas size, in screen pixels, behind `viewport.bounds`. */
export const VIEWPORT_SCREEN_WIDTH = 1440
export const VIEWPORT_SCREEN_HEIGHT = 900
/** Emulator choice: the share of the screen `scrollAndZoomIntoView` fills with the nodes. */
export const VIEWPORT_FIT_MARGIN = 0.9
export const VIEWPORT_MIN_ZOOM = 0.01
export const VIEWPORT_MAX_ZOOM = 256

/** Documented per-entry plugin-data limit (100 kB). */
export const DEFAULT_PLUGIN_DATA_LIMIT = 100_000

export const DOCUMENT_ID = '0:0'
export const PAGE_ID = '0:1'
export const DOCUMENT_NAME = 'Document'
export const PAGE_NAME = 'Page 1'
/** The first node an emulator creates is `1:2`, the next `1:3`, ... */
export const NODE_ID_SESSION = 1
export const FIRST_NODE_LOCAL_ID = 2
