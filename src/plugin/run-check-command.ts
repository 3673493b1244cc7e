import type { MainToUi } from '../messages'
import { runCheckAsync } from '../self-check/run-check'

/**
 * The "Check Journeyboard in this file" command once its panel is ready: runs the check, posting
 * each step as it finishes, then the whole diagnostics document for the panel to show and copy.
 */
export async function runCheckCommandAsync(api: PluginAPI, post: (message: MainToUi) => void): Promise<void> {
  const diagnostics = await runCheckAsync(api, { onStep: (step) => post({ type: 'check-step', step }) })
  post({ type: 'check-report', diagnostics })
}
