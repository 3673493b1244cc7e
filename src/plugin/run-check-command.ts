import { checkPassed } from '../diagnostics/diagnostics'
import { countText, type Language, SANDBOX_CATALOGUES } from '../i18n'
import type { MainToUi } from '../messages'
import { runCheckAsync } from '../self-check/run-check'

/** How many steps a finished check ran, and how many of them failed. */
export interface CheckCounts {
  steps: number
  failures: number
}

/** Where the check command is: the panel's language, and what the check counted once it is done. */
export interface CheckSession {
  language: Language
  checked?: CheckCounts
}

/** A finished check's counts, from its steps. */
export function checkCounts(steps: readonly { passed: boolean }[]): CheckCounts {
  return { steps: steps.length, failures: steps.filter((step) => !step.passed).length }
}

/**
 * The check view's words in a language: its texts, every step's label by code, and the summary
 * once the check is done (`checked`).
 */
export function checkWorded(language: Language, checked?: CheckCounts): Extract<MainToUi, { type: 'check-worded' }> {
  const { steps: labels, passed: _passed, failed: _failed, nothingChecked: _nothingChecked, ...texts } = SANDBOX_CATALOGUES[language].check
  return { type: 'check-worded', texts, labels, ...(checked === undefined ? {} : { summary: checkSummary(language, checked) }) }
}

/**
 * What the check found, in a language: how many steps failed, or that every one passed. A check
 * that ran no step passed nothing (as `checkPassed` says), and says so rather than "every check passed".
 */
export function checkSummary(language: Language, { steps, failures }: CheckCounts): string {
  const { passed, failed, nothingChecked } = SANDBOX_CATALOGUES[language].check
  if (steps === 0) return nothingChecked
  return failures === 0 ? passed : countText(language, failed, failures)
}

/**
 * The "Check Journeyboard in this file" command once its panel is ready: runs the check, posting
 * the view's words, each step as it finishes, then the whole diagnostics document for the panel to
 * show and copy, all in the panel's language at the time (it may switch while the check runs).
 */
export async function runCheckCommandAsync(api: PluginAPI, post: (message: MainToUi) => void, session: CheckSession): Promise<void> {
  post({ type: 'check-started', texts: checkWorded(session.language).texts })
  // Not parsed here: runCheckAsync makes a Diagnostics (its tests check it against the schema), and
  // the panel parses it at its door; the sandbox carries no diagnostics schema.
  const diagnostics = await runCheckAsync(api, { onStep: (step) => post({ type: 'check-step', step, label: SANDBOX_CATALOGUES[session.language].check.steps[step.code] }) })
  session.checked = checkCounts(diagnostics.steps)
  post({ type: 'check-report', passed: checkPassed(diagnostics), summary: checkSummary(session.language, session.checked), diagnostics })
}
