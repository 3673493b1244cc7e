import * as z from 'zod/mini'

import { enProblems, type ModelProblemCode, type ProblemCode } from '../i18n/catalogues/problems/en'
import { IMPORT_PROBLEM_CODES } from '../i18n/catalogues/problems/import-codes'

/*
 * Apart from problem.ts, which the command line loads before any command: a problem's shape as a
 * schema needs zod, which only the commands that check input load.
 */

/** The problem codes, each worded in every language's catalogue. */
export const ProblemCodeSchema = z.enum([...(Object.keys(enProblems.problems) as ModelProblemCode[]), ...IMPORT_PROBLEM_CODES] as unknown as [ProblemCode, ...ProblemCode[]])

/**
 * A problem, and the problems it stands for when it sums others up (a journey stored on a board
 * that cannot be read, and why): its English names them in `message`, and the panel words them
 * from their codes in its language. Built on first use: the panel meets problems only in answers
 * that come later than its first screen, and builds only what that screen needs as it opens.
 */
export const ProblemSchema = /* @__PURE__ */ z.lazy(() => {
  /** One thing wrong with some input: where (a path such as `stages[2].name`, or `line 4`) and what. */
  const shape = {
    path: z.string(),
    /** What is wrong in English: for the command line, scripts and JSON. */
    message: z.string(),
    /** What is wrong as a stable code, which each language words from `params` (the panel in its own). */
    code: z.optional(ProblemCodeSchema),
    params: z.optional(z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string())]))),
    /** Where in a text file, when the problem is in one (the path says the same in English). */
    line: z.optional(z.int()),
    column: z.optional(z.int()),
    /** The CSV column the problem is in (its header name as the format writes it), when it is in one. */
    cell: z.optional(z.string())
  }
  return z.object({ ...shape, causes: z.optional(z.array(z.object(shape))) })
})

export type Problem = z.output<typeof ProblemSchema>
