import { checkPassed } from '../diagnostics/diagnostics'
import { countText, type Language, SANDBOX_CATALOGUES } from '../i18n'
import type { MainToUi } from '../messages'
import { runCheckAsync } from '../self-check/run-check'

/** Where the check command is: the panel's language, and how many steps failed once it is done. */
export interface CheckSession {
  language: Language
  failures?: number
}

/**
 * The check view's words in a language: its texts, every step's label by code, and the summary
 * once the check is done (`failures` steps failed).
 */
export function checkWorded(language: Language, failures?: number): Extract<MainToUi, { type: 'check-worded' }> {
  const { steps: labels, passed: _passed, failed: _failed, ...texts } = SANDBOX_CATALOGUES[language].check
  return { type: 'check-worded', texts, labels, ...(failures === undefined ? {} : { summary: checkSummary(language, failures) }) }
}

/** What the check found, in a language: passed, or how many steps failed. */
function checkSummary(language: Language, failures: number): string {
  const { passed, failed } = SANDBOX_CATALOGUES[language].check
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
  session.failures = diagnostics.steps.filter((step) => !step.passed).length
  post({ type: 'check-report', passed: checkPassed(diagnostics), summary: checkSummary(session.language, session.failures), diagnostics })
}
