import * as z from 'zod/mini'

import { AssumptionAnswerSchema } from './assumption-answer'
import { CheckStepSchema } from './check-step'

export * from './assumption-answer'
export * from './check-step'


/*
 * What "Check Journeyboard in this file" observed in a FigJam file: the document a person copies
 * from the panel and sends back, and which scripts/calibration-from-diagnostics.ts turns into text
 * metrics for the emulator. The sandbox builds it, the panel parses it at its door, the script parses
 * it from a file: one schema for all three.
 */

/** Built on first use: the panel meets the diagnostics only when the check is done, and builds only what its first screen needs as it opens. */
export const DiagnosticsSchema = /* @__PURE__ */ z.lazy(() => {
  const FontSchema = z.object({ family: z.string(), style: z.string() })
  const SizeSchema = z.object({ width: z.number(), height: z.number() })
  const ColorSchema = z.object({ r: z.number(), g: z.number(), b: z.number() })

  /** A sticky FigJam measured: which sample text, in which font, square or wide, and the height FigJam gave it. */
  const StickySampleSchema = z.object({
    sample: z.string(),
    text: z.string(),
    font: FontSchema,
    fontSize: z.number().check(z.positive()),
    wide: z.boolean(),
    height: z.number()
  })

  /**
   * A text node FigJam measured: on one line (`textAutoResize = 'WIDTH_AND_HEIGHT'`), which gives the
   * glyphs' advance, and wrapping at `wrapWidth` (`'HEIGHT'`), which gives the height the layout asks for.
   */
  const TextSampleSchema = z.object({
    sample: z.string(),
    text: z.string(),
    font: FontSchema,
    fontSize: z.number().check(z.positive()),
    line: SizeSchema,
    wrapWidth: z.number().check(z.positive()),
    wrappedHeight: z.number()
  })

  /** A shape sized the layout's way: the text measured in FigJam at the text area's width, the inset added. */
  const ShapeSampleSchema = z.object({
    text: z.string(),
    font: FontSchema,
    fontSize: z.number().check(z.positive()),
    /** The size the writer gave the shape. */
    asked: SizeSchema,
    /** The size FigJam reports after the text was set (shapes never grow to fit). */
    shape: SizeSchema,
    /** The text's height at the text area's width, as FigJam measured it on a text node. */
    textHeight: z.number(),
    /** The inset the layout assumes each side of a shape's text area. */
    inset: z.number()
  })

  const BoxSchema = z.object({ x: z.number(), y: z.number(), width: z.number(), height: z.number() })

  const ConnectorSampleSchema = z.object({
    role: z.string(),
    lineType: z.string(),
    asked: z.object({ start: z.string(), end: z.string(), startCap: z.string(), endCap: z.string() }),
    kept: z.object({ start: z.string(), end: z.string(), startCap: z.string(), endCap: z.string() }),
    /**
     * A labelled link's label where the layout assumes FigJam puts it (page coordinates): FigJam does
     * not document it (geometry ASSUMED_LABEL_POSITION, layout LINK_LABEL_MAX_WIDTH), so the label box
     * is recorded beside the bounds FigJam reports for the drawn connector, to confirm or correct it.
     */
    label: z.optional(z.object({ text: z.string(), assumedAt: z.number(), assumedWrapWidth: z.number(), assumedBox: BoxSchema, connectorBox: z.nullable(BoxSchema) }))
  })

  const ColourSampleSchema = z.object({
    nodeType: z.string(),
    property: z.enum(['fill', 'stroke', 'text']),
    asked: z.string(),
    stored: z.nullable(ColorSchema)
  })

  return z.object({
    format: z.literal('journeyboard-diagnostics'),
    /** 2 added `assumptions`; a document of version 1 (without them) still reads. */
    version: z.union([z.literal(1), z.literal(2)]),
    environment: z.object({
      apiVersion: z.string(),
      editorType: z.string(),
      command: z.string(),
      /** The panel's user agent: FigJam's desktop app names its version there; the Plugin API does not. */
      userAgent: z.optional(z.string())
    }),
    steps: z.array(CheckStepSchema),
    stickies: z.array(StickySampleSchema),
    texts: z.array(TextSampleSchema),
    shapes: z.array(ShapeSampleSchema),
    connectors: z.array(ConnectorSampleSchema),
    colours: z.array(ColourSampleSchema),
    /** What FigJam answered to each probe of what the emulator only assumes (version 2 on). */
    assumptions: z.optional(z.array(AssumptionAnswerSchema)),
    pluginData: z.nullable(z.object({ bytes: z.int(), roundTrip: z.boolean() })),
    undo: z.nullable(z.object({
      /** Nodes made, with `awaits` waits between them, before `figma.triggerUndo()`. */
      created: z.int(),
      awaits: z.int(),
      /** How many of them were still on the page after it. */
      leftAfterUndo: z.int()
    }))
  })
})
export type Diagnostics = z.output<typeof DiagnosticsSchema>
export type StickySample = Diagnostics['stickies'][number]
export type TextSample = Diagnostics['texts'][number]
export type ShapeSample = Diagnostics['shapes'][number]

/** Whether every step passed. */
export function checkPassed(diagnostics: Pick<Diagnostics, 'steps'>): boolean {
  return diagnostics.steps.length > 0 && diagnostics.steps.every((step) => step.passed)
}
