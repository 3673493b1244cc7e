import * as z from 'zod/mini'

/**
 * What the emulator only assumes of FigJam, one code each, asked in a real file by the check's
 * `assumptions` step (self-check/probe-assumptions.ts): where no source says what FigJam does, where
 * the sources disagree, and where the emulator made a number up. The emulator answers the same probes;
 * assumption-findings.ts compares the two. Told by code, never by wording.
 */
export const ASSUMPTION_CODES = [
  // Moving a new, empty sticky into a section before its font is loaded: [G] figma-use gotchas.md asks
  // for loaded fonts for "any operation on nodes that contain unloaded fonts"; the emulator refuses.
  'move-unloaded-font',
  // getRangeAllFontNames on a sticky's text: [T] lists it; [G] is at odds with itself, create-text.md
  // calling it to load a text's fonts and gotchas.md calling it no such property.
  'range-all-font-names',
  // getStyledTextSegments(['fontName']) on a sticky's text: how the plugin loads a formatted sticky's fonts.
  'styled-text-segments',
  // An elbowed connector's TOP magnet on each kind of node: [G] create-connector names stickies, shapes
  // and sections; texts appear in create-text's mind maps; tables and groups nowhere.
  'magnet-sticky',
  'magnet-shape',
  'magnet-section',
  'magnet-text',
  'magnet-table',
  'magnet-group',
  // Magnets [D] ConnectorEndpoint does not give a line type: TOP on a curved connector, AUTO on a straight one.
  'curved-magnet',
  'straight-auto-magnet',
  // An attached end at a relative position outside its node ([G] create-connector: 0-1).
  'position-outside-node',
  // A connector turned: [T] gives it `rotation`; people turn only stickies, shapes and texts.
  'connector-rotation',
  // A section put into a group: sections sit on the page or in sections ([G] create-section).
  'section-in-group',
  // Shared plugin data under an empty key ([T] is silent).
  'empty-plugin-data-key',
  // A table of no rows ([T] is silent).
  'table-without-rows',
  // A listener for an event [T] gives Figma Slides and Buzz.
  'slides-event',
  // Numbers the emulator made up: a table cell's font size, a new section's size ("very small", [G]).
  'table-cell-font-size',
  'section-default-size',
  // The colour each node type starts with ([G] figjam-colors.md lists palettes, not defaults).
  'sticky-fill',
  'section-fill',
  'connector-stroke',
  'shape-fill',
  'shape-stroke',
  'shape-text-fill',
  'text-fill'
] as const
export const AssumptionCodeSchema = z.enum(ASSUMPTION_CODES)
export type AssumptionCode = z.output<typeof AssumptionCodeSchema>

/**
 * What FigJam did when asked: `accepted` or `refused` for a call, the magnet it kept, a colour as
 * `#RRGGBB` (`rgb(…)` when not exactly hex/255, `none` when it has no solid paint), a size, a number.
 */
export const AssumptionAnswerSchema = /* @__PURE__ */ z.lazy(() => z.object({
  code: AssumptionCodeSchema,
  answer: z.union([z.string(), z.number()]),
  /** FigJam's words when it refused. */
  error: z.optional(z.string())
}))
export type AssumptionAnswer = z.output<typeof AssumptionAnswerSchema>
