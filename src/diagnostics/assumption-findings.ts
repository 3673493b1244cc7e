import * as z from 'zod/mini'

import { AssumptionAnswerSchema, AssumptionCodeSchema } from './assumption-answer'
import { CheckStepCodeSchema } from './check-step'
import type { Diagnostics } from './diagnostics'

/** One thing FigJam did otherwise than the emulator: a probe's answer, a step's verdict, or a sample sticky's height. */
const AssumptionFindingSchema = z.object({
  code: z.union([AssumptionCodeSchema, CheckStepCodeSchema, z.literal('sticky-height')]),
  /** Which sample, for a sticky height: `<sample> <font> <square|wide>`. */
  subject: z.optional(z.string()),
  emulator: z.union([z.string(), z.number(), z.boolean()]),
  figjam: z.union([z.string(), z.number(), z.boolean()])
})
export type AssumptionFinding = z.output<typeof AssumptionFindingSchema>

/** What calibration-from-diagnostics writes beside a calibration (`<name>.assumptions.json`), and its test reads. */
export const AssumptionFindingsSchema = z.object({
  /** Where real FigJam did otherwise than the emulator assumes: what to change in the emulator, or in the plugin. */
  contradicted: z.array(AssumptionFindingSchema),
  /** The probes FigJam answered as the emulator does, with that answer. */
  confirmed: z.array(AssumptionAnswerSchema),
  /** The probes the diagnostics hold no answer to (a document of version 1 holds none). */
  unasked: z.array(AssumptionCodeSchema)
})
export type AssumptionFindings = z.output<typeof AssumptionFindingsSchema>

/**
 * What a FigJam file's diagnostics say of the emulator's assumptions, against the diagnostics of the
 * same check run on the emulator: each probe FigJam answered otherwise, each step that passed on one
 * and failed on the other, and each sample sticky FigJam gave another height than the emulator's text
 * metrics (the layout never relies on those, it measures; a calibration takes FigJam's). Compared by
 * code and value, never by wording.
 */
export function assumptionFindings(figjam: Diagnostics, emulator: Diagnostics): AssumptionFindings {
  const findings: AssumptionFindings = { contradicted: [], confirmed: [], unasked: [] }
  const answered = new Map((figjam.assumptions ?? []).map((answer) => [answer.code, answer]))
  for (const expected of emulator.assumptions ?? []) {
    const found = answered.get(expected.code)
    if (found === undefined) findings.unasked.push(expected.code)
    else if (found.answer === expected.answer) findings.confirmed.push(found)
    else findings.contradicted.push({ code: expected.code, emulator: expected.answer, figjam: found.answer })
  }
  const verdicts = new Map(figjam.steps.map((step) => [step.code, step.passed]))
  for (const step of emulator.steps) {
    const passed = verdicts.get(step.code)
    if (passed !== undefined && passed !== step.passed) findings.contradicted.push({ code: step.code, emulator: step.passed, figjam: passed })
  }
  const stickyKey = (sticky: Diagnostics['stickies'][number]): string => `${sticky.sample} ${sticky.font.family} ${sticky.font.style} ${sticky.wide ? 'wide' : 'square'}`
  const heights = new Map(emulator.stickies.map((sticky) => [stickyKey(sticky), sticky]))
  for (const sticky of figjam.stickies) {
    const expected = heights.get(stickyKey(sticky))
    if (expected !== undefined && expected.text === sticky.text && expected.height !== sticky.height) {
      findings.contradicted.push({ code: 'sticky-height', subject: stickyKey(sticky), emulator: expected.height, figjam: sticky.height })
    }
  }
  return findings
}
