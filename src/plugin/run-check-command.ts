import { checkPassed, DiagnosticsSchema } from '../diagnostics/diagnostics'
import { countText, type Language, SANDBOX_CATALOGUES } from '../i18n'
import type { MainToUi } from '../messages'
import { runCheckAsync } from '../self-check/run-check'

/**
 * The "Check Journeyboard in this file" command once its panel is ready: runs the check, posting
 * the view's words, each step as it finishes, then the whole diagnostics document for the panel to
 * show and copy, all in the panel's language.
 */
export async function runCheckCommandAsync(api: PluginAPI, post: (message: MainToUi) => void, language: Language): Promise<void> {
  const { check } = SANDBOX_CATALOGUES[language]
  const { steps: labels, passed: _passed, failed: _failed, ...texts } = check
  post({ type: 'check-started', texts })
  const diagnostics = DiagnosticsSchema.parse(await runCheckAsync(api, { onStep: (step) => post({ type: 'check-step', step, label: labels[step.code] }) }))
  const passed = checkPassed(diagnostics)
  const failures = diagnostics.steps.filter((step) => !step.passed).length
  post({
    type: 'check-report',
    passed,
    summary: passed ? check.passed : countText(language, check.failed, failures),
    diagnostics
  })
}
