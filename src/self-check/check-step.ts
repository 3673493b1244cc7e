import type { CheckStep, CheckStepCode } from '../diagnostics/diagnostics'

/** What a step found: whether FigJam did what the plugin relies on, and the facts it saw. */
export interface StepOutcome {
  passed: boolean
  observed: CheckStep['observed']
}

/** A step that could not run because one before it failed (the board it works on was never drawn). */
export const SKIPPED: StepOutcome = { passed: false, observed: { skipped: true } }

/**
 * Runs one step and turns what it throws into a failed result carrying FigJam's message: a step
 * that fails never stops the check, so the rest still runs and everything is still removed.
 */
export async function runStepAsync(code: CheckStepCode, run: () => Promise<StepOutcome> | StepOutcome): Promise<CheckStep> {
  try {
    const { passed, observed } = await run()
    return { code, passed, observed }
  } catch (error) {
    return { code, passed: false, observed: {}, error: error instanceof Error ? error.message : String(error) }
  }
}
