import type { DecodedBoardStore } from '../plugin-data/board-tags'
import * as z from 'zod/mini'

import { READ_WARNING_CODES } from '../i18n/catalogues/reading/warning-codes'
import { JourneySchema, ProblemSchema } from '../model'

/**
 * What a warning is, for whoever shows it: `not-read` a node left out of the journey;
 * `several-boards` more than one board where one was read (each surface says how to pick another);
 * absent, a note on how something was read.
 */
export const ReadWarningKindSchema = z.enum(['not-read', 'several-boards'])

/** What the reader can say: one code per thing it warns about, worded in each language's catalogue. */
export const ReadWarningCodeSchema = z.enum(READ_WARNING_CODES)

/**
 * The node a warning names: its FigJam type (or a stand-in such as `link-connector` for a stored
 * link's connector) and a short excerpt of its text or name.
 */
export const WarningNodeSchema = /* @__PURE__ */ z.lazy(() => z.object({ kind: z.string().check(z.minLength(1)), text: z.optional(z.string()) }))

/** Something on the board the reader could not use, or had to guess about, and why. */
export const ReadWarningSchema = /* @__PURE__ */ z.lazy(() => z.object({
  /** The node it is about; null when it is about the board as a whole and there is no board section. */
  nodeId: z.nullable(z.string()),
  code: ReadWarningCodeSchema,
  /** The values the code's words are filled with (names, counts, lists), as read; a list is written as each language writes lists. */
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())])),
  /** The node the words name, when they name one. */
  node: z.optional(WarningNodeSchema),
  /**
   * The problems the warning sums up (a stored journey or a tag that cannot be read, and why), each
   * by its code and values, worded in the warning's language where the warning is (`{problems}`).
   */
  causes: z.optional(z.array(ProblemSchema)),
  /** The warning in English: for the command line, scripts and JSON. */
  message: z.string().check(z.minLength(1)),
  kind: z.optional(ReadWarningKindSchema)
}))

/** What reading a board gives: always a valid journey, and every doubt on the way. */
export const BoardReadingSchema = z.object({
  journey: JourneySchema,
  warnings: z.array(ReadWarningSchema),
  /** The board section that was read; null for stage sections laid straight on the page, or no board at all. */
  boardId: z.nullable(z.string()),
  /**
   * `generated`: the journey stored on the board, brought up to date with the nodes;
   * `hand-made`: read from the nodes alone.
   */
  origin: z.enum(['generated', 'hand-made']),
  /**
   * The file envelope the board stores with its journey (its `$schema` and extension fields, see
   * envelopeOf), for an export to write back; absent when there is none.
   */
  envelope: z.optional(z.record(z.string(), z.unknown()))
})

/** Which node stands for which part of the journey, as the reader decided: what an update keeps and rewrites. */
export interface BoardBinding {
  kind: 'item' | 'link' | 'stage' | 'lane'
  /** The item, link, stage or lane id in the journey read. */
  id: string
  nodeId: string
}

export interface ReadBoardOptions {
  /** With several boards in what was read: the board section's id or name (or the id of any node on it). */
  board?: string
  /** Told, on a generated board, which node each item, link, stage and lane label was read from. */
  onBind?: (binding: BoardBinding) => void
  /** What a board section stores, decoded already by whoever found the board: read instead of decoding it again when that section is the board read. */
  store?: { sectionId: string; decoded: DecodedBoardStore }
}

export type ReadWarning = z.output<typeof ReadWarningSchema>
export type ReadWarningKind = z.output<typeof ReadWarningKindSchema>
export type ReadWarningCode = z.output<typeof ReadWarningCodeSchema>
export type WarningNode = z.output<typeof WarningNodeSchema>
export type BoardReading = z.output<typeof BoardReadingSchema>
