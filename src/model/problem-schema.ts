import * as z from 'zod/mini'

import { enProblems, type ModelProblemCode, type ProblemCode } from '../i18n/catalogues/problems/en'
import { IMPORT_PROBLEM_CODES } from '../i18n/catalogues/problems/import-codes'

/*
 * Apart from problem.ts, which the command line loads before any command: a problem's shape as a
 * schema needs zod, which only the commands that check input load.
 */

/** The problem codes, each worded in every language's catalogue. */
export const ProblemCodeSchema = z.enum([...(Object.keys(enProblems.problems) as ModelProblemCode[]), ...IMPORT_PROBLEM_CODES] as unknown as [ProblemCode, ...ProblemCode[]])

/** One thing wrong with some input: where (a path such as `stages[2].name`, or `line 4`) and what. */
export const ProblemSchema = z.object({
  path: z.string(),
  /** What is wrong in English: for the command line, scripts and JSON. */
  message: z.string(),
  /** What is wrong as a stable code, which each language words from `params` (the panel in its own). */
  code: z.optional(ProblemCodeSchema),
  params: z.optional(z.record(z.string(), z.union([z.string(), z.number()]))),
  /** Where in a text file, when the problem is in one (the path says the same in English). */
  line: z.optional(z.int()),
  column: z.optional(z.int()),
  /** The CSV column the problem is in (its header name as the format writes it), when it is in one. */
  cell: z.optional(z.string())
})

export type Problem = z.output<typeof ProblemSchema>
