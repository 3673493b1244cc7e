import * as z from 'zod'

import { JourneySchema } from '../model'

/** Something on the board the reader could not use, or had to guess about, and why. */
export const ReadWarningSchema = z.object({
  /** The node it is about; null when it is about the board as a whole and there is no board section. */
  nodeId: z.string().nullable(),
  message: z.string().min(1)
})

/** What reading a board gives: always a valid journey, and every doubt on the way. */
export const BoardReadingSchema = z.object({
  journey: JourneySchema,
  warnings: z.array(ReadWarningSchema),
  /** The board section that was read; null for stage sections laid straight on the page, or no board at all. */
  boardId: z.string().nullable(),
  /**
   * `generated`: the journey stored on the board, brought up to date with the nodes;
   * `hand-made`: read from the nodes alone.
   */
  origin: z.enum(['generated', 'hand-made'])
})

export interface ReadBoardOptions {
  /** With several boards in what was read: the board section's id or name (or the id of any node on it). */
  board?: string
}

export type ReadWarning = z.output<typeof ReadWarningSchema>
export type BoardReading = z.output<typeof BoardReadingSchema>
