import * as z from 'zod/mini'

/** The check's steps in the order they run; each result is told by its code, never by its wording. */
export const CHECK_STEP_CODES = [
  'environment',
  'undo',
  'assumptions',
  'sticky-heights',
  'text-heights',
  'shape-text-fit',
  'export',
  'draw',
  'connectors',
  'colours',
  'plugin-data',
  'read-back',
  'update',
  'formatted-update',
  'clean-up'
] as const
export const CheckStepCodeSchema = z.enum(CHECK_STEP_CODES)
export type CheckStepCode = z.output<typeof CheckStepCodeSchema>

/** What a step saw, as facts (counts, sizes, ids, FigJam's values): shown as they are, never translated. */
const ObservedSchema = /* @__PURE__ */ z.lazy(() => z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])))

export const CheckStepSchema = /* @__PURE__ */ z.lazy(() => z.object({
  code: CheckStepCodeSchema,
  passed: z.boolean(),
  observed: ObservedSchema,
  /** What FigJam threw, when the step failed on an error. */
  error: z.optional(z.string())
}))
export type CheckStep = z.output<typeof CheckStepSchema>
